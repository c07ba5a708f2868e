import { GraphQLScalarType } from 'graphql';
import { GraphQLDateTime, GraphQLLocalDate } from 'graphql-scalars';

/** A calendar date as an ISO string (`2026-04-01`), in and out; the API calls it `Date`. */
export const DateScalar = new GraphQLScalarType({
  ...GraphQLLocalDate.toConfig(),
  name: 'Date',
  description: 'A calendar date, ISO 8601 (`2026-04-01`).',
});

/** Instants (`Date` objects in TypeScript) are ISO `DateTime` strings in the API. */
export const scalarsMap = [{ type: Date, scalar: GraphQLDateTime }];
