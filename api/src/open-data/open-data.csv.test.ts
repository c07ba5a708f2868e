import { describe, expect, it } from 'vitest';
import { binaryKind, booleanCell, csvCell, csvLine, dateCell, decodeCsv, detectDelimiter, eurosCell } from './open-data.csv.js';

describe('CSV cells', () => {
  it.each([
    ['plain', 'plain'],
    ['=HYPERLINK("https://x","y")', `"'=HYPERLINK(""https://x"",""y"")"`],
    ['+31 6', "'+31 6"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
    ['a;b', '"a;b"'],
    ['two\nlines', '"two\nlines"'],
    [['EDUCATION', 'LABOUR_MARKET'], 'EDUCATION|LABOUR_MARKET'],
    [null, ''],
    [15000, '15000'],
  ])('%j → %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('joins a line with ; and CRLF', () => {
    expect(csvLine(['a', 1, null])).toBe('a;1;\r\n');
  });
});

describe('reading CSV', () => {
  it.each([
    ['title;themes\nA;B', ';'],
    ['title,themes\nA,B', ','],
    ['"a;b",c,d\n', ','],
    ['"a,b";c\n', ';'],
    ['title\n', ';'],
  ])('delimiter of %j is %s', (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });

  it('decodes UTF-8 and falls back to Windows-1252', () => {
    expect(decodeCsv(new TextEncoder().encode('\uFEFFCafé'))).toEqual({ text: 'Café', encoding: 'utf-8' });
    expect(decodeCsv(Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x80]))).toEqual({ text: 'Café €', encoding: 'windows-1252' });
  });

  it.each([
    [[0x50, 0x4b, 0x03, 0x04], 'EXCEL'],
    [[0xd0, 0xcf, 0x11, 0xe0], 'EXCEL'],
    [[0x89, 0x50, 0x4e, 0x47, 0x00], 'BINARY'],
    [[0x74, 0x69, 0x74, 0x6c, 0x65], null],
  ])('binaryKind(%j) is %s', (bytes, kind) => {
    expect(binaryKind(Uint8Array.from(bytes))).toBe(kind);
  });

  it.each([
    ['ja', true],
    ['TRUE', true],
    ['1', true],
    ['nee', false],
    ['no', false],
    ['', null],
    ['misschien', undefined],
  ])('booleanCell(%j) is %s', (text, value) => {
    expect(booleanCell(text)).toBe(value);
  });

  it.each([
    ['15000', 15000],
    ['€ 15.000', 15000],
    ['1.234.567', 1234567],
    ['', null],
    ['15,5', undefined],
    ['-5', undefined],
    ['veel', undefined],
  ])('eurosCell(%j) is %s', (text, value) => {
    expect(eurosCell(text)).toBe(value);
  });

  it.each([
    ['2026-04-01', '2026-04-01'],
    ['1-4-2026', '2026-04-01'],
    ['01/04/2026', '2026-04-01'],
    ['', null],
    ['morgen', 'morgen'],
  ])('dateCell(%j) is %s', (text, value) => {
    expect(dateCell(text)).toBe(value);
  });
});
