import {
  type ArgumentNode,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  Kind,
  parse,
  valueFromASTUntyped,
  visit,
} from 'graphql';

/**
 * The fuzz suite's generator (tests/security/fuzz.test.ts): bad inputs derived from the served schema's
 * types, one argument or input field at a time, deterministic for a seed. Nothing here knows a feature:
 * an operation added later is fuzzed from its argument types alone.
 */

/** A small seeded PRNG (mulberry32): the same seed gives the same requests on every run and machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: () => number, items: readonly T[], count: number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy.slice(0, count);
}

const LONG = 'a'.repeat(100_000);

/** Text that is hostile, odd or broken, sent wherever a String (or an unknown scalar) goes. */
export const BAD_TEXT: readonly unknown[] = [
  '',
  '   ',
  LONG,
  'a\u0000b',
  '\u0001\u0007\u001b[31m\u007f',
  '\uD800',
  'x\uDC00y',
  '\u202Eevil\u202C \u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627',
  '\u200B\u200C\u200D\uFEFF',
  "' OR '1'='1' --",
  "'; DROP TABLE account; --",
  '{"$gt": ""}',
  '{"__proto__": {"isAdmin": true}}',
  '%s%n%x',
  '../../etc/passwd',
  '<script>alert(1)</script>',
];

export const BAD_NUMBERS: readonly unknown[] = [-1, 0, -2147483648, 2147483647, 2147483648, 1e308, -1e308, 1.5, '1', '', true];

export const BAD_DATES: readonly unknown[] = [
  '2026-02-30',
  '2026-13-01',
  '0000-00-00',
  '9999-12-31',
  '-000001-01-01',
  '2026-02-30T25:61:00Z',
  '+275760-09-13T00:00:00.000Z',
  '1970-01-01T00:00:00Z',
  'yesterday',
  '',
  20260101,
];

/** Wrong shapes for any type. */
const WRONG_SHAPES: readonly unknown[] = [null, true, 42, 'text', {}, [], { nested: { deeper: [1, 'x'] } }];

export interface FuzzIds {
  /** Well-formed ids of other entities (other organisations, accounts, initiatives …). */
  others: readonly string[];
}

function malformedIds(ids: FuzzIds): unknown[] {
  return [
    ...ids.others,
    '00000000-0000-0000-0000-000000000000',
    'ffffffff-ffff-ffff-ffff-ffffffffffff',
    'not-an-id',
    '1',
    '-1',
    "1' OR '1'='1",
    `${ids.others[0] ?? ''}\u0000`,
    `${ids.others[0] ?? ''} `,
    (ids.others[0] ?? '').toUpperCase(),
    '',
    LONG,
  ];
}

/** The bad values of one input type (the one at `path`), as a fixed list: the caller samples it. */
export function badValuesOf(type: GraphQLInputType, ids: FuzzIds, validItem?: unknown): unknown[] {
  const nullable = getNullableType(type);
  const values: unknown[] = [...WRONG_SHAPES];
  if (isListType(nullable)) {
    const item = validItem ?? 'x';
    values.push(
      [null],
      Array.from({ length: 10_000 }, () => item),
      Array.from({ length: 401 }, (_, i) => (typeof item === 'string' ? `${item}${i}` : item)),
    );
    return values;
  }
  if (isInputObjectType(nullable)) {
    values.push({ unknownField: 1 }, { __proto__: { admin: true } }, 'null');
    return values;
  }
  if (isEnumType(nullable)) {
    const first = nullable.getValues()[0]?.name ?? 'X';
    values.push('NOT_A_VALUE', first.toLowerCase(), `${first} `, `${first}\u0000`, '');
    return values;
  }
  switch (nullable.name) {
    case 'ID':
      values.push(...malformedIds(ids));
      break;
    case 'Int':
    case 'Float':
      values.push(...BAD_NUMBERS);
      break;
    case 'Boolean':
      values.push('true', 1, 0);
      break;
    case 'Date':
    case 'DateTime':
      values.push(...BAD_DATES);
      break;
    default:
      values.push(...BAD_TEXT);
  }
  return values;
}

export interface Variant {
  /** `input.title`, `id`, `input.themes.0` */
  path: string;
  variables: Record<string, unknown>;
}

