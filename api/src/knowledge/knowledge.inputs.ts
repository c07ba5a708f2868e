import type { ThemeSlug } from '@koppel/reference-data';
import { Field, ID, InputType, Int } from 'type-graphql';
import { z } from 'zod';
import { id, optionalText, requiredText, requiredWebUrl, uniqueList, withoutHtml } from '../core/input-rules.js';
import { bilingual, validates } from '../core/validation.js';
import { themesRule } from '../organisation/organisation.inputs.js';
import { ThemeSlugEnum } from '../reference/reference.entity.js';
import { type Audience, AudienceEnum, type KnowledgeStatus, KnowledgeStatusEnum } from './knowledge.entity.js';

@InputType({ description: 'A source: title and address required, publisher and year when known.' })
export class KnowledgeSourceInput {
  @Field(() => String, { description: '2 to 300 characters.' })
  title: string;

  @Field(() => String, { description: 'A web address (http or https), each source once.' })
  url: string;

  @Field(() => String, { nullable: true, description: 'At most 200 characters.' })
  publisher?: string | null;

  @Field(() => Int, { nullable: true, description: 'The year it appeared (1800 to next year).' })
  year?: number | null;
}

@InputType({
  description:
    'A knowledge item. Every field is replaced on update (the previous text is kept as a version). Texts are plain text, ' +
    'the long answer Markdown; HTML is refused everywhere (BAD_USER_INPUT on the field).',
})
export class KnowledgeItemInput {
  @Field(() => ID, { description: 'The organisation that owns it; cannot change later.' })
  organisationId: string;

  @Field(() => String, { description: '5 to 300 characters.' })
  question: string;

  @Field(() => String, { description: '1 to 280 characters: quotable as it is.' })
  shortAnswer: string;

  @Field(() => String, { nullable: true, description: 'Markdown, at most 20000 characters; no HTML.' })
  longAnswer?: string | null;

  @Field(() => [ThemeSlugEnum], { description: '1 to 5, each once.' })
  themes: ThemeSlug[];

  @Field(() => [AudienceEnum], { description: 'At least one, each once.' })
  audiences: Audience[];

  @Field(() => [KnowledgeSourceInput], { description: 'At most 20; at least one before it goes to review.' })
  sources: KnowledgeSourceInput[];
}

const nextYear = () => new Date().getUTCFullYear() + 1;

export const sourceRule = z.object({
  title: withoutHtml(requiredText(2, 300)),
  url: requiredWebUrl,
  publisher: withoutHtml(optionalText(200)),
  year: z
    .number()
    .int()
    .min(1800)
    .refine((year) => year <= nextYear(), bilingual('Dit jaar ligt in de toekomst.', 'This year is in the future.'))
    .nullish(),
});

validates(
  KnowledgeItemInput,
  z.object({
    organisationId: id,
    question: withoutHtml(requiredText(5, 300)),
    shortAnswer: withoutHtml(requiredText(1, 280)),
    longAnswer: withoutHtml(optionalText(20_000)),
    themes: themesRule,
    audiences: uniqueList(z.string(), { min: 1, max: 4 }),
    sources: z
      .array(sourceRule)
      .max(20)
      .superRefine((sources, ctx) => {
        const seen = new Set<string>();
        sources.forEach((source, index) => {
          const url = source.url.trim();
          if (seen.has(url)) ctx.addIssue({ code: 'custom', path: [index, 'url'], ...bilingual('Staat er dubbel in.', 'Appears twice.') });
          seen.add(url);
        });
      }),
  }),
);

@InputType({ description: 'Narrows a list of knowledge items. Filters combine with AND; the values inside one list with OR.' })
export class KnowledgeFilter {
  @Field(() => [ThemeSlugEnum], { nullable: true, description: 'On any of these themes.' })
  themes?: ThemeSlug[] | null;

  @Field(() => [AudienceEnum], { nullable: true, description: 'For any of these audiences.' })
  audiences?: Audience[] | null;

  @Field(() => [KnowledgeStatusEnum], {
    nullable: true,
    description: "Any of these statuses. Unpublished items are only ever listed for their organisation's members and admins.",
  })
  statuses?: KnowledgeStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Owned by this organisation.' })
  organisationId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Dutch full-text search over the question and both answers ("vluchtelingen" finds "vluchteling"). Results come by relevance.',
  })
  search?: string | null;
}

validates(
  KnowledgeFilter,
  z.object({
    themes: z.array(z.string()).max(5).nullish(),
    audiences: z.array(z.string()).max(4).nullish(),
    statuses: z.array(z.string()).max(4).nullish(),
    organisationId: id.nullish(),
    search: z.string().max(200).nullish(),
  }),
);
