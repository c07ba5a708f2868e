import { TARGET_GROUP_SLUGS, type TargetGroupSlug, THEME_SLUGS, type ThemeSlug } from '@koppel/reference-data';
import { loadMunicipalities, loadProvinces, type MunicipalityRecord } from '@koppel/reference-data/regions';
import { DEFAULT_MATCH_WEIGHTS } from '@koppel/rules';
import type { EntityManager } from 'typeorm';
import { passesElevenTest } from '../../core/input-rules.js';
import type { InitiativeStatus } from '../../initiative/initiative.entity.js';
import type { NeedOfferKind } from '../../needs-offers/needs-offers.entity.js';
import { ORGANISATION_KINDS, type OrganisationKind } from '../../organisation/organisation.entity.js';
import { Random } from '../random.js';
import { tellMatchStories } from './match-stories.js';
import * as texts from './registry-texts.js';

/**
 * The demo registry: organisations of every kind over real municipalities in all 12 provinces, fund
 * profiles, initiatives on all five themes with a mix of statuses, needs and offers — composed from
 * Dutch word lists by a seeded random source, so every run gives the same data (ids included).
 * `generateRegistry` only computes rows; `insertRegistry` writes them in batches. The benchmark can
 * ask for a larger `size`.
 */

export interface RegistrySize {
  organisations: Record<OrganisationKind, number>;
  initiatives: number;
  /** Needs of the organisations themselves; initiatives get theirs on top (about 6 in 10). */
  organisationNeeds: number;
  offers: number;
}

export const DEMO_SIZE: RegistrySize = {
  organisations: { FUND: 20, NGO: 45, MUNICIPALITY: 20, COMPANY: 20, INITIATIVE: 30, GOVERNMENT: 6, KNOWLEDGE_INSTITUTE: 9 },
  initiatives: 400,
  organisationNeeds: 40,
  offers: 120,
};

export const DEMO_SEED = 20_260_401;

export interface OrganisationRow {
  id: string;
  kind: OrganisationKind;
  name: string;
  description: string;
  website: string;
  contactEmail: string;
  contactPhone: string;
  municipalityCode: string;
  logoUrl: string | null;
  kvkNumber: string;
  rsin: string | null;
  anbi: boolean;
  migrantLed: boolean;
  themes: ThemeSlug[];
  municipalityCodes: string[];
  provinceCodes: string[];
  national: boolean;
  /** How long ago it was created. */
  ageMinutes: number;
}

export interface FundProfileRow {
  organisationId: string;
  themes: ThemeSlug[];
  municipalityCodes: string[];
  provinceCodes: string[];
  national: boolean;
  minGrant: number;
  maxGrant: number;
  budgetAvailable: number;
  description: string;
  matchWeights: typeof DEFAULT_MATCH_WEIGHTS;
  targetGroups?: TargetGroupSlug[];
  horizonMonths?: number;
}

export interface InitiativeRow {
  id: string;
  organisationId: string;
  title: string;
  summary: string;
  description: string;
  status: InitiativeStatus;
  themes: ThemeSlug[];
  municipalityCodes: string[];
  national: boolean;
  targetGroups: TargetGroupSlug[];
  budgetRequested: number | null;
  coFundingSecured: number;
  startsOn: string | null;
  endsOn: string | null;
  ageMinutes: number;
}

export interface NeedOfferRow {
  id: string;
  organisationId: string;
  initiativeId?: string | null;
  kind: NeedOfferKind;
  title: string;
  description: string;
  theme: ThemeSlug | null;
  municipalityCode: string | null;
  quantity: number | null;
  amount: number | null;
  status: 'OPEN' | 'CLOSED';
  ageMinutes: number;
}

export interface RegistryData {
  organisations: OrganisationRow[];
  fundProfiles: FundProfileRow[];
  initiatives: InitiativeRow[];
  needs: NeedOfferRow[];
  offers: NeedOfferRow[];
}

const MINUTES_PER_DAY = 24 * 60;

/** Computes the whole demo registry in memory. `today` anchors the initiatives' periods. */
export function generateRegistry(seed: number, size: RegistrySize, today = new Date()): RegistryData {
  const random = new Random(seed);
  const places = new Places(random);
  const organisations = generateOrganisations(random, places, size);
  const fundProfiles = organisations.filter((o) => o.kind === 'FUND').map((fund) => generateFundProfile(random, places, fund));
  const initiatives = generateInitiatives(random, places, organisations, size.initiatives, today);
  const needs = generateNeeds(random, organisations, initiatives, size.organisationNeeds);
  const offers = generateOffers(random, organisations, size.offers);
  const data = { organisations, fundProfiles, initiatives, needs, offers };
  tellMatchStories(data, today);
  return data;
}

