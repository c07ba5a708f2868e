import type { Locale } from '@koppel/reference-data';
import type { ValidatorFn } from 'type-graphql';
import { type ZodType, z } from 'zod';
import type { Context } from './context.js';
import { badUserInput, type FieldProblems } from './errors.js';

/**
 * Input validation in one place per input type: an inputs file pairs its input class with a zod
 * schema (`validates(OrganisationInput, schema)`), and type-graphql runs it before every resolver.
 */
const schemas = new Map<unknown, ZodType>();

export function validates<T>(inputClass: new () => T, schema: ZodType): void {
  schemas.set(inputClass, schema);
}

export const validateArgument: ValidatorFn<Context> = (value, type, { context }) => {
  if (value === null || value === undefined || typeof type !== 'function') return;
  const schema = schemas.get(type);
  if (!schema) return;
  // Validation is the same for a single input and for a list of them.
  const result = (Array.isArray(value) ? z.array(schema) : schema).safeParse(value, { error: errorMap(context.locale) });
  if (!result.success) throw badUserInput(fieldProblems(result.error));
};

/**
 * What is wrong with a value by the schema registered for its input class (`validates`), field by field, in
 * the given language: empty when nothing is. For inputs that arrive outside GraphQL (a CSV import) and must
 * meet exactly the rules of the GraphQL input.
 */
export function problemsOf<T>(inputClass: new () => T, value: unknown, locale: Locale): FieldProblems {
  const schema = schemas.get(inputClass);
  if (!schema) return {};
  const result = schema.safeParse(value, { error: errorMap(locale) });
  return result.success ? {} : fieldProblems(result.error);
}

/** Runs a zod schema on a value from outside the type system (a scalar argument, a cursor) the same way. */
export function parseOrThrow<T>(schema: ZodType<T>, value: unknown, locale: Locale, prefix?: string): T {
  const result = schema.safeParse(value, { error: errorMap(locale) });
  if (result.success) return result.data;
  throw badUserInput(fieldProblems(result.error, prefix));
}

/** A custom rule's message, in both languages: `refine(check, bilingual('…', '…'))`. */
export function bilingual(nl: string, en: string, path?: (string | number)[]) {
  return { params: { nl, en }, ...(path ? { path } : {}) };
}

function fieldProblems(error: z.ZodError, prefix?: string): FieldProblems {
  const fields: FieldProblems = {};
  for (const issue of error.issues) {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '_';
    fields[path] ??= issue.message;
  }
  return fields;
}

const zodLocales = { nl: z.locales.nl().localeError, en: z.locales.en().localeError };

function errorMap(locale: Locale): z.core.$ZodErrorMap {
  const t = (nl: string, en: string) => (locale === 'nl' ? nl : en);
  return (issue) => {
    const params = (issue as { params?: Record<string, string> }).params;
    if (issue.code === 'custom' && params?.[locale]) return params[locale];
    switch (issue.code) {
      case 'too_big':
        if (issue.origin === 'string')
          return t(`Te lang: hoogstens ${issue.maximum} tekens.`, `Too long: at most ${issue.maximum} characters.`);
        if (issue.origin === 'array') return t(`Te veel: hoogstens ${issue.maximum}.`, `Too many: at most ${issue.maximum}.`);
        if (issue.origin === 'number') return t(`Te groot: hoogstens ${issue.maximum}.`, `Too large: at most ${issue.maximum}.`);
        break;
      case 'too_small':
        if (issue.origin === 'string' && issue.minimum === 1) return t('Vul dit veld in.', 'This field is required.');
        if (issue.origin === 'string')
          return t(`Te kort: minstens ${issue.minimum} tekens.`, `Too short: at least ${issue.minimum} characters.`);
        if (issue.origin === 'array') return t(`Kies er minstens ${issue.minimum}.`, `Choose at least ${issue.minimum}.`);
        if (issue.origin === 'number') return t(`Te klein: minstens ${issue.minimum}.`, `Too small: at least ${issue.minimum}.`);
        break;
      case 'invalid_format':
        if (issue.format === 'email') return t('Geen geldig e-mailadres.', 'Not a valid e-mail address.');
        if (issue.format === 'url') return t('Geen geldig webadres (https://…).', 'Not a valid web address (https://…).');
        if (issue.format === 'date') return t('Geen geldige datum (JJJJ-MM-DD).', 'Not a valid date (YYYY-MM-DD).');
        if (issue.format === 'regex') return t('Heeft niet de juiste vorm.', 'Does not have the right format.');
        break;
    }
    return zodLocales[locale](issue);
  };
}
