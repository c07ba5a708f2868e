import type { ThemeSlug } from '@koppel/reference-data';
import { Field, ID, InputType, Int } from 'type-graphql';
import { z } from 'zod';
import { COMMITMENT_KINDS, type CommitmentKind, CommitmentKindEnum } from '../commitment/commitment.entity.js';
import { httpsUrl, id, municipalityCode, optionalText, provinceCode, requiredText } from '../core/input-rules.js';
import { DateScalar } from '../core/scalars.js';
import { bilingual, validates } from '../core/validation.js';
import { ORGANISATION_KINDS, OrganisationKindEnum } from '../organisation/organisation.entity.js';
import { ThemeSlugEnum } from '../reference/reference.entity.js';
import { SLOT_VOTES, type SlotVote, SlotVoteEnum, TABLE_KINDS, type TableKind, TableKindEnum } from './tables.entity.js';

@InputType({ description: 'A round-table, working group or work-session series.' })
export class TableInput {
  @Field(() => TableKindEnum)
  kind: TableKind;

  @Field(() => String, { description: '1–200 characters.' })
  title: string;

  @Field(() => String, { nullable: true, description: 'At most 10 000 characters.' })
  description?: string | null;

  @Field(() => ThemeSlugEnum)
  theme: ThemeSlug;

  @Field(() => String, { nullable: true, description: 'CBS code; required for a LOCAL_TABLE (the organiser’s municipality).' })
  municipalityCode?: string | null;

  @Field(() => ID, { description: 'The organising organisation: the caller is its EDITOR or OWNER. A LOCAL_TABLE: a MUNICIPALITY.' })
  organiserId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'A second organisation organising with it (its EDITORs and OWNERs manage the table too).',
  })
  coOrganiserId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Most accepted organisations, 1–1000; null: no limit.' })
  capacity?: number | null;

  @Field(() => Date, { nullable: true, description: 'Working groups: join requests until this instant (in the future).' })
  applicationDeadline?: Date | null;

  @Field(() => DateScalar, { nullable: true })
  startsOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'On or after `startsOn`.' })
  endsOn?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Meets online.' })
  online?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Where it meets; at most 500 characters.' })
  location?: string | null;
}
validates(
  TableInput,
  z
    .object({
      kind: z.enum(TABLE_KINDS),
      title: requiredText(1, 200),
      description: optionalText(10_000),
      theme: z.string(),
      municipalityCode: municipalityCode.nullish(),
      organiserId: id,
      coOrganiserId: id.nullish(),
      capacity: z.number().int().min(1).max(1000).nullish(),
      applicationDeadline: z.date().nullish(),
      startsOn: z.iso.date().nullish(),
      endsOn: z.iso.date().nullish(),
      online: z.boolean().nullish(),
      location: optionalText(500),
    })
    .refine(
      (t) => t.kind !== 'LOCAL_TABLE' || !!t.municipalityCode,
      bilingual('Een lokale tafel hoort bij een gemeente.', 'A local table belongs to a municipality.', ['municipalityCode']),
    )
    .refine(
      (t) => !t.startsOn || !t.endsOn || t.endsOn >= t.startsOn,
      bilingual('Het einde ligt vóór het begin.', 'The end is before the start.', ['endsOn']),
    )
    .refine(
      (t) => !t.coOrganiserId || t.coOrganiserId !== t.organiserId,
      bilingual('Dat is de organisator zelf.', 'That is the organiser itself.', ['coOrganiserId']),
    ),
);

@InputType({ description: 'Filters for `tables`.' })
export class TableFilter {
  @Field(() => [TableKindEnum], { nullable: true })
  kinds?: TableKind[] | null;

  @Field(() => [ThemeSlugEnum], { nullable: true })
  themes?: ThemeSlug[] | null;

  @Field(() => [String], { nullable: true })
  municipalityCodes?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Tables held in a municipality of any of these provinces.' })
  provinceCodes?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Tables this organisation organises or is invited to.' })
  organisationId?: string | null;
}
validates(
  TableFilter,
  z.object({
    kinds: z.array(z.enum(TABLE_KINDS)).max(3).nullish(),
    themes: z.array(z.string()).max(5).nullish(),
    municipalityCodes: z.array(municipalityCode).max(342).nullish(),
    provinceCodes: z.array(provinceCode).max(12).nullish(),
    organisationId: id.nullish(),
  }),
);

@InputType({ description: 'At least this many organisations of a kind.' })
export class QuotaInput {
  @Field(() => OrganisationKindEnum)
  kind: string;

  @Field(() => Int, { description: '0–100.' })
  minimum: number;
}
const quotaSchema = z.object({ kind: z.enum(ORGANISATION_KINDS), minimum: z.number().int().min(0).max(100) });
validates(QuotaInput, quotaSchema);
export const quotasSchema = z.array(quotaSchema).max(ORGANISATION_KINDS.length);

@InputType({ description: "An invited organisation's vote for one slot." })
export class SlotVoteInput {
  @Field(() => ID)
  slotId: string;

  @Field(() => ID, { description: 'An invited organisation the caller is EDITOR or OWNER of.' })
  organisationId: string;

  @Field(() => SlotVoteEnum)
  vote: SlotVote;
}
validates(SlotVoteInput, z.object({ slotId: id, organisationId: id, vote: z.enum(SLOT_VOTES) }));

