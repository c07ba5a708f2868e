import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../core/context.js';
import { Municipality } from '../reference/reference.entity.js';
import { MunicipalityInput } from './admin.inputs.js';
import { AdminService } from './admin.service.js';
import { Person } from './person.type.js';

@Resolver()
export class AdminResolver {
  @Authorized('ADMIN')
  @Query(() => [Person], { description: 'The alliance admins. Admins only.' })
  admins(@Ctx() ctx: Context): Promise<Person[]> {
    return new AdminService(ctx).admins();
  }

  @Authorized('ADMIN')
  @Mutation(() => Person, { description: 'Makes an existing account (by e-mail address) an alliance admin. Admins only.' })
  appointAdmin(@Arg('email', () => String) email: string, @Ctx() ctx: Context): Promise<Person> {
    return new AdminService(ctx).appointAdmin(email);
  }

  @Authorized('ADMIN')
  @Mutation(() => Boolean, {
    description: 'Takes alliance admin rights away from an account. Admins only; the last admin cannot be dismissed (CONFLICT).',
  })
  dismissAdmin(@Arg('accountId', () => ID) accountId: string, @Ctx() ctx: Context): Promise<boolean> {
    return new AdminService(ctx).dismissAdmin(accountId);
  }

  @Authorized('ADMIN')
  @Mutation(() => Municipality, { description: "Corrects a municipality's name or population in the reference data. Admins only." })
  updateMunicipality(
    @Arg('code', () => String, { description: 'CBS code, e.g. `GM0363`.' }) code: string,
    @Arg('input', () => MunicipalityInput) input: MunicipalityInput,
    @Ctx() ctx: Context,
  ): Promise<Municipality> {
    return new AdminService(ctx).updateMunicipality(code, input);
  }
}
