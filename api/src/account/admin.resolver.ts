import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../core/context.js';
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
}
