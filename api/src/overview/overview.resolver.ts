import type { ThemeSlug } from '@koppel/reference-data';
import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { listOf } from '../core/complexity.js';
import type { Context } from '../core/context.js';
import { ThemeSlugEnum } from '../reference/reference.entity.js';
import { CoverageMonth, RegionCoverage, type RegionLevel, RegionLevelEnum, ThemeCoverage } from './overview.entity.js';
import { OverviewService } from './overview.service.js';

const ORGANISATION_ARG =
  "Only this organisation's share: its initiatives, its fund profile (0 or 1 fund), what it committed (its awards' shares and its FUNDING pledges), the tables it organises or has a place at, and its open commitments. NOT_FOUND when it does not exist.";

@Resolver()
export class OverviewResolver {
  @Query(() => [RegionCoverage], {
    description:
      'Coverage per region: one row for each of the 12 provinces or 342 municipalities (by name), for one theme or all, with `gap` where nothing is published. One statement, whatever the level. Public: aggregates only.',
    complexity: listOf(342),
  })
  coverage(
    @Ctx() ctx: Context,
    @Arg('level', () => RegionLevelEnum) level: RegionLevel,
    @Arg('theme', () => ThemeSlugEnum, { nullable: true, description: 'Only this theme; all themes when left out.' })
    theme?: ThemeSlug | null,
    @Arg('organisationId', () => ID, { nullable: true, description: ORGANISATION_ARG }) organisationId?: string | null,
  ): Promise<RegionCoverage[]> {
    return new OverviewService(ctx).coverage(level, theme, organisationId);
  }

  @Query(() => [ThemeCoverage], {
    description: 'National totals per theme, in the fixed theme order (the alliance dashboard). Public: aggregates only.',
    complexity: listOf(5),
  })
  coverageTotals(
    @Ctx() ctx: Context,
    @Arg('organisationId', () => ID, { nullable: true, description: ORGANISATION_ARG }) organisationId?: string | null,
  ): Promise<ThemeCoverage[]> {
    return new OverviewService(ctx).totals(organisationId);
  }

  @Query(() => [CoverageMonth], {
    description: 'The trend of the last `months` calendar months (this one included), oldest first. Public: aggregates only.',
    complexity: listOf(60),
  })
  coverageTrend(
    @Ctx() ctx: Context,
    @Arg('theme', () => ThemeSlugEnum, { nullable: true, description: 'Only this theme; all themes when left out.' })
    theme?: ThemeSlug | null,
    @Arg('months', () => Int, { defaultValue: 12, description: 'How many months, 1–60; default 12.' }) months = 12,
    @Arg('organisationId', () => ID, { nullable: true, description: ORGANISATION_ARG }) organisationId?: string | null,
  ): Promise<CoverageMonth[]> {
    return new OverviewService(ctx).trend(theme, months, organisationId);
  }
}
