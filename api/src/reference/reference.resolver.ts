import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { listOf } from '../core/complexity.js';
import type { Context } from '../core/context.js';
import { Municipality, Province, Theme } from './reference.entity.js';
import { MunicipalityInput } from './reference.inputs.js';
import { ReferenceService, updateMunicipality } from './reference.service.js';

@Resolver(() => Theme)
export class ThemeResolver {
  @Query(() => [Theme], { description: 'The five sub-themes, in their fixed order. Public.', complexity: listOf(5) })
  themes(@Ctx() ctx: Context): Promise<Theme[]> {
    return new ReferenceService(ctx.db).themes();
  }

  @FieldResolver(() => String, { description: "The theme's name in the request's language (Accept-Language: nl or en)." })
  name(@Root() theme: Theme, @Ctx() ctx: Context): string {
    return ctx.locale === 'en' ? theme.nameEn : theme.nameNl;
  }
}

@Resolver(() => Province)
export class ProvinceResolver {
  @Query(() => [Province], { description: 'The 12 provinces, by name. Public.', complexity: listOf(12) })
  provinces(@Ctx() ctx: Context): Promise<Province[]> {
    return new ReferenceService(ctx.db).provinces();
  }

  @FieldResolver(() => [Municipality], { description: 'The municipalities in this province, by name.', complexity: listOf(60) })
  municipalities(@Root() province: Province, @Ctx() ctx: Context): Promise<Municipality[]> {
    return ctx.loaders.reference.municipalitiesByProvince.load(province.code);
  }
}

@Resolver(() => Municipality)
export class MunicipalityResolver {
  @Query(() => [Municipality], {
    description: 'Municipalities by name, optionally within one province or matching a search. Public.',
    complexity: listOf(342),
  })
  municipalities(
    @Ctx() ctx: Context,
    @Arg('provinceCode', () => String, { nullable: true, description: 'Only this province (CBS code, e.g. `PV27`).' })
    provinceCode?: string | null,
    @Arg('search', () => String, { nullable: true, description: 'Part of the name; ignores case and accents.' })
    search?: string | null,
  ): Promise<Municipality[]> {
    return new ReferenceService(ctx.db).municipalities({ provinceCode, search });
  }

  @FieldResolver(() => Province)
  async province(@Root() municipality: Municipality, @Ctx() ctx: Context): Promise<Province> {
    return (await ctx.loaders.reference.province.load(municipality.provinceCode)) as Province;
  }
}

/** Alliance admins correct the reference data. */
@Resolver()
export class ReferenceAdminResolver {
  @Authorized('ADMIN')
  @Mutation(() => Municipality, { description: "Corrects a municipality's name or population in the reference data. Admins only." })
  updateMunicipality(
    @Arg('code', () => String, { description: 'CBS code, e.g. `GM0363`.' }) code: string,
    @Arg('input', () => MunicipalityInput) input: MunicipalityInput,
    @Ctx() ctx: Context,
  ): Promise<Municipality> {
    return updateMunicipality(ctx, code, input);
  }
}

export const referenceResolvers = [ThemeResolver, ProvinceResolver, MunicipalityResolver, ReferenceAdminResolver] as const;