// ---------------------------------------------------------------------------------------------
// Places

class Places {
  readonly provinces = loadProvinces();
  readonly municipalities = loadMunicipalities();
  readonly byProvince = new Map<string, MunicipalityRecord[]>();
  private readonly provinceNames = new Map(this.provinces.map((p) => [p.code, p.name]));

  constructor(private readonly random: Random) {
    for (const m of this.municipalities) {
      const list = this.byProvince.get(m.provinceCode) ?? [];
      list.push(m);
      this.byProvince.set(m.provinceCode, list);
    }
  }

  provinceName(code: string): string {
    return this.provinceNames.get(code) ?? code;
  }

  /** A municipality of the province, bigger ones more often (weighted by the square root of the population). */
  municipalityIn(provinceCode: string): MunicipalityRecord {
    const list = this.byProvince.get(provinceCode) ?? this.municipalities;
    return this.random.weighted(list.map((m) => [m, Math.sqrt(m.population)] as const));
  }

  /** Other municipalities of the same province. */
  neighbours(municipality: MunicipalityRecord, count: number): MunicipalityRecord[] {
    const list = (this.byProvince.get(municipality.provinceCode) ?? []).filter((m) => m.code !== municipality.code);
    return this.random.sample(list, count);
  }

  /** The biggest municipality of each province first, then the next biggest overall. */
  largest(count: number): MunicipalityRecord[] {
    const bySize = [...this.municipalities].sort((a, b) => b.population - a.population);
    const chosen = this.provinces.map((p) => bySize.find((m) => m.provinceCode === p.code) as MunicipalityRecord);
    for (const m of bySize) if (chosen.length < count && !chosen.includes(m)) chosen.push(m);
    return chosen.slice(0, count);
  }
}

// ---------------------------------------------------------------------------------------------
// Organisations

const NAME_PATTERNS: Record<Exclude<OrganisationKind, 'MUNICIPALITY'>, string[]> = {
  FUND: texts.FUND_NAMES,
  NGO: texts.NGO_NAMES,
  INITIATIVE: texts.MIGRANT_LED_NAMES,
  COMPANY: texts.COMPANY_NAMES,
  GOVERNMENT: texts.GOVERNMENT_NAMES,
  KNOWLEDGE_INSTITUTE: texts.KNOWLEDGE_NAMES,
};

function generateOrganisations(random: Random, places: Places, size: RegistrySize): OrganisationRow[] {
  const rows: OrganisationRow[] = [];
  const names = new Set<string>();
  const unique = (name: string) => {
    let candidate = name;
    for (let i = 0; names.has(candidate); i++) {
      candidate = i < texts.DISTRICTS.length ? `${name} ${texts.DISTRICTS[i]}` : `${name} ${i - texts.DISTRICTS.length + 2}`;
    }
    names.add(candidate);
    return candidate;
  };
  let index = 0;
  for (const kind of ORGANISATION_KINDS) {
    const count = size.organisations[kind];
    const own = kind === 'MUNICIPALITY' ? places.largest(count) : [];
    for (let i = 0; i < count; i++, index++) {
      // Round the provinces, so that every province has organisations of most kinds.
      const province = places.provinces[index % places.provinces.length]?.code as string;
      const home = kind === 'MUNICIPALITY' ? (own[i] as MunicipalityRecord) : places.municipalityIn(province);
      // Funds have names of their own (no place), taken in turn; the others a pattern with their town.
      const pattern =
        kind === 'MUNICIPALITY'
          ? 'Gemeente {plaats}'
          : kind === 'FUND'
            ? (texts.FUND_NAMES[i % texts.FUND_NAMES.length] as string)
            : random.pick(NAME_PATTERNS[kind]);
      const name = unique(fill(pattern, { plaats: home.name, provincie: places.provinceName(home.provinceCode) }));
      const national =
        (kind === 'FUND' && random.chance(0.4)) || (kind === 'GOVERNMENT' && random.chance(0.3)) || (kind === 'NGO' && random.chance(0.05));
      const themeCount = kind === 'MUNICIPALITY' || kind === 'GOVERNMENT' ? random.int(3, 5) : random.int(1, 3);
      const slug = slugOf(name);
      rows.push({
        id: random.uuid(),
        kind,
        name,
        description: fill(random.pick(texts.ORGANISATION_DESCRIPTIONS[kind] ?? texts.ORGANISATION_DESCRIPTIONS.NGO ?? []), {
          plaats: home.name,
        }),
        website: `https://www.${slug}.example`,
        contactEmail: `info@${slug}.example`,
        contactPhone: `0${random.int(10, 79)} ${random.int(200, 999)} ${String(random.int(0, 9999)).padStart(4, '0')}`,
        municipalityCode: home.code,
        logoUrl: random.chance(0.3) ? `https://www.${slug}.example/logo.png` : null,
        kvkNumber: String(random.int(10_000_000, 99_999_999)),
        rsin: kind === 'MUNICIPALITY' || random.chance(0.2) ? null : rsin(random),
        anbi: kind === 'FUND' || ((kind === 'NGO' || kind === 'INITIATIVE' || kind === 'KNOWLEDGE_INSTITUTE') && random.chance(0.7)),
        migrantLed: kind === 'INITIATIVE' || (kind === 'NGO' && random.chance(0.15)),
        themes: sortThemes(random.sample(THEME_SLUGS, themeCount)),
        municipalityCodes:
          national || kind === 'MUNICIPALITY' ? [] : places.neighbours(home, random.chance(0.4) ? random.int(1, 3) : 0).map((m) => m.code),
        provinceCodes:
          !national && (kind === 'GOVERNMENT' || kind === 'KNOWLEDGE_INSTITUTE' || random.chance(0.1)) ? [home.provinceCode] : [],
        national,
        ageMinutes: random.int(400, 900) * MINUTES_PER_DAY + random.int(0, MINUTES_PER_DAY),
      });
    }
  }
  return rows;
}

