import { Field, ID, InputType } from 'type-graphql';
import { z } from 'zod';
import { bilingual, validates } from '../core/validation.js';

@InputType({ description: 'Which audit entries to list; every filter given must match.' })
export class AuditLogFilter {
  @Field(() => String, { nullable: true, description: 'The kind of thing written, e.g. `Initiative`.' })
  entity?: string | null;

  @Field(() => String, { nullable: true, description: 'The id of the thing written (with `entity`).' })
  entityId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The account that wrote.' })
  actorId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The organisation the write belongs to.' })
  organisationId?: string | null;

  @Field(() => String, { nullable: true, description: 'What was done, e.g. `addMember`.' })
  action?: string | null;

  @Field(() => Date, { nullable: true, description: 'Written at or after this instant.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Written before this instant.' })
  to?: Date | null;
}

validates(
  AuditLogFilter,
  z
    .object({
      entity: z.string().trim().min(1).max(100).nullish(),
      entityId: z.string().trim().min(1).max(200).nullish(),
      actorId: z.uuid().nullish(),
      organisationId: z.uuid().nullish(),
      action: z.string().trim().min(1).max(100).nullish(),
      from: z.date().nullish(),
      to: z.date().nullish(),
    })
    .refine((f) => !f.from || !f.to || f.from <= f.to, bilingual('`from` ligt na `to`.', '`from` is after `to`.', ['from'])),
);
