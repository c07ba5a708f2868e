import type { DataSource } from 'typeorm';
import { recordAudit } from '../audit/audit.service.js';
import type { Context } from '../core/context.js';
import { notFound } from '../core/errors.js';
import { Municipality, Province, Theme } from './reference.entity.js';
import type { MunicipalityInput } from './reference.inputs.js';

export class ReferenceService {
  constructor(private readonly db: DataSource) {}

  themes(): Promise<Theme[]> {
    return this.db.getRepository(Theme).find({ order: { position: 'ASC' } });
  }

  provinces(): Promise<Province[]> {
    return this.db.getRepository(Province).find({ order: { name: 'ASC' } });
  }

  /** Municipalities by name; `search` ignores case and accents ("sudwest" finds "Súdwest-Fryslân"). */
  municipalities(filter: { provinceCode?: string | null; search?: string | null }): Promise<Municipality[]> {
    const query = this.db.getRepository(Municipality).createQueryBuilder('m').orderBy('m.name', 'ASC');
    if (filter.provinceCode) query.andWhere('m.province_code = :provinceCode', { provinceCode: filter.provinceCode });
    const search = filter.search?.trim();
    if (search) {
      query.andWhere(`koppel_fold(m.name) LIKE '%' || koppel_fold(:search) || '%' ESCAPE '\\'`, {
        search: search.replace(/[\\%_]/g, (c) => `\\${c}`),
      });
    }
    return query.getMany();
  }
}

/** Corrects a municipality of the reference data; the start-up sync leaves corrected rows alone. */
export async function updateMunicipality(ctx: Context, code: string, input: MunicipalityInput): Promise<Municipality> {
  const municipality = await ctx.db.transaction(async (tx) => {
    const current = await tx
      .getRepository(Municipality)
      .createQueryBuilder('m')
      .setLock('pessimistic_write')
      .where('m.code = :code', { code })
      .getOne();
    if (!current) throw notFound({ nl: 'Deze gemeente', en: 'This municipality' });
    const changes: Partial<Municipality> = {};
    if (input.name != null && input.name.trim() !== current.name) changes.name = input.name.trim();
    if (input.population != null && input.population !== current.population) changes.population = input.population;
    if (Object.keys(changes).length) {
      await tx.update(Municipality, { code }, changes);
      await recordAudit(tx, ctx, {
        action: 'updateMunicipality',
        entity: 'Municipality',
        entityId: code,
        changedFields: Object.keys(changes),
      });
    }
    return { ...current, ...changes };
  });
  ctx.loaders.reference.municipality.clear(code);
  return municipality;
}