/**
 * Every variant of `base` with one value replaced by a bad one: each argument, and inside input objects
 * and lists each field and the first item, down to `maxDepth`. `perPath` values per place, sampled
 * with `random` (the wrong-type and null values always among them).
 */
export function variantsOf(
  args: readonly GraphQLArgument[],
  base: Record<string, unknown>,
  ids: FuzzIds,
  random: () => number,
  perPath: number,
  maxDepth = 4,
): Variant[] {
  const variants: Variant[] = [];
  const walk = (type: GraphQLInputType, value: unknown, path: string[], set: (next: unknown) => Record<string, unknown>, depth: number) => {
    const nullable = getNullableType(type);
    const listItem = isListType(nullable) && Array.isArray(value) ? value[0] : undefined;
    const bad = badValuesOf(type, ids, listItem);
    const always: unknown[] = [null, 42, 'text'].filter((v) => bad.includes(v));
    const sampled = [
      ...always,
      ...pick(
        random,
        bad.filter((v) => !always.includes(v)),
        Math.max(0, perPath - always.length),
      ),
    ];
    for (const candidate of sampled) variants.push({ path: path.join('.'), variables: set(candidate) });
    if (depth >= maxDepth) return;
    if (isInputObjectType(nullable)) {
      const object = (value && typeof value === 'object' && !Array.isArray(value) ? value : {}) as Record<string, unknown>;
      for (const field of Object.values(nullable.getFields())) {
        walk(field.type, object[field.name], [...path, field.name], (next) => set({ ...object, [field.name]: next }), depth + 1);
      }
    } else if (isListType(nullable)) {
      const list = Array.isArray(value) && value.length ? value : [plausibleValue(nullable.ofType, ids)];
      walk(nullable.ofType, list[0], [...path, '0'], (next) => set([next, ...list.slice(1)]), depth + 1);
    }
  };
  for (const arg of args) {
    walk(arg.type, base[arg.name], [arg.name], (next) => ({ ...base, [arg.name]: next }), 0);
  }
  return variants;
}

/** A value of the right type (for operations without a matrix scenario): required fields only. */
export function plausibleValue(type: GraphQLInputType, ids: FuzzIds): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [plausibleValue(nullable.ofType, ids)];
  if (isInputObjectType(nullable)) {
    const object: Record<string, unknown> = {};
    for (const field of Object.values(nullable.getFields())) {
      if (isNonNullType(field.type) && field.defaultValue === undefined) object[field.name] = plausibleValue(field.type, ids);
    }
    return object;
  }
  if (isEnumType(nullable)) return nullable.getValues()[0]?.name;
  switch (nullable.name) {
    case 'ID':
      return ids.others[0] ?? '00000000-0000-0000-0000-000000000000';
    case 'Int':
      return 1;
    case 'Float':
      return 1.5;
    case 'Boolean':
      return true;
    case 'Date':
      return '2026-04-01';
    case 'DateTime':
      return '2026-04-01T10:00:00Z';
    default:
      return 'taal';
  }
}

/** The arguments a matrix scenario's document passes to `operation`, with its variables filled in. */
export function argumentsFromScenario(
  document: string,
  operation: string,
  variables: Record<string, unknown>,
): Record<string, unknown> | null {
  let found: readonly ArgumentNode[] | null = null;
  visit(parse(document), {
    Field(node) {
      if (found === null && node.name.value === operation) found = node.arguments ?? [];
    },
  });
  if (found === null) return null;
  const args: Record<string, unknown> = {};
  for (const argument of found as readonly ArgumentNode[]) {
    args[argument.name.value] =
      argument.value.kind === Kind.VARIABLE
        ? variables[argument.value.name.value]
        : valueFromASTUntyped(argument.value, variables as { [name: string]: never });
  }
  return args;
}

/** `mutation Fuzz($a_id: ID!) { op(id: $a_id) { __typename } }`: every argument through a variable of its own type. */
export function fuzzDocument(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const definitions = field.args.map((arg) => `$a_${arg.name}: ${arg.type.toString()}`).join(', ');
  const passed = field.args.map((arg) => `${arg.name}: $a_${arg.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `${kind} Fuzz(${definitions}) { ${field.name}(${passed})${selection} }`;
}

/** Arguments by name to the variables of `fuzzDocument`; absent arguments stay absent. */
export function asVariables(args: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(args).map(([name, value]) => [`a_${name}`, value]));
}

export type { GraphQLSchema };
