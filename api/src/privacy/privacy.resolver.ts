import { GraphQLJSON } from 'graphql-scalars';
import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../core/context.js';
import { PrivacyService } from './privacy.service.js';

/** The viewer's rights over their own data (GDPR/AVG): a copy of it, and erasure. */
@Resolver()
export class PrivacyResolver {
  @Authorized()
  @Query(() => GraphQLJSON, {
    description:
      'Everything personal Koppel holds about the viewer, as JSON: account, memberships, sessions and API tokens (metadata only), and the audit log of their own writes. ' +
      'Signed-in accounts, about themselves. Also downloadable as a file: `GET /api/me/export`.',
  })
  exportMyData(@Ctx() ctx: Context): Promise<Record<string, unknown>> {
    return new PrivacyService(ctx).exportMyData();
  }

  @Authorized()
  @Mutation(() => Boolean, {
    description:
      "Deletes the viewer's account and personal data at once (confirm with the password; wrong: BAD_USER_INPUT, throttled like sign-in). " +
      'The only OWNER of an organisation with other members must first make someone else OWNER (CONFLICT naming the organisations); the last alliance admin must first appoint another.',
  })
  deleteMyAccount(@Arg('password', () => String) password: string, @Ctx() ctx: Context): Promise<boolean> {
    return new PrivacyService(ctx).deleteMyAccount(password);
  }
}
