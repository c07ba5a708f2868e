import { describe, expect, it } from 'vitest';
import { colourClasses, colourOf, ZERO_COLOUR } from './colours.js';
import { regionLinks } from './figures.js';

describe('colourClasses', () => {
  it.each([
    ['nothing above zero', [0, 0, 0], []],
    ['one value', [0, 4, 4], [[4, 4]]],
    [
      'two values',
      [1, 2, 0],
      [
        [1, 1],
        [2, 2],
      ],
    ],
    [
      'ten values in five quantile classes',
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
      [
        [1, 2],
        [3, 4],
        [5, 6],
        [7, 8],
        [9, 10],
      ],
    ],
    [
      'a large city does not flatten the rest',
      [1, 1, 2, 2, 3, 3, 4, 4, 5, 900],
      [
        [1, 1],
        [2, 2],
        [3, 3],
        [4, 4],
        [5, 900],
      ],
    ],
    [
      'ties never make empty classes',
      [5, 5, 5, 5, 6],
      [
        [5, 5],
        [6, 6],
      ],
    ],
  ])('%s', (_name, values, ranges) => {
    const classes = colourClasses(values);
    expect(classes.map((c) => [c.from, c.to])).toEqual(ranges);
    expect(new Set(classes.map((c) => c.colour)).size).toBe(classes.length);
  });

  it.each([
    [0, ZERO_COLOUR],
    [-1, ZERO_COLOUR],
    [1, 'first'],
    [2, 'second'],
    [5, 'second'],
  ])('the colour of %s', (value, expected) => {
    const classes = colourClasses([1, 2]);
    const colour = expected === 'first' ? classes[0]?.colour : expected === 'second' ? classes[1]?.colour : expected;
    expect(colourOf(value, classes)).toBe(colour);
  });
});

describe('regionLinks', () => {
  it.each([
    [
      'MUNICIPALITY',
      'GM0363',
      'EDUCATION',
      [
        '/initiatieven?gemeente=GM0363&thema=EDUCATION',
        '/organisaties?soort=FUND&gemeente=GM0363&thema=EDUCATION',
        '/tafels?gemeente=GM0363&thema=EDUCATION',
      ],
    ],
    ['PROVINCE', 'PV27', null, ['/initiatieven?provincie=PV27', '/organisaties?soort=FUND&provincie=PV27', '/tafels?provincie=PV27']],
  ] as const)('%s %s %s', (level, code, theme, [initiatives, funds, tables]) => {
    expect(regionLinks(level, code, theme)).toEqual({ initiatives, funds, tables });
  });
});