function generateFundProfile(random: Random, places: Places, fund: OrganisationRow): FundProfileRow {
  const minGrant = random.pick([2_500, 5_000, 10_000, 25_000]);
  const maxGrant = minGrant * random.pick([4, 5, 10, 20]);
  const home = places.municipalities.find((m) => m.code === fund.municipalityCode) as MunicipalityRecord;
  const provinceCodes = fund.national
    ? []
    : [
        home.provinceCode,
        ...random.sample(
          places.provinces.map((p) => p.code).filter((c) => c !== home.provinceCode),
          random.int(0, 2),
        ),
      ];
  const municipalityCodes = fund.national || random.chance(0.6) ? [] : places.neighbours(home, random.int(1, 3)).map((m) => m.code);
  const where = fund.national ? 'in heel Nederland' : `in ${listed(provinceCodes.map((c) => places.provinceName(c)))}`;
  return {
    organisationId: fund.id,
    themes: fund.themes,
    municipalityCodes,
    provinceCodes,
    national: fund.national,
    minGrant,
    maxGrant,
    budgetAvailable: random.int(10, 200) * 10_000,
    description:
      `Wij financieren ${fund.themes.map((t) => texts.FUND_DESCRIPTIONS[t]).join('; ')}, ${where}. ` +
      `Aanvragen tussen € ${euro(minGrant)} en € ${euro(maxGrant)}; cofinanciering met andere fondsen is welkom.`,
    matchWeights: DEFAULT_MATCH_WEIGHTS,
  };
}

// ---------------------------------------------------------------------------------------------
// Initiatives

/** Who runs initiatives, and how many each (funds fund, they do not run projects here). */
const RUNS_INITIATIVES: [OrganisationKind, number][] = [
  ['NGO', 5],
  ['INITIATIVE', 3],
  ['MUNICIPALITY', 2],
  ['KNOWLEDGE_INSTITUTE', 2],
  ['COMPANY', 1],
  ['GOVERNMENT', 1],
];

const STATUSES: [InitiativeStatus, number][] = [
  ['PUBLISHED', 60],
  ['FUNDED', 12],
  ['DRAFT', 15],
  ['CLOSED', 13],
];

