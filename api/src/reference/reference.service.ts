import type { DataSource } from 'typeorm';
import { Municipality, Province, Theme } from './reference.entity.js';

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
