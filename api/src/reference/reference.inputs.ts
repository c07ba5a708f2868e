import { Field, InputType, Int } from 'type-graphql';
import { z } from 'zod';
import { bilingual, validates } from '../core/validation.js';

@InputType({ description: 'A correction to a municipality of the reference data (alliance admins). Fields left out stay as they are.' })
export class MunicipalityInput {
  @Field(() => String, { nullable: true, description: 'The name as it should be shown, e.g. after a municipal merger; 1–100 characters.' })
  name?: string | null;

  @Field(() => Int, { nullable: true, description: 'Residents (CBS), 0–2,000,000.' })
  population?: number | null;
}

validates(
  MunicipalityInput,
  z
    .object({
      name: z.string().trim().min(1).max(100).nullish(),
      population: z.number().int().min(0).max(2_000_000).nullish(),
    })
    .refine(
      (input) => input.name != null || input.population != null,
      bilingual('Geef een naam of een inwonertal.', 'Give a name or a population.', ['name']),
    ),
);
