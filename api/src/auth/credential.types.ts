import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { validates } from '../core/validation.js';

@ObjectType({ description: 'A personal API token, as listed to its owner. The token itself is shown once, when created, and never again.' })
export class ApiToken {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'What the owner called it ("import script").' })
  name: string;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { description: 'When it was last used (to the minute).' })
  lastUsedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it stops working; null: until revoked.' })
  expiresAt: Date | null;
}

@ObjectType({ description: 'A new personal API token. Copy `token` now: Koppel stores only a hash of it.' })
export class NewApiToken {
  @Field(() => String, { description: 'Send it as `Authorization: Bearer <token>`.' })
  token: string;

  @Field(() => ApiToken)
  apiToken: ApiToken;
}

// `Session` is the API's name for a table's dated session (API.md); this one is a sign-in.
@ObjectType('SignInSession', { description: 'A signed-in session (a browser or a `signIn` bearer token), as listed to its owner.' })
export class Session {
  @Field(() => ID)
  id: string;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  lastUsedAt: Date;

  @Field(() => Date, { nullable: true })
  expiresAt: Date | null;

  @Field(() => Boolean, { description: 'Whether this request came with this session.' })
  current: boolean;
}

@InputType({ description: 'A new personal API token.' })
export class ApiTokenInput {
  @Field(() => String, { description: 'What it is for, so you recognise it in the list ("import script"); 1–100 characters.' })
  name: string;

  @Field(() => Int, { nullable: true, description: 'Stops working after this many days (1–366); leave out to keep it until revoked.' })
  expiresInDays?: number | null;
}

validates(
  ApiTokenInput,
  z.object({
    name: z.string().trim().min(1).max(100),
    expiresInDays: z.number().int().min(1).max(366).nullish(),
  }),
);
