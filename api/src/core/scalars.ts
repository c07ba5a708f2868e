import { GraphQLScalarType } from 'graphql';
import { GraphQLDateTime, GraphQLLocalDate } from 'graphql-scalars';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date as an ISO string (`2026-04-01`), in and out; the API calls it `Date`. */
export const DateScalar = new GraphQLScalarType({
  ...GraphQLLocalDate.toConfig(),
  name: 'Date',
  description: 'A calendar date, ISO 8601 (`2026-04-01`).',
  // Dates leave PostgreSQL as `date::text`, already ISO: checking them again per field costs more than the rest of it.
  serialize: (value) => (typeof value === 'string' && ISO_DATE.test(value) ? value : GraphQLLocalDate.serialize(value)),
});

/** Instants (`Date` objects in TypeScript) are ISO `DateTime` strings in the API. */
export const scalarsMap = [{ type: Date, scalar: GraphQLDateTime }];
