import type { ThemeSlug } from '@koppel/reference-data';
import { z } from 'zod';
import type { Context } from '../core/context.js';
import { id } from '../core/input-rules.js';
import { parseOrThrow } from '../core/validation.js';
import { organisationNotFound } from '../organisation/organisation.errors.js';
import type { CoverageMonth, RegionCoverage, RegionLevel, ThemeCoverage } from './overview.entity.js';
import { coverageStatement, totalsStatement, trendStatement } from './overview.query.js';

/** The overview's figures: public aggregates, each answered by one statement. */
export class OverviewService {
  constructor(private readonly ctx: Context) {}

  async coverage(
    level: RegionLevel,
    theme: ThemeSlug | null | undefined,
    organisationId: string | null | undefined,
  ): Promise<RegionCoverage[]> {
    await this.assertOrganisation(organisationId);
    const { sql, params } = coverageStatement(level, { theme, organisationId });
    const rows: Omit<RegionCoverage, 'perHundredThousand' | 'gap'>[] = await this.ctx.db.query(sql, params);
    return rows.map((row) => ({
      ...row,
      perHundredThousand: row.population > 0 ? Math.round((row.initiatives * 100_000 * 100) / row.population) / 100 : 0,
      gap: row.initiatives === 0,
    }));
  }

  async totals(organisationId: string | null | undefined): Promise<ThemeCoverage[]> {
    await this.assertOrganisation(organisationId);
    const { sql, params } = totalsStatement({ organisationId });
    const rows: Omit<ThemeCoverage, 'name'>[] = await this.ctx.db.query(sql, params);
    const reference = await this.ctx.runtime.reference.get();
    return rows.map((row) => {
      const theme = reference.themes.get(row.theme);
      return { ...row, name: theme ? (this.ctx.locale === 'en' ? theme.nameEn : theme.nameNl) : row.theme };
    });
  }

  async trend(theme: ThemeSlug | null | undefined, months: number, organisationId: string | null | undefined): Promise<CoverageMonth[]> {
    parseOrThrow(z.object({ months: z.number().int().min(1).max(60) }), { months }, this.ctx.locale);
    await this.assertOrganisation(organisationId);
    const { sql, params } = trendStatement({ theme, months, organisationId });
    return this.ctx.db.query(sql, params);
  }

  /** An organisation named by id must exist: a malformed id is BAD_USER_INPUT, an unknown one NOT_FOUND. */
  private async assertOrganisation(organisationId: string | null | undefined): Promise<void> {
    if (organisationId === null || organisationId === undefined) return;
    parseOrThrow(z.object({ organisationId: id }), { organisationId }, this.ctx.locale);
    const organisation = await this.ctx.loaders.organisation.byId.load(organisationId);
    if (!organisation) throw organisationNotFound();
  }
}
