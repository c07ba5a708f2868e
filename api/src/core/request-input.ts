import type { ApolloServerPlugin } from '@apollo/server';
import type { Locale } from '@koppel/reference-data';
import {
  type ASTVisitor,
  type GraphQLError,
  type GraphQLSchema,
  getVariableValues,
  type OperationDefinitionNode,
  print,
  type ValidationContext,
} from 'graphql';
import { costOf } from './complexity.js';
import type { Context } from './context.js';
import { badUserInput, type FieldProblems, type KoppelError, operationNotSupported, queryTooComplex, withHttpStatus } from './errors.js';

/**
 * The one place where every request's input is checked before anything uses it (the cost limit, a
 * resolver, SQL): the variables' shape (depth and size), text PostgreSQL cannot store, the variables'
 * types (coerced once, here), and then the cost computed on the coerced values. The document's own
 * literals get the same text check as a validation rule, and operation types other than query and
 * mutation are refused there too.
 */
export const INPUT_LIMITS = {
  /** Levels of nesting in the variables: inputs nest 3–4 levels; a JSON value a few more. */
  variableDepth: 16,
  /** Items in one list: the API takes at most a few hundred anywhere (ids, themes, municipalities). */
  listItems: 1_000,
  /** Values in the variables altogether (every string, number, list item and object field). */
  variableValues: 20_000,
} as const;

/**
 * NUL (PostgreSQL's text cannot hold it) and UTF-16 halves without their pair (UTF-8 cannot encode them;
 * the driver would silently store U+FFFD instead). Every other character is stored as sent.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const hasUnstorableText = (text: string): boolean => text.includes('\u0000') || LONE_SURROGATE.test(text);

const unstorableMessage = {
  nl: 'Bevat een teken dat niet kan worden opgeslagen (NUL of een losse surrogaathelft).',
  en: 'Contains a character that cannot be stored (NUL or a lone surrogate half).',
};

type Problem = { path: string; kind: 'depth' | 'size' | 'list' | 'text' };

/**
 * Walks the raw variables without recursion (a 5,000-level object must not overflow the stack here or
 * anywhere after), stopping at the first problem.
 */
export function inspectVariables(variables: unknown): Problem | null {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: variables, path: '', depth: 0 }];
  let seen = 0;
  while (stack.length) {
    const { value, path, depth } = stack.pop() as (typeof stack)[number];
    if (++seen > INPUT_LIMITS.variableValues) return { path: path || '_', kind: 'size' };
    if (typeof value === 'string') {
      if (hasUnstorableText(value)) return { path, kind: 'text' };
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= INPUT_LIMITS.variableDepth) return { path, kind: 'depth' };
    if (Array.isArray(value)) {
      if (value.length > INPUT_LIMITS.listItems) return { path, kind: 'list' };
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: join(path, String(i)), depth: depth + 1 });
      continue;
    }
    for (const [key, item] of Object.entries(value)) {
      if (hasUnstorableText(key)) return { path: join(path, '_'), kind: 'text' };
      stack.push({ value: item, path: join(path, key), depth: depth + 1 });
    }
  }
  return null;
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

function variablesProblem(problem: Problem, locale: Locale): KoppelError {
  if (problem.kind === 'text') return badUserInput({ [problem.path]: unstorableMessage[locale] }, unstorableMessage);
  const { variableDepth, variableValues, listItems } = INPUT_LIMITS;
  if (problem.kind === 'list') {
    return badUserInput(
      { [problem.path]: locale === 'nl' ? `Te veel: hoogstens ${listItems}.` : `Too many: at most ${listItems}.` },
      {
        nl: `Een lijst in de variabelen heeft meer dan ${listItems} items.`,
        en: `A list in the variables has more than ${listItems} items.`,
      },
    );
  }
  return problem.kind === 'depth'
    ? badUserInput(
        { [problem.path]: `Nested deeper than ${variableDepth} levels.` },
        {
          nl: `De variabelen zijn dieper dan ${variableDepth} niveaus.`,
          en: `The variables are nested deeper than ${variableDepth} levels.`,
        },
      )
    : badUserInput(
        { [problem.path]: `More than ${variableValues} values.` },
        { nl: `De variabelen hebben meer dan ${variableValues} waarden.`, en: `The variables hold more than ${variableValues} values.` },
      );
}

/**
 * graphql-js's coercion messages quote the value (a 100k string, say); the client gets which variable
 * (or which field inside it) is wrong and what type it should have, not its own value back.
 */
function coercionProblems(errors: readonly GraphQLError[], operation: OperationDefinitionNode, locale: Locale): FieldProblems {
  const t = (nl: string, en: string) => (locale === 'nl' ? nl : en);
  const types = new Map((operation.variableDefinitions ?? []).map((d) => [d.variable.name.value, print(d.type)]));
  const fields: FieldProblems = {};
  for (const error of errors) {
    const name = /Variable "\$([_A-Za-z][_0-9A-Za-z]*)"/.exec(error.message)?.[1];
    const at = / at "([^"]+)"/.exec(error.message)?.[1];
    const path = at ?? name ?? '_';
    if (fields[path]) continue;
    if (/was not provided|must not be null/.test(error.message)) fields[path] = t('Vul dit veld in.', 'This field is required.');
    else if (/is not defined by type/.test(error.message)) fields[path] = t('Onbekend veld.', 'Unknown field.');
    else if (at || !name) fields[path] = t('Geen geldige waarde.', 'Not a valid value.');
    else fields[path] = t(`Geen geldige waarde van het type ${types.get(name)}.`, `Not a valid value of type ${types.get(name)}.`);
  }
  return fields;
}

export function requestInputCheck(schema: GraphQLSchema, maximumCost: number): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation, operationName, contextValue }) {
          if (!operation) return;
          if (operation.operation !== 'query' && operation.operation !== 'mutation') {
            throw withHttpStatus(operationNotSupported(operation.operation), 400);
          }
          const raw = request.variables ?? {};
          const problem = inspectVariables(raw);
          if (problem) throw withHttpStatus(variablesProblem(problem, contextValue.locale), 400);
          // As many errors as graphql-js's execution reports at most: each costs a spelling suggestion.
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], raw, { maxErrors: 50 });
          if (coerced.errors) throw withHttpStatus(badUserInput(coercionProblems(coerced.errors, operation, contextValue.locale)), 400);

          const cost = costOf(schema, document, operationName ?? undefined, coerced.coerced);
          if (cost > maximumCost) {
            throw withHttpStatus(
              queryTooComplex({
                nl: `De query is te zwaar (${cost} punten, ten hoogste ${maximumCost}).`,
                en: `The query is too expensive (${cost} points, at most ${maximumCost}).`,
              }),
              400,
            );
          }
        },
      };
    },
  };
}

/** Validation rule: a string literal in the document gets the same check as the variables. */
export function storableLiteralsRule(context: ValidationContext): ASTVisitor {
  return {
    StringValue(node) {
      if (hasUnstorableText(node.value)) context.reportError(badUserInput({ _: unstorableMessage.en }, unstorableMessage));
    },
    OperationDefinition(node) {
      if (node.operation !== 'query' && node.operation !== 'mutation') context.reportError(operationNotSupported(node.operation));
    },
  };
}
