import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { KoppelError } from './errors.js';
import { afterCursor, decodeCursor, encodeCursor, newest, type Order, pageSize, SqlParams } from './paging.js';
import { relevance } from './search.js';

const id = '2f1c9a3e-7b4d-4c1e-9f0a-5d6b7c8e9f01';

function fieldsOf(work: () => unknown): Record<string, string> {
  try {
    work();
  } catch (error) {
    if (error instanceof KoppelError && error.code === 'BAD_USER_INPUT') return error.extensions.fields as Record<string, string>;
    throw error;
  }
  throw new Error('no error');
}

describe('connection arguments', () => {
  it.each([
    [undefined, 20],
    [null, 20],
    [1, 1],
    [100, 100],
  ])('takes first = %s as a page of %i', (first, size) => {
    expect(pageSize(first, 'en')).toBe(size);
  });

  it.each([[0], [101], [-3]])('refuses first = %i on `first`', (first) => {
    expect(Object.keys(fieldsOf(() => pageSize(first, 'nl')))).toEqual(['first']);
  });

  const byRank = relevance('i', '$1');

  it('round-trips cursors of each order, to the millisecond and the exact rank', () => {
    const latest = { order: 'newest', values: ['2026-03-01T10:11:12.345Z', id] };
    const ranked = { order: 'relevance', values: [0.0607927, id] };
    expect(decodeCursor(encodeCursor(latest), newest('i'), 'en')).toEqual(latest);
    expect(decodeCursor(encodeCursor(ranked), byRank, 'en')).toEqual(ranked);
  });

  it.each([
    ['not base64 JSON', 'zomaar-iets'],
    ['JSON of the wrong shape', Buffer.from('{"o":"newest","k":["2026-01-01T00:00:00.000Z"]}').toString('base64url')],
    ['an id that is not a uuid', Buffer.from('{"o":"newest","k":["2026-01-01T00:00:00.000Z","1; DROP TABLE x"]}').toString('base64url')],
    ['a cursor of another order', encodeCursor({ order: 'relevance', values: [0.1, id] })],
  ])('refuses %s on `after`', (_, after) => {
    expect(Object.keys(fieldsOf(() => decodeCursor(after, newest('i'), 'nl')))).toEqual(['after']);
  });

  it.each<[string, Order, string]>([
    ['one direction: a row comparison (an index range scan)', newest('i'), '(i.created_at, i.id) < ($1::timestamptz, $2::uuid)'],
    [
      'mixed directions: one alternative per key',
      byRank,
      '((ts_rank(i.search_vector, $1) < $1::real) OR (ts_rank(i.search_vector, $1) = $1::real AND i.id > $2::uuid))',
    ],
  ])('continues after a cursor with %s', (_, order, sql) => {
    expect(afterCursor(order, { order: order.name, values: [1, id] }, new SqlParams())).toBe(sql);
  });
});
