import { describe, expect, it } from 'vitest';
import { characters } from './format.js';

describe('characters', () => {
  it.each([
    ['', 0],
    ['abc', 3],
    ['café', 4],
    ['a😀b', 3],
    ['😀😀', 2],
    ['\ud800x', 2],
    ['x\udc00', 2],
  ])('counts %j as %i code points, as PostgreSQL length() and [...text] do', (text, count) => {
    expect(characters(text)).toBe(count);
    expect(characters(text)).toBe([...text].length);
  });
});
