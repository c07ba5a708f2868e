import { Arg, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../core/context.js';
import { Membership } from '../membership/membership.entity.js';
import { Account } from './account.entity.js';
import { SignUpInput } from './account.inputs.js';
import { AccountService } from './account.service.js';

@ObjectType({ description: 'A signed-in session: send `token` as `Authorization: Bearer <token>`; the web app gets a cookie instead.' })
export class AuthPayload {
  @Field(() => String)
  token: string;

  @Field(() => Account)
  viewer: Account;
}

const service = (ctx: Context) => new AccountService(ctx, ctx.settings.account);

@Resolver(() => Account)
export class AccountResolver {
  @Query(() => Account, { nullable: true, description: 'The signed-in account; null when signed out.' })
  me(@Ctx() ctx: Context): Promise<Account | null> {
    return service(ctx).me();
  }

  @Mutation(() => AuthPayload, { description: 'Creates an account and signs it in. Anyone may call it.' })
  signUp(@Arg('input', () => SignUpInput) input: SignUpInput, @Ctx() ctx: Context): Promise<AuthPayload> {
    return service(ctx).signUp(input);
  }

  @Mutation(() => AuthPayload, { description: 'Signs in with e-mail and password. Anyone may call it; repeated failures are throttled.' })
  signIn(
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: Context,
  ): Promise<AuthPayload> {
    return service(ctx).signIn(email, password);
  }

  @Mutation(() => Boolean, { description: 'Ends the current session or revokes the bearer token used. Returns false when not signed in.' })
  signOut(@Ctx() ctx: Context): Promise<boolean> {
    return service(ctx).signOut();
  }

  @FieldResolver(() => [Membership], { description: "The viewer's memberships: an organisation and a role in it." })
  memberships(@Root() account: Account, @Ctx() ctx: Context): Promise<Membership[]> {
    return ctx.loaders.membership.byAccount.load(account.id);
  }
}
