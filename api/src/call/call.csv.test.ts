import { describe, expect, it } from 'vitest';
import { csvCell, csvRow } from './call.csv.js';

describe('CSV cells', () => {
  it.each([
    ['plain text', 'Taalmaatjes', 'Taalmaatjes'],
    ['a formula', '=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['a plus', '+31 38 123', "'+31 38 123"],
    ['a minus', '-2+3', "'-2+3"],
    ['an at sign', '@SUM(A1)', "'@SUM(A1)"],
    ['a tab', '\tx', "'\tx"],
    ['a comma', 'a, b', '"a, b"'],
    ['a newline', 'a\nb', '"a\nb"'],
    ['a number stays a number', 12500, '12500'],
    ['null is empty', null, ''],
  ])('%s', (_, value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('joins a row with commas', () => {
    expect(csvRow(['a', 1, null, '=1'])).toBe("a,1,,'=1");
  });
});
