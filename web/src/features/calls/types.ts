import type { CallQuery } from '../../gql/graphql';

export type CallDetail = NonNullable<CallQuery['call']>;
export type ApplicationDetail = CallDetail['applications']['edges'][number]['node'];
