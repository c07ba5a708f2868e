/** One region's figures, as `coverage` answers them. */
export interface RegionFigures {
  code: string;
  name: string;
  population: number;
  initiatives: number;
  fundsServing: number;
  fundingRequested: number;
  fundingCommitted: number;
  tables: number;
  openCommitments: number;
  perHundredThousand: number;
  gap: boolean;
}

export type Figure =
  | 'initiatives'
  | 'perHundredThousand'
  | 'fundsServing'
  | 'fundingRequested'
  | 'fundingCommitted'
  | 'tables'
  | 'openCommitments';

/** The figures in their order, each with its value in the address (`?cijfer=`). */
export const FIGURES: { figure: Figure; param: string; euro?: boolean; decimals?: boolean }[] = [
  { figure: 'initiatives', param: 'initiatieven' },
  { figure: 'perHundredThousand', param: 'per-100000', decimals: true },
  { figure: 'fundsServing', param: 'fondsen' },
  { figure: 'fundingRequested', param: 'gevraagd', euro: true },
  { figure: 'fundingCommitted', param: 'toegezegd', euro: true },
  { figure: 'tables', param: 'tafels' },
  { figure: 'openCommitments', param: 'open-toezeggingen' },
];

export const figureByParam = (param: string | null): Figure => FIGURES.find((f) => f.param === param)?.figure ?? 'initiatives';
export const paramOfFigure = (figure: Figure): string => FIGURES.find((f) => f.figure === figure)?.param ?? 'initiatieven';

export type Level = 'PROVINCE' | 'MUNICIPALITY';
export const levelByParam = (param: string | null): Level => (param === 'gemeente' ? 'MUNICIPALITY' : 'PROVINCE');
export const paramOfLevel = (level: Level): string => (level === 'MUNICIPALITY' ? 'gemeente' : 'provincie');

/** Formats a figure's value in the language's number format (euros without cents, rates with one decimal). */
export function formatFigure(figure: Figure, value: number, locale: string): string {
  const spec = FIGURES.find((f) => f.figure === figure);
  if (spec?.euro) return new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(value);
  return new Intl.NumberFormat(locale, { maximumFractionDigits: spec?.decimals ? 1 : 0 }).format(value);
}

/** Where a region's initiatives, funds and tables are listed: the list pages with their place (and theme) filter set. */
export function regionLinks(level: Level, code: string, theme: string | null) {
  const search = new URLSearchParams([[paramOfLevel(level), code]]);
  if (theme) search.set('thema', theme);
  const fundSearch = new URLSearchParams([['soort', 'FUND'], ...search]);
  return {
    initiatives: `/initiatieven?${search}`,
    funds: `/organisaties?${fundSearch}`,
    tables: `/tafels?${search}`,
  };
}
