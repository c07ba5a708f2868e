import type { TableQuery } from '../../gql/graphql';

export type TableDetail = NonNullable<TableQuery['table']>;
