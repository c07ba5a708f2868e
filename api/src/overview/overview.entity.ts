import type { ThemeSlug } from '@koppel/reference-data';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../core/scalars.js';
import { ThemeSlugEnum } from '../reference/reference.entity.js';

export const REGION_LEVELS = ['PROVINCE', 'MUNICIPALITY'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];
export const RegionLevelEnum = Object.fromEntries(REGION_LEVELS.map((l) => [l, l])) as { [K in RegionLevel]: K };
registerEnumType(RegionLevelEnum, { name: 'RegionLevel', description: 'The 12 provinces or the 342 municipalities (CBS 2025).' });

const NATIONAL_RULE =
  'National initiatives (`national: true`) count in no region — they appear in `coverageTotals` — so that they never hide a local gap; ' +
  'an initiative that is national and names municipalities counts in those municipalities (and their provinces).';

@ObjectType({
  description:
    'The figures of one region (a province or a municipality) for one theme or all. Aggregates only: published initiatives (PUBLISHED and FUNDED), ' +
    `funds, money, round-tables and commitments, never private data. ${NATIONAL_RULE}`,
})
export class RegionCoverage {
  @Field(() => String, { description: 'CBS code: `PV27` or `GM0344`.' })
  code: string;

  @Field(() => String)
  name: string;

  @Field(() => Int, { description: 'Residents on 1 January 2024 (CBS).' })
  population: number;

  @Field(() => Int, {
    description:
      'Published initiatives (PUBLISHED or FUNDED) that run here, on the theme when one is given. An initiative in two municipalities of a province counts once in that province.',
  })
  initiatives: number;

  @Field(() => Int, {
    description:
      'Funds whose profile serves this region (its municipality, its province, or the whole country: a national fund serves every region), on the theme when one is given.',
  })
  fundsServing: number;

  @Field(() => Float, {
    description:
      'What the initiatives counted here ask, in whole euros (a Float: sums can pass the range of Int). An initiative in several regions counts in full in each, so regions do not add up to the national total.',
  })
  fundingRequested: number;

  @Field(() => Float, {
    description:
      "Money committed, in whole euros (a Float: sums can pass the range of Int): awards of calls (each funder's share, unless cancelled) to initiatives running here, and FUNDING commitments CONFIRMED or DELIVERED at round-tables held here.",
  })
  fundingCommitted: number;

  @Field(() => Int, {
    description: 'Round-tables, working groups and series held here that are not CLOSED, on the theme when one is given.',
  })
  tables: number;

  @Field(() => Int, {
    description: 'Commitments made at round-tables held here that are PLEDGED or CONFIRMED (not yet delivered, not withdrawn).',
  })
  openCommitments: number;

  @Field(() => Float, { description: '`initiatives` per 100,000 residents (0 when the population is unknown).' })
  perHundredThousand: number;

  @Field(() => Boolean, { description: 'True where no published initiative runs on the theme (on any theme when none is given): a gap.' })
  gap: boolean;
}

@ObjectType({
  description:
    'The national figures of one theme: each published initiative once (national ones included), every fund with the theme, all money committed, tables and open commitments.',
})
export class ThemeCoverage {
  @Field(() => ThemeSlugEnum)
  theme: ThemeSlug;

  @Field(() => String, { description: "The theme's name in the request's language." })
  name: string;

  @Field(() => Int, { description: 'Published initiatives (PUBLISHED or FUNDED) on this theme, national ones included.' })
  initiatives: number;

  @Field(() => Int, { description: 'Published initiatives on this theme that run nationally.' })
  nationalInitiatives: number;

  @Field(() => Int, { description: 'Funds whose profile names this theme.' })
  fundsServing: number;

  @Field(() => Float, { description: 'What those initiatives ask, in whole euros (a Float: sums can pass the range of Int).' })
  fundingRequested: number;

  @Field(() => Float, {
    description:
      "Awards (funders' shares, not cancelled) to initiatives on this theme and FUNDING commitments CONFIRMED or DELIVERED at tables on it.",
  })
  fundingCommitted: number;

  @Field(() => Int, { description: 'Tables on this theme that are not CLOSED.' })
  tables: number;

  @Field(() => Int, { description: 'Commitments at tables on this theme that are PLEDGED or CONFIRMED.' })
  openCommitments: number;
}

@ObjectType({ description: 'One calendar month of the alliance trend (Europe/Amsterdam).' })
export class CoverageMonth {
  @Field(() => DateScalar, { description: 'The first day of the month.' })
  month: string;

  @Field(() => Int, { description: 'Initiatives first published in this month that are still public (PUBLISHED or FUNDED).' })
  initiativesPublished: number;

  @Field(() => Float, {
    description:
      'Money committed in this month: awards and FUNDING commitments at tables, in whole euros (a Float: sums can pass the range of Int) (by the day they were recorded).',
  })
  fundingCommitted: number;

  @Field(() => Int, { description: 'Tables with a session in this month.' })
  tablesScheduled: number;
}
