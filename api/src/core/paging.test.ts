import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { KoppelError } from './errors.js';
import { decodeCursor, encodeCursor, pageSize } from './paging.js';

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

  it('round-trips both kinds of cursor, to the millisecond and the exact rank', () => {
    const newest = { order: 'newest' as const, createdAt: new Date('2026-03-01T10:11:12.345Z'), id };
    const rank = { order: 'rank' as const, rank: 0.0607927, id };
    expect(decodeCursor(encodeCursor(newest), 'newest', 'en')).toEqual(newest);
    expect(decodeCursor(encodeCursor(rank), 'rank', 'en')).toEqual(rank);
  });

  it.each([
    ['not base64 JSON', 'zomaar-iets'],
    ['JSON of the wrong shape', Buffer.from('{"o":"n","t":"2026-01-01T00:00:00.000Z"}').toString('base64url')],
    ['an id that is not a uuid', Buffer.from('{"o":"n","t":"2026-01-01T00:00:00.000Z","i":"1; DROP TABLE x"}').toString('base64url')],
    ['a cursor of the other order', encodeCursor({ order: 'rank', rank: 0.1, id })],
  ])('refuses %s on `after`', (_, after) => {
    expect(Object.keys(fieldsOf(() => decodeCursor(after, 'newest', 'nl')))).toEqual(['after']);
  });
});
