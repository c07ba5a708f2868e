import { z } from 'zod';
import { UUID } from './ids.js';
import { bilingual } from './validation.js';

/**
 * Building blocks for the registry's input schemas (organisations, initiatives, fund profiles, needs
 * and offers), so that the same field gets the same rule and message everywhere.
 */

/** Optional free text; `null` or absent is fine, and so is an empty string (it clears the field). */
export const optionalText = (max: number) => z.string().trim().max(max).nullish();

export const requiredText = (min: number, max: number) => z.string().trim().min(min).max(max);

const nullIfBlank = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : value);

/** An https address; web forms send '' for an empty field, which clears it. */
export const httpsUrl = z.preprocess(
  nullIfBlank,
  z
    .string()
    .trim()
    .max(500)
    .pipe(z.url({ protocol: /^https$/, hostname: z.regexes.domain }))
    .nullish(),
);

export const optionalEmail = z.preprocess(nullIfBlank, z.string().trim().max(254).pipe(z.email()).nullish());

/** A string of a given shape, with a message in both languages (format checks are custom rules for that). */
export const matching = (pattern: RegExp, nl: string, en: string) => z.string().refine((value) => pattern.test(value), bilingual(nl, en));

export const optionalPhone = z.preprocess(
  nullIfBlank,
  z
    .string()
    .trim()
    .pipe(matching(/^\+?[0-9][0-9 ()-]{5,19}$/, 'Geen geldig telefoonnummer.', 'Not a valid phone number.'))
    .nullish(),
);

export const municipalityCode = matching(/^GM[0-9]{4}$/, 'Geen gemeentecode (GM0000).', 'Not a municipality code (GM0000).');
export const provinceCode = matching(/^PV[0-9]{2}$/, 'Geen provinciecode (PV00).', 'Not a province code (PV00).');

/** Money is whole euros (`Int` in the API), never negative. */
export const euros = z.number().int().min(0).max(1_000_000_000);

export const id = matching(UUID, 'Geen geldige id.', 'Not a valid id.');

/** A list whose entries may not repeat; the repeated entry is named (`themes.2`). */
export function uniqueList<T extends z.ZodType>(item: T, { min = 0, max = 400 }: { min?: number; max?: number } = {}) {
  return z
    .array(item)
    .min(min)
    .max(max)
    .superRefine((list, ctx) => {
      const seen = new Set<unknown>();
      list.forEach((value, index) => {
        if (seen.has(value)) ctx.addIssue({ code: 'custom', path: [index], ...bilingual('Staat er dubbel in.', 'Appears twice.') });
        seen.add(value);
      });
    });
}

/** KvK number: 8 digits. */
export const kvkNumber = z.preprocess(
  nullIfBlank,
  z
    .string()
    .trim()
    .pipe(matching(/^[0-9]{8}$/, 'Een KvK-nummer heeft 8 cijfers.', 'A KvK number has 8 digits.'))
    .nullish(),
);

/** RSIN: 9 digits passing the eleven test (as a BSN: weights 9 … 2 and −1). */
export const rsin = z.preprocess(
  nullIfBlank,
  z
    .string()
    .trim()
    .pipe(matching(/^[0-9]{9}$/, 'Een RSIN heeft 9 cijfers.', 'An RSIN has 9 digits.'))
    .refine(passesElevenTest, bilingual('Dit RSIN klopt niet (elfproef).', 'This RSIN is not valid (eleven test).'))
    .nullish(),
);

export function passesElevenTest(digits: string): boolean {
  if (!/^[0-9]{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

/** The stored value of an optional text input: trimmed, '' and null become null. */
export function cleanText(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** Names of the properties whose values differ (arrays and dates by value), for the audit log. */
export function changedKeys<T extends object>(before: T, after: T, keys: readonly (keyof T)[]): string[] {
  return keys.filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key])).map(String);
}

/** Whether an input object carries a field at all (absent: keep the stored value; null: clear it). */
export const given = <T extends object>(input: T, key: keyof T): boolean => input[key] !== undefined;

/**
 * Whether a text holds HTML: a tag, a comment or a declaration. Markdown autolinks (`<https://…>`,
 * `<naam@voorbeeld.nl>`) are Markdown, not HTML.
 */
export function containsHtml(text: string): boolean {
  for (const [tag] of text.matchAll(/<[^<>]*>/g)) {
    if (/^<https?:\/\/[^\s<>]*>$/i.test(tag) || /^<[^\s@<>]+@[^\s@<>]+>$/.test(tag)) continue;
    if (/^<\s*(?:[!?]|\/?\s*[a-z])/i.test(tag)) return true;
  }
  return false;
}

/** Refuses HTML in a text field (plain text or Markdown): it would otherwise reach a page someday. */
export const withoutHtml = <T extends z.ZodType<string | null | undefined>>(schema: T) =>
  schema.refine(
    (value) => typeof value !== 'string' || !containsHtml(value),
    bilingual(
      'Geen HTML toegestaan: gebruik gewone tekst of Markdown (bijvoorbeeld **vet** of [tekst](https://…)).',
      'No HTML allowed: use plain text or Markdown (e.g. **bold** or [text](https://…)).',
    ),
  );

/** A required web address, http or https (sources outside Koppel are not all on https). */
export const requiredWebUrl = z
  .string()
  .trim()
  .max(500)
  .pipe(z.url({ protocol: /^https?$/, hostname: z.regexes.domain }));
