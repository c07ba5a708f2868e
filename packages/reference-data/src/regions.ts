import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

export interface ProvinceRecord {
  code: string;
  name: string;
  officialName: string;
  population: number;
}

export interface MunicipalityRecord {
  code: string;
  name: string;
  provinceCode: string;
  population: number;
}

/** Attribution the CC BY 4.0 licence of the CBS and Kadaster data requires wherever it is shown. */
export const REGIONS_ATTRIBUTION = {
  data: 'Bron: CBS (CC BY 4.0)',
  boundaries: 'Kadaster / Centraal Bureau voor de Statistiek, 2024 (CC BY 4.0)',
};

const dataFile = (name: string) => new URL(`../data/${name}`, import.meta.url);

function readCsv(name: string): Record<string, string>[] {
  return parse(readFileSync(dataFile(name)), { columns: true, skip_empty_lines: true, trim: true });
}

/** The 12 provinces (CBS 2025 codes, `PV20` … `PV31`). */
export function loadProvinces(): ProvinceRecord[] {
  return readCsv('provinces.csv').map((row) => ({
    code: required(row, 'code'),
    name: required(row, 'name'),
    officialName: required(row, 'official_name'),
    population: Number(required(row, 'population')),
  }));
}

/** The 342 municipalities (CBS 2025 codes, `GM0014` …), with population on 1 January 2024. */
export function loadMunicipalities(): MunicipalityRecord[] {
  return readCsv('municipalities.csv').map((row) => ({
    code: required(row, 'code'),
    name: required(row, 'name'),
    provinceCode: required(row, 'province_code'),
    population: Number(required(row, 'population')),
  }));
}

function required(row: Record<string, string>, column: string): string {
  const value = row[column];
  if (value === undefined || value === '') throw new Error(`reference data: column ${column} is empty`);
  return value;
}
