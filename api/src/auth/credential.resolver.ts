import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { Account } from '../account/account.entity.js';
import type { Context } from '../core/context.js';
import { CredentialService } from './credential.service.js';
import { ApiToken, ApiTokenInput, NewApiToken, Session } from './credential.types.js';

/** Personal API tokens and sessions: each account sees and manages only its own. */
@Resolver(() => Account)
export class CredentialResolver {
  @Authorized()
  @Mutation(() => NewApiToken, {
    description:
      'Creates a personal API token for scripts. Signed-in accounts, for themselves. The token is shown once; Koppel keeps only a hash.',
  })
  createApiToken(@Arg('input', () => ApiTokenInput) input: ApiTokenInput, @Ctx() ctx: Context): Promise<NewApiToken> {
    return new CredentialService(ctx).createApiToken(input);
  }

  @Authorized()
  @Mutation(() => Boolean, {
    description: "Revokes one of the viewer's personal API tokens at once. Another account's token is NOT_FOUND.",
  })
  revokeApiToken(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return new CredentialService(ctx).revokeApiToken(id);
  }

  @Authorized()
  @Mutation(() => Int, {
    description:
      'Ends every other session of the viewer (other browsers, other `signIn` tokens); the current one stays. Returns how many ended. Personal API tokens are revoked with `revokeApiToken`.',
  })
  endOtherSessions(@Ctx() ctx: Context): Promise<number> {
    return new CredentialService(ctx).endOtherSessions();
  }

  @FieldResolver(() => [ApiToken], { description: "The viewer's active personal API tokens, newest first; never the tokens themselves." })
  apiTokens(@Root() account: Account, @Ctx() ctx: Context): Promise<ApiToken[]> {
    // `Viewer` is only ever served to the account itself; the check keeps it that way.
    if (ctx.viewer?.accountId !== account.id) return Promise.resolve([]);
    return new CredentialService(ctx).apiTokens(account.id);
  }

  @FieldResolver(() => [Session], { description: "The viewer's active sessions, most recently used first." })
  sessions(@Root() account: Account, @Ctx() ctx: Context): Promise<Session[]> {
    if (ctx.viewer?.accountId !== account.id) return Promise.resolve([]);
    return new CredentialService(ctx).sessions(account.id);
  }
}