@InputType({ description: 'An agenda item.' })
export class AgendaItemInput {
  @Field(() => String, { description: '1–200 characters.' })
  title: string;

  @Field(() => String, { nullable: true, description: 'At most 5000 characters.' })
  description?: string | null;

  @Field(() => Int, { nullable: true, description: '1–1440 minutes.' })
  durationMinutes?: number | null;

  @Field(() => ID, { nullable: true, description: 'A session of the table; absent: the table as a whole.' })
  sessionId?: string | null;
}
validates(
  AgendaItemInput,
  z.object({
    title: requiredText(1, 200),
    description: optionalText(5000),
    durationMinutes: z.number().int().min(1).max(1440).nullish(),
    sessionId: id.nullish(),
  }),
);

@InputType({ description: 'What an organisation pledges at a table.' })
export class CommitmentInput {
  @Field(() => ID, { description: 'The organiser or an invited organisation that accepted; the caller is its EDITOR or OWNER.' })
  organisationId: string;

  @Field(() => ID, { nullable: true, description: 'A published initiative it is for.' })
  initiativeId?: string | null;

  @Field(() => CommitmentKindEnum)
  kind: CommitmentKind;

  @Field(() => Int, { nullable: true, description: 'Whole euros, 0 or more; required for FUNDING.' })
  amount?: number | null;

  @Field(() => Int, { nullable: true, description: 'How many (places, volunteers), 0 or more.' })
  quantity?: number | null;

  @Field(() => String, { nullable: true, description: 'At most 2000 characters.' })
  description?: string | null;
}
validates(
  CommitmentInput,
  z
    .object({
      organisationId: id,
      initiativeId: id.nullish(),
      kind: z.enum(COMMITMENT_KINDS),
      amount: z.number().int().min(0).max(1_000_000_000).nullish(),
      quantity: z.number().int().min(0).max(1_000_000).nullish(),
      description: optionalText(2000),
    })
    .refine(
      (c) => c.kind !== 'FUNDING' || (c.amount !== null && c.amount !== undefined),
      bilingual('Een bedrag is verplicht bij FUNDING.', 'FUNDING needs an amount.', ['amount']),
    ),
);

@InputType({ description: 'An action item.' })
export class ActionItemInput {
  @Field(() => String, { description: '1–200 characters.' })
  title: string;

  @Field(() => ID, { description: 'The organiser or an invited organisation.' })
  ownerOrganisationId: string;

  @Field(() => DateScalar)
  dueOn: string;
}
validates(ActionItemInput, z.object({ title: requiredText(1, 200), ownerOrganisationId: id, dueOn: z.iso.date() }));

@InputType({ description: 'A request to join a working group or work-session series.' })
export class JoinRequestInput {
  @Field(() => ID, { description: 'The organisation that joins; the caller is its EDITOR or OWNER.' })
  organisationId: string;

  @Field(() => String, { nullable: true, description: 'Why; at most 2000 characters (required for a WORKING_GROUP).' })
  motivation?: string | null;

  @Field(() => String, { nullable: true, description: 'What it needs from the sessions; at most 2000 characters.' })
  needs?: string | null;
}
validates(JoinRequestInput, z.object({ organisationId: id, motivation: optionalText(2000), needs: optionalText(2000) }));

@InputType({ description: 'A series of sessions from a recurrence rule, in Europe/Amsterdam time.' })
export class SeriesInput {
  @Field(() => Date, { description: 'The first session; in the future. Its Amsterdam wall-clock time is kept for every session.' })
  firstStartsAt: Date;

  @Field(() => Int, { description: '5–1440 minutes.' })
  durationMinutes: number;

  @Field(() => String, {
    description: 'RFC 5545 RRULE with COUNT or UNTIL (`FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=6`), at most 100 sessions.',
  })
  rrule: string;

  @Field(() => String, { nullable: true, description: 'At most 500 characters.' })
  location?: string | null;

  @Field(() => String, { nullable: true, description: 'An https address to join online.' })
  joinUrl?: string | null;
}
validates(
  SeriesInput,
  z.object({
    firstStartsAt: z.date(),
    durationMinutes: z.number().int().min(5).max(1440),
    rrule: requiredText(1, 500),
    location: optionalText(500),
    joinUrl: httpsUrl,
  }),
);

@InputType({ description: 'Changes to a session; absent fields stay. Every change raises the calendar SEQUENCE.' })
export class SessionInput {
  @Field(() => Date, { nullable: true })
  startsAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'After `startsAt`.' })
  endsAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'At most 500 characters.' })
  location?: string | null;

  @Field(() => String, { nullable: true, description: 'An https address to join online.' })
  joinUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'The minutes (*verslag*), at most 50 000 characters.' })
  minutes?: string | null;
}
validates(
  SessionInput,
  z
    .object({
      startsAt: z.date().nullish(),
      endsAt: z.date().nullish(),
      location: optionalText(500),
      joinUrl: httpsUrl,
      minutes: optionalText(50_000),
    })
    .refine(
      (s) => !s.startsAt || !s.endsAt || s.endsAt > s.startsAt,
      bilingual('Het einde ligt vóór het begin.', 'The end is before the start.', ['endsAt']),
    ),
);