function generateInitiatives(
  random: Random,
  places: Places,
  organisations: OrganisationRow[],
  count: number,
  today: Date,
): InitiativeRow[] {
  const weights = new Map(RUNS_INITIATIVES);
  const runners = organisations.filter((o) => weights.has(o.kind)).map((o) => [o, weights.get(o.kind) as number] as const);
  const rows: InitiativeRow[] = [];
  for (let i = 0; i < count; i++) {
    const organisation = random.weighted(runners);
    const home = places.municipalities.find((m) => m.code === organisation.municipalityCode) as MunicipalityRecord;
    // Every theme in turn, so all five are well covered; a quarter get a second theme.
    const theme = THEME_SLUGS[i % THEME_SLUGS.length] as ThemeSlug;
    const themes = sortThemes(random.chance(0.25) ? [theme, random.pick(THEME_SLUGS.filter((t) => t !== theme))] : [theme]);
    const national = organisation.national ? random.chance(0.5) : random.chance(0.03);
    const municipalityCodes = national
      ? []
      : [home.code, ...places.neighbours(home, random.chance(0.2) ? random.int(1, 2) : 0).map((m) => m.code)];
    const status = random.weighted(STATUSES);
    // Some drafts are still sketches: no budget or target groups yet.
    const sketch = status === 'DRAFT' && random.chance(0.4);
    const budget = random.int(10, 300) * 500;
    const start = addDays(firstOfMonth(today), random.int(-8, 9) * 30);
    const place = national ? 'Nederland' : home.name;
    const text = random.pick(texts.INITIATIVES[theme]);
    rows.push({
      id: random.uuid(),
      organisationId: organisation.id,
      title: fill(text.title, { plaats: place }),
      summary: fill(random.pick(text.summaries), { plaats: place, aantal: String(random.int(5, 40)) }),
      description: random
        .sample(
          themes.flatMap((t) => texts.DESCRIPTION_SENTENCES[t]),
          random.int(2, 4),
        )
        .join(' '),
      status,
      themes,
      municipalityCodes,
      national,
      targetGroups: sketch ? [] : sortTargetGroups(random.sample(texts.TARGET_GROUPS_BY_THEME[theme], random.int(1, 2))),
      budgetRequested: sketch ? null : budget,
      coFundingSecured: random.chance(0.5) ? Math.round((budget * random.int(5, 40)) / 100 / 500) * 500 : 0,
      startsOn: sketch ? null : isoDate(firstOfMonth(start)),
      endsOn: sketch ? null : isoDate(addDays(addMonths(firstOfMonth(start), random.pick([6, 9, 12, 18, 24])), -1)),
      ageMinutes: random.int(0, 360 * MINUTES_PER_DAY),
    });
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Needs and offers

function generateNeeds(
  random: Random,
  organisations: OrganisationRow[],
  initiatives: InitiativeRow[],
  organisationNeeds: number,
): NeedOfferRow[] {
  const rows: NeedOfferRow[] = [];
  for (const initiative of initiatives) {
    if (initiative.status === 'CLOSED' || !random.chance(0.6)) continue;
    const theme = initiative.themes[0] as ThemeSlug;
    rows.push(
      needOrOffer(random, texts.NEED_TITLES, random.pick(texts.NEED_KINDS_BY_THEME[theme]), {
        organisationId: initiative.organisationId,
        initiativeId: initiative.id,
        theme,
        municipalityCode: initiative.municipalityCodes[0] ?? null,
        description: initiative.summary,
        ageMinutes: Math.max(0, initiative.ageMinutes - random.int(0, 30 * MINUTES_PER_DAY)),
      }),
    );
  }
  const needy = organisations.filter((o) => o.kind === 'NGO' || o.kind === 'INITIATIVE');
  for (let i = 0; i < organisationNeeds && needy.length; i++) {
    const organisation = random.pick(needy);
    const theme = random.pick(organisation.themes);
    rows.push(
      needOrOffer(random, texts.NEED_TITLES, random.pick(texts.NEED_KINDS_BY_THEME[theme]), {
        organisationId: organisation.id,
        initiativeId: null,
        theme,
        municipalityCode: organisation.municipalityCode,
        description: organisation.description,
        ageMinutes: random.int(0, 300 * MINUTES_PER_DAY),
      }),
    );
  }
  return rows;
}

function generateOffers(random: Random, organisations: OrganisationRow[], count: number): NeedOfferRow[] {
  const weights: Partial<Record<OrganisationKind, number>> = {
    COMPANY: 5,
    MUNICIPALITY: 3,
    FUND: 2,
    KNOWLEDGE_INSTITUTE: 3,
    GOVERNMENT: 2,
    NGO: 1,
    INITIATIVE: 1,
  };
  const offerers = organisations.map((o) => [o, weights[o.kind] ?? 0] as const).filter(([, w]) => w > 0);
  const rows: NeedOfferRow[] = [];
  for (let i = 0; i < count && offerers.length; i++) {
    const organisation = random.weighted(offerers);
    const kinds = texts.OFFER_KINDS_BY_ORGANISATION[organisation.kind] ?? ['EXPERTISE'];
    rows.push(
      needOrOffer(random, texts.OFFER_TITLES, random.pick(kinds), {
        organisationId: organisation.id,
        theme: random.chance(0.8) ? random.pick(organisation.themes) : null,
        municipalityCode: organisation.national ? null : organisation.municipalityCode,
        description: organisation.description,
        ageMinutes: random.int(0, 300 * MINUTES_PER_DAY),
      }),
    );
  }
  return rows;
}

function needOrOffer(
  random: Random,
  titles: Record<NeedOfferKind, string[]>,
  kind: NeedOfferKind,
  row: Pick<NeedOfferRow, 'organisationId' | 'theme' | 'municipalityCode' | 'description' | 'ageMinutes'> & {
    initiativeId?: string | null;
  },
): NeedOfferRow {
  // People and places are counted; money is an amount; advice, a venue or media attention are just asked for.
  const counted = kind === 'VOLUNTEERS' || kind === 'JOBS_INTERNSHIPS';
  const quantity = random.int(2, 20);
  return {
    id: random.uuid(),
    kind,
    title: fill(random.pick(titles[kind]), { aantal: String(quantity) }),
    quantity: counted ? quantity : null,
    amount: kind === 'FUNDING' ? random.int(2, 100) * 500 : null,
    status: random.chance(0.85) ? 'OPEN' : 'CLOSED',
    ...row,
  };
}

// ---------------------------------------------------------------------------------------------
// Writing

export type SeedProgress = (step: string, done: number, total: number) => void;

const BATCH = 1000;

/**
 * Writes the registry in batches of 1000 rows (one `INSERT … SELECT FROM jsonb_to_recordset` each),
 * inside the caller's transaction. Timestamps are relative to now: `ageMinutes` ago.
 */
export async function insertRegistry(tx: EntityManager, data: RegistryData, onProgress: SeedProgress = () => {}): Promise<void> {
  const total = data.organisations.length + data.fundProfiles.length + data.initiatives.length + data.needs.length + data.offers.length;
  let done = 0;
  const write = async (step: string, rows: object[], sql: string) => {
    for (let i = 0; i < rows.length; i += BATCH) {
      const batch = rows.slice(i, i + BATCH);
      await tx.query(sql, [JSON.stringify(batch)]);
      done += batch.length;
      onProgress(step, done, total);
    }
  };
  onProgress('organisations', 0, total);
  await write(
    'organisations',
    data.organisations,
    `INSERT INTO organisation (id, kind, name, description, website, contact_email, contact_phone, municipality_code, logo_url, kvk_number, rsin,
                               anbi, migrant_led, themes, municipality_codes, province_codes, national, created_at, updated_at)
     SELECT id, kind, name, description, website, "contactEmail", "contactPhone", "municipalityCode", "logoUrl", "kvkNumber", rsin,
            anbi, "migrantLed", themes, "municipalityCodes", "provinceCodes", national, now() - "ageMinutes" * interval '1 minute', now() - "ageMinutes" * interval '1 minute'
       FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, kind text, name text, description text, website text, "contactEmail" text, "contactPhone" text,
            "municipalityCode" text, "logoUrl" text, "kvkNumber" text, rsin text, anbi boolean, "migrantLed" boolean, themes text[],
            "municipalityCodes" text[], "provinceCodes" text[], national boolean, "ageMinutes" int)`,
  );
  await write(
    'fund profiles',
    data.fundProfiles,
    `INSERT INTO fund_profile (organisation_id, themes, municipality_codes, province_codes, national, min_grant, max_grant, budget_available, description, match_weights,
                               target_groups, horizon_months)
     SELECT "organisationId", themes, "municipalityCodes", "provinceCodes", national, "minGrant", "maxGrant", "budgetAvailable", description, "matchWeights",
            COALESCE("targetGroups", '{}'), COALESCE("horizonMonths", 12)
       FROM jsonb_to_recordset($1::jsonb) AS r("organisationId" uuid, themes text[], "municipalityCodes" text[], "provinceCodes" text[], national boolean,
            "minGrant" int, "maxGrant" int, "budgetAvailable" int, description text, "matchWeights" jsonb, "targetGroups" text[], "horizonMonths" int)`,
  );
  await write(
    'initiatives',
    data.initiatives,
    `INSERT INTO initiative (id, organisation_id, title, summary, description, status, themes, municipality_codes, national, target_groups,
                             budget_requested, co_funding_secured, starts_on, ends_on, published_at, closed_at, created_at, updated_at)
     SELECT id, "organisationId", title, summary, description, status, themes, "municipalityCodes", national, "targetGroups",
            "budgetRequested", "coFundingSecured", "startsOn", "endsOn",
            CASE WHEN status <> 'DRAFT' THEN now() - ("ageMinutes" / 2) * interval '1 minute' END,
            CASE WHEN status = 'CLOSED' THEN now() - ("ageMinutes" / 4) * interval '1 minute' END,
            now() - "ageMinutes" * interval '1 minute', now() - ("ageMinutes" / 4) * interval '1 minute'
       FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, "organisationId" uuid, title text, summary text, description text, status text, themes text[],
            "municipalityCodes" text[], national boolean, "targetGroups" text[], "budgetRequested" int, "coFundingSecured" int, "startsOn" date,
            "endsOn" date, "ageMinutes" int)`,
  );
  for (const [table, rows] of [
    ['need', data.needs],
    ['offer', data.offers],
  ] as const) {
    const needs = table === 'need';
    await write(
      `${table}s`,
      rows,
      `INSERT INTO ${table} (id, organisation_id, ${needs ? 'initiative_id, ' : ''}kind, title, description, theme, municipality_code, quantity, amount,
                             status, closed_at, created_at, updated_at)
       SELECT id, "organisationId", ${needs ? '"initiativeId", ' : ''}kind, title, description, theme, "municipalityCode", quantity, amount,
              status, CASE WHEN status = 'CLOSED' THEN now() - ("ageMinutes" / 3) * interval '1 minute' END,
              now() - "ageMinutes" * interval '1 minute', now() - ("ageMinutes" / 3) * interval '1 minute'
         FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, "organisationId" uuid, "initiativeId" uuid, kind text, title text, description text, theme text,
              "municipalityCode" text, quantity int, amount int, status text, "ageMinutes" int)`,
    );
  }
}

export interface SeededRegistry {
  /** The ids of the organisations created, per kind (e.g. for demo accounts to join). */
  organisations: Record<OrganisationKind, string[]>;
  counts: { organisations: number; fundProfiles: number; initiatives: number; needs: number; offers: number };
}

/** Generates and writes the demo registry in the caller's transaction. */
export async function seedRegistry(
  tx: EntityManager,
  options: { seed?: number; size?: RegistrySize; onProgress?: SeedProgress } = {},
): Promise<SeededRegistry> {
  const data = generateRegistry(options.seed ?? DEMO_SEED, options.size ?? DEMO_SIZE);
  await insertRegistry(tx, data, options.onProgress);
  const organisations = Object.fromEntries(
    ORGANISATION_KINDS.map((kind) => [kind, data.organisations.filter((o) => o.kind === kind).map((o) => o.id)]),
  ) as Record<OrganisationKind, string[]>;
  return {
    organisations,
    counts: {
      organisations: data.organisations.length,
      fundProfiles: data.fundProfiles.length,
      initiatives: data.initiatives.length,
      needs: data.needs.length,
      offers: data.offers.length,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Small helpers

function fill(pattern: string, values: Record<string, string>): string {
  return pattern.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

function slugOf(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, 'en')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}

/** 8 random digits and the check digit that makes the eleven test pass. */
function rsin(random: Random): string {
  for (;;) {
    const digits = Array.from({ length: 8 }, () => random.int(0, 9));
    const sum = digits.reduce((total, digit, i) => total + digit * (9 - i), 0);
    const check = sum % 11;
    const candidate = `${digits.join('')}${check}`;
    if (check < 10 && passesElevenTest(candidate)) return candidate;
  }
}

/** "a, b en c" */
const listed = (items: string[]) => (items.length > 1 ? `${items.slice(0, -1).join(', ')} en ${items.at(-1)}` : (items[0] ?? ''));

const sortThemes = (themes: ThemeSlug[]) => [...themes].sort((a, b) => THEME_SLUGS.indexOf(a) - THEME_SLUGS.indexOf(b));
const sortTargetGroups = (groups: TargetGroupSlug[]) =>
  [...groups].sort((a, b) => TARGET_GROUP_SLUGS.indexOf(a) - TARGET_GROUP_SLUGS.indexOf(b));
const euro = (amount: number) => amount.toLocaleString('nl-NL');

function firstOfMonth(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1));
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

function addMonths(date: Date, months: number): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, date.getUTCDate()));
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10);
