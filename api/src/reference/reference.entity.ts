import { THEME_SLUGS, type ThemeSlug } from '@koppel/reference-data';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export const ThemeSlugEnum = Object.fromEntries(THEME_SLUGS.map((slug) => [slug, slug])) as { [K in ThemeSlug]: K };
registerEnumType(ThemeSlugEnum, { name: 'ThemeSlug', description: 'The five sub-themes of the alliance.' });

@ObjectType({ description: 'One of the five sub-themes. Public.' })
@Entity('theme')
export class Theme {
  @Field(() => ThemeSlugEnum)
  @PrimaryColumn({ type: 'text' })
  slug: ThemeSlug;

  @Column({ type: 'smallint' })
  position: number;

  @Column({ name: 'name_nl', type: 'text' })
  nameNl: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn: string;
}

@ObjectType({ description: 'A Dutch province (CBS code `PV20` … `PV31`). Public.' })
@Entity('province')
export class Province {
  @Field(() => String, { description: 'CBS code, e.g. `PV27`.' })
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { description: 'The official name, e.g. `Fryslân` for Friesland.' })
  @Column({ name: 'official_name', type: 'text' })
  officialName: string;

  @Field(() => Int, { description: 'Residents on 1 January 2024 (CBS).' })
  @Column({ type: 'int' })
  population: number;
}

@ObjectType({ description: 'A Dutch municipality (gemeente, CBS 2025 code `GM…`). Public.' })
@Entity('municipality')
export class Municipality {
  @Field(() => String, { description: 'CBS code, e.g. `GM0363` for Amsterdam.' })
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'province_code', type: 'text' })
  provinceCode: string;

  @Field(() => Int, { description: 'Residents on 1 January 2024 (CBS).' })
  @Column({ type: 'int' })
  population: number;
}
