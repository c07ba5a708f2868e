import { useQuery } from '@apollo/client/react';
import type { MembershipRole } from '../../../gql/graphql';
import { ViewerQuery } from '../graphql/viewer.query';

export function useViewer() {
  const query = useQuery(ViewerQuery);
  const viewer = query.data?.me ?? null;
  return {
    viewer,
    /** True only until the first answer: later refetches keep showing the known viewer. */
    loading: query.loading && !query.data,
    error: query.error,
    refetch: query.refetch,
    /** The viewer's role in an organisation, or null when not a member. */
    roleIn(organisationId: string): MembershipRole | null {
      return viewer?.memberships.find((membership) => membership.organisation.id === organisationId)?.role ?? null;
    },
    /** OWNER or EDITOR of the organisation, or an alliance admin: may edit it and its initiatives. */
    mayEdit(organisationId: string): boolean {
      if (viewer?.isAdmin) return true;
      const role = viewer?.memberships.find((membership) => membership.organisation.id === organisationId)?.role;
      return role === 'OWNER' || role === 'EDITOR';
    },
    mayManageMembers(organisationId: string): boolean {
      if (viewer?.isAdmin) return true;
      return (
        viewer?.memberships.some((membership) => membership.organisation.id === organisationId && membership.role === 'OWNER') ?? false
      );
    },
  };
}
