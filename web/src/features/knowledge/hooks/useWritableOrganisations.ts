import { useViewer } from '../../account/hooks/useViewer';

/** The organisations the viewer may write knowledge items for (and review them in): where they are EDITOR or OWNER. */
export function useWritableOrganisations(): { value: string; label: string }[] {
  const { viewer } = useViewer();
  return (viewer?.memberships ?? [])
    .filter((membership) => membership.role === 'OWNER' || membership.role === 'EDITOR')
    .map((membership) => ({ value: membership.organisation.id, label: membership.organisation.name }));
}
