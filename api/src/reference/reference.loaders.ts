import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { byKeys, groupedByKeys } from '../graphql/loader-helpers.js';
import { Municipality, Province, Theme } from './reference.entity.js';

export function createReferenceLoaders(db: DataSource) {
  return {
    theme: new DataLoader<string, Theme | null>(async (slugs) =>
      byKeys(slugs, await db.getRepository(Theme).findBy({ slug: In([...slugs]) as never }), (t) => t.slug),
    ),
    province: new DataLoader<string, Province | null>(async (codes) =>
      byKeys(codes, await db.getRepository(Province).findBy({ code: In([...codes]) }), (p) => p.code),
    ),
    municipality: new DataLoader<string, Municipality | null>(async (codes) =>
      byKeys(codes, await db.getRepository(Municipality).findBy({ code: In([...codes]) }), (m) => m.code),
    ),
    municipalitiesByProvince: new DataLoader<string, Municipality[]>(async (codes) =>
      groupedByKeys(
        codes,
        await db.getRepository(Municipality).find({ where: { provinceCode: In([...codes]) }, order: { name: 'ASC' } }),
        (m) => m.provinceCode,
      ),
    ),
  };
}
