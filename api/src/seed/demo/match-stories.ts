import type { TargetGroupSlug, ThemeSlug } from '@koppel/reference-data';

// The parts of registry.ts's rows this file rewrites (declared here: registry.ts calls this file).
interface StoryData {
  organisations: { id: string; kind: string }[];
  fundProfiles: FundProfileRow[];
  initiatives: InitiativeRow[];
}
interface FundProfileRow {
  organisationId: string;
  themes: ThemeSlug[];
  municipalityCodes: string[];
  provinceCodes: string[];
  national: boolean;
  minGrant: number;
  maxGrant: number;
  budgetAvailable: number;
  description: string;
  targetGroups?: TargetGroupSlug[];
  horizonMonths?: number;
}
interface InitiativeRow {
  id: string;
  organisationId: string;
  title: string;
  summary: string;
  description: string;
  status: string;
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

const LONG =
  ' Het project werkt met vaste vrijwilligers en professionals, meet wat het oplevert en deelt wat het leert met andere organisaties in de regio.' +
  ' Deelnemers denken mee over de opzet; een klankbordgroep van ervaringsdeskundigen volgt het werk.';

/**
 * Two funds whose matches tell a story, on top of the generated registry (same numbers of rows: the
 * first two funds and six published initiatives are rewritten). A national trauma fund (the demo account
 * fonds@koppel.demo owns it) finds a national trauma programme first, a Rotterdam women's group next,
 * and an EDMR clinic that asks far more than it grants last. A regional education fund in Utrecht finds
 * a homework class in Utrecht first, language coaches in Amersfoort (same province) next, and a
 * language café in Groningen (outside its regions) below them.
 */
export function tellMatchStories(data: StoryData, today: Date): void {
  const funds = data.organisations.filter((o) => o.kind === 'FUND');
  const [trauma, education] = funds;
  const profileOf = (id: string) => data.fundProfiles.find((p) => p.organisationId === id) as FundProfileRow;
  if (!trauma || !education) return;
  Object.assign(trauma, {
    name: 'Landelijk Fonds Trauma en Veerkracht',
    themes: ['TRAUMA_CARE'],
    national: true,
    municipalityCodes: [],
    provinceCodes: [],
  });
  Object.assign(profileOf(trauma.id), {
    themes: ['TRAUMA_CARE'],
    national: true,
    municipalityCodes: [],
    provinceCodes: [],
    targetGroups: ['ASYLUM_SEEKERS', 'STATUSHOUDERS'],
    minGrant: 10_000,
    maxGrant: 75_000,
    budgetAvailable: 900_000,
    horizonMonths: 12,
    description:
      'Wij financieren psychosociale hulp, traumaverwerking en veerkracht voor vluchtelingen, asielzoekers en statushouders, in heel Nederland.',
  } satisfies Partial<FundProfileRow>);
  Object.assign(education, { name: 'Utrechts Onderwijsfonds', themes: ['EDUCATION'], national: false, municipalityCode: 'GM0344' });
  Object.assign(profileOf(education.id), {
    themes: ['EDUCATION'],
    national: false,
    municipalityCodes: ['GM0344'],
    provinceCodes: ['PV26'],
    targetGroups: ['STATUSHOUDERS', 'CHILDREN_AND_YOUTH'],
    minGrant: 5_000,
    maxGrant: 40_000,
    budgetAvailable: 250_000,
    horizonMonths: 12,
    description:
      'Wij steunen onderwijs, huiswerkbegeleiding en taalcoaching voor kinderen en jongeren van statushouders in de stad en de provincie Utrecht.',
  } satisfies Partial<FundProfileRow>);

  const start = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, 1));
  const date = (months: number) => new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, 1)).toISOString().slice(0, 10);
  const stories: Omit<InitiativeRow, 'id' | 'organisationId' | 'ageMinutes' | 'status'>[] = [
    {
      title: 'Veerkracht na de vlucht',
      summary:
        'Landelijk programma voor traumaverwerking en psychosociale hulp aan vluchtelingen en statushouders, met getrainde ervaringsdeskundigen.',
      description: `Traumaverwerking en veerkracht voor vluchtelingen en asielzoekers in heel Nederland.${LONG}`,
      themes: ['TRAUMA_CARE'],
      municipalityCodes: [],
      national: true,
      targetGroups: ['ASYLUM_SEEKERS', 'STATUSHOUDERS'],
      budgetRequested: 60_000,
      coFundingSecured: 15_000,
      startsOn: date(0),
      endsOn: date(10),
    },
    {
      title: 'Praatgroepen voor vluchtelingenvrouwen Rotterdam',
      summary: 'Wekelijkse praatgroepen waarin vrouwen met een vluchtverhaal steun vinden bij elkaar en bij een psycholoog.',
      description: `Psychosociale steun voor vrouwen na de vlucht.${LONG}`,
      themes: ['TRAUMA_CARE'],
      municipalityCodes: ['GM0599'],
      national: false,
      targetGroups: ['WOMEN', 'STATUSHOUDERS'],
      budgetRequested: 18_000,
      coFundingSecured: 0,
      startsOn: date(1),
      endsOn: date(12),
    },
    {
      title: 'EMDR-kliniek voor asielzoekers',
      summary: 'Een eigen kliniek voor traumabehandeling met EMDR bij asielzoekers, met een team van twaalf therapeuten.',
      description: `Traumabehandeling voor asielzoekers.${LONG}`,
      themes: ['TRAUMA_CARE'],
      municipalityCodes: ['GM0363'],
      national: false,
      targetGroups: ['ASYLUM_SEEKERS'],
      budgetRequested: 450_000,
      coFundingSecured: 50_000,
      startsOn: date(2),
      endsOn: date(26),
    },
    {
      title: 'Huiswerkklas Kanaleneiland',
      summary: 'Huiswerkbegeleiding en taalcoaching voor kinderen en jongeren van statushouders in Utrecht, vier middagen per week.',
      description: `Onderwijs en huiswerkbegeleiding voor kinderen van statushouders.${LONG}`,
      themes: ['EDUCATION'],
      municipalityCodes: ['GM0344'],
      national: false,
      targetGroups: ['CHILDREN_AND_YOUTH', 'STATUSHOUDERS'],
      budgetRequested: 25_000,
      coFundingSecured: 5_000,
      startsOn: date(0),
      endsOn: date(9),
    },
    {
      title: 'Taalcoaches Amersfoort',
      summary: 'Vrijwillige taalcoaches oefenen wekelijks Nederlands met statushouders en hun kinderen in de bibliotheek van Amersfoort.',
      description: `Taalcoaching voor statushouders.${LONG}`,
      themes: ['EDUCATION'],
      municipalityCodes: ['GM0307'],
      national: false,
      targetGroups: ['STATUSHOUDERS'],
      budgetRequested: 20_000,
      coFundingSecured: 2_000,
      startsOn: date(1),
      endsOn: date(11),
    },
    {
      title: 'Taalcafé Groningen',
      summary: 'Een wekelijks taalcafé waar statushouders en buurtbewoners samen Nederlands spreken, met vrijwillige taalcoaches.',
      description: `Taalcoaching en ontmoeting.${LONG}`,
      themes: ['EDUCATION'],
      municipalityCodes: ['GM0014'],
      national: false,
      targetGroups: ['STATUSHOUDERS'],
      budgetRequested: 20_000,
      coFundingSecured: 2_000,
      startsOn: date(1),
      endsOn: date(11),
    },
  ];
  const published = data.initiatives.filter((i) => i.status === 'PUBLISHED');
  stories.forEach((story, index) => {
    const row = published[index];
    if (row) Object.assign(row, story);
  });
}
