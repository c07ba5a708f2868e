import type { ThemeSlug } from '@koppel/reference-data';
import { Field, ID, InputType } from 'type-graphql';
import { z } from 'zod';
import { id, optionalText, requiredText, requiredWebUrl, withoutHtml } from '../core/input-rules.js';
import { DateScalar } from '../core/scalars.js';
import { validates } from '../core/validation.js';
import { themesRule } from '../organisation/organisation.inputs.js';
import { ThemeSlugEnum } from '../reference/reference.entity.js';
import { type PublicationKind, PublicationKindEnum } from './publication.entity.js';

@InputType({ description: 'A publication. On update every field is replaced; plain text, no HTML.' })
export class PublicationInput {
  @Field(() => ID, { description: 'The publishing organisation; cannot change later.' })
  organisationId: string;

  @Field(() => PublicationKindEnum)
  kind: PublicationKind;

  @Field(() => String, { description: '3 to 300 characters.' })
  title: string;

  @Field(() => String, { nullable: true, description: 'At most 2000 characters.' })
  summary?: string | null;

  @Field(() => String, { description: 'Where to read it: a web address (http or https).' })
  url: string;

  @Field(() => DateScalar, { description: 'When it appeared.' })
  publishedOn: string;

  @Field(() => [ThemeSlugEnum], { description: '1 to 5, each once.' })
  themes: ThemeSlug[];

  @Field(() => Boolean, { nullable: true, description: 'Whether partners may co-sign it; default false.' })
  openForCoSigning?: boolean | null;
}

validates(
  PublicationInput,
  z.object({
    organisationId: id,
    kind: z.string(),
    title: withoutHtml(requiredText(3, 300)),
    summary: withoutHtml(optionalText(2000)),
    url: requiredWebUrl,
    publishedOn: z.string(),
    themes: themesRule,
    openForCoSigning: z.boolean().nullish(),
  }),
);

@InputType({ description: 'Narrows a list of publications. Filters combine with AND; the values inside one list with OR.' })
export class PublicationFilter {
  @Field(() => [PublicationKindEnum], { nullable: true, description: 'Of any of these kinds.' })
  kinds?: PublicationKind[] | null;

  @Field(() => [ThemeSlugEnum], { nullable: true, description: 'On any of these themes.' })
  themes?: ThemeSlug[] | null;

  @Field(() => ID, { nullable: true, description: 'Published or co-signed by this organisation.' })
  organisationId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only those open (true) or closed (false) for co-signing.' })
  openForCoSigning?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Dutch full-text search over title and summary. Results come by relevance.' })
  search?: string | null;
}

validates(
  PublicationFilter,
  z.object({
    kinds: z.array(z.string()).max(6).nullish(),
    themes: z.array(z.string()).max(5).nullish(),
    organisationId: id.nullish(),
    openForCoSigning: z.boolean().nullish(),
    search: z.string().max(200).nullish(),
  }),
);
