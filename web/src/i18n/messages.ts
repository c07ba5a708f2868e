import type { ThemeSlug } from '../gql/graphql';

export const languages = ['nl', 'en'] as const;
export type Language = (typeof languages)[number];

/** Every text of the web app, in Dutch and in English. Texts that come from the API follow Accept-Language instead. */
export interface Messages {
  /** BCP 47 locale for numbers and sorting. */
  locale: string;
  languageName: string;
  languageSwitch: string;
  skipToContent: string;
  documentTitle: string;
  mainNavigation: string;
  graphqlApi: string;
  introTitle: string;
  introLead: string;
  introBody: string;
  themesTitle: string;
  themesIntro: string;
  themeDescriptions: Record<ThemeSlug, string>;
  municipalitiesTitle: string;
  municipalitiesIntro(municipalities: number, provinces: number): string;
  searchLabel: string;
  searchHint: string;
  provinceLabel: string;
  allProvinces: string;
  provincesTitle: string;
  provinceMunicipalities(count: number): string;
  provinceResidents(population: string): string;
  municipalitiesInProvince(province: string): string;
  searchResultsFor(search: string): string;
  searchResultsIn(search: string, province: string): string;
  resultCount(count: number): string;
  noResults: string;
  backToProvinces: string;
  clearSearch: string;
  columnMunicipality: string;
  columnProvince: string;
  columnPopulation: string;
  populationNote: string;
  loading: string;
  loadFailed: string;
  retry: string;
  footerAbout: string;
  /** Followed by the attribution the CBS licence requires, in Dutch in both languages: “Bron: CBS”. */
  footerData: string;
  footerLicence: string;
  licenceUrl: string;
  footerApi: string;
}

const nl: Messages = {
  locale: 'nl-NL',
  languageName: 'Nederlands',
  languageSwitch: 'Taal',
  skipToContent: 'Naar de inhoud',
  documentTitle: 'Koppel — samen sterker voor nieuwkomers',
  mainNavigation: 'Hoofdmenu',
  graphqlApi: 'GraphQL API',
  introTitle: 'Samen sterker voor nieuwkomers',
  introLead:
    'Koppel verbindt vermogensfondsen, maatschappelijke organisaties, gemeenten, bedrijven, overheid en migranteninitiatieven die werken aan de integratie en participatie van statushouders en mensen met een migratieachtergrond.',
  introBody:
    'Fondsen zien welke initiatieven er zijn en waarom die bij hen passen. Initiatieven worden gevonden en vinden passende fondsen en oproepen. Gemeenten organiseren lokale tafels met de juiste partijen, en iedereen ziet welk thema waar nog onderbelicht is.',
  themesTitle: 'Vijf thema’s',
  themesIntro: 'Al het werk in Koppel hoort bij een of meer van deze thema’s.',
  themeDescriptions: {
    EDUCATION: 'Taal, inburgering en doorstroom naar school, opleiding en studie.',
    LABOUR_MARKET: 'Werk, stages en begeleiding naar een passende baan.',
    TRAUMA_CARE: 'Psychosociale steun en toegankelijke geestelijke gezondheidszorg.',
    VOLUNTEERING: 'Nieuwkomers en vrijwilligers bij elkaar brengen, en meedoen als vrijwilliger.',
    PUBLIC_PERCEPTION: 'Een eerlijk beeld van nieuwkomers in media, politiek en samenleving.',
  },
  municipalitiesTitle: 'Gemeenten',
  municipalitiesIntro: (municipalities, provinces) =>
    `Koppel kent alle ${municipalities} gemeenten in de ${provinces} provincies. Zoek een gemeente of kies een provincie.`,
  searchLabel: 'Zoek een gemeente',
  searchHint: 'Hoofdletters en accenten maken niet uit.',
  provinceLabel: 'Provincie',
  allProvinces: 'Alle provincies',
  provincesTitle: 'Provincies',
  provinceMunicipalities: (count) => (count === 1 ? '1 gemeente' : `${count} gemeenten`),
  provinceResidents: (population) => `${population} inwoners`,
  municipalitiesInProvince: (province) => `Gemeenten in ${province}`,
  searchResultsFor: (search) => `Gemeenten met ‘${search}’`,
  searchResultsIn: (search, province) => `Gemeenten met ‘${search}’ in ${province}`,
  resultCount: (count) => (count === 1 ? '1 gemeente gevonden' : `${count} gemeenten gevonden`),
  noResults: 'Geen gemeente gevonden. Controleer de spelling of kies een andere provincie.',
  backToProvinces: 'Alle provincies tonen',
  clearSearch: 'Zoekopdracht wissen',
  columnMunicipality: 'Gemeente',
  columnProvince: 'Provincie',
  columnPopulation: 'Inwoners',
  populationNote: 'Aantal inwoners op 1 januari 2024.',
  loading: 'Laden…',
  loadFailed: 'Dit kon niet worden geladen.',
  retry: 'Opnieuw proberen',
  footerAbout:
    'Koppel is open-source software van een alliantie van fondsen, maatschappelijke organisaties, gemeenten, bedrijven en migranteninitiatieven.',
  footerData: 'Gegevens over gemeenten en provincies',
  footerLicence: 'licentie CC BY 4.0',
  licenceUrl: 'https://creativecommons.org/licenses/by/4.0/deed.nl',
  footerApi: 'Voor ontwikkelaars:',
};

const en: Messages = {
  locale: 'en-GB',
  languageName: 'English',
  languageSwitch: 'Language',
  skipToContent: 'Skip to content',
  documentTitle: 'Koppel — stronger together for newcomers',
  mainNavigation: 'Main menu',
  graphqlApi: 'GraphQL API',
  introTitle: 'Stronger together for newcomers',
  introLead:
    'Koppel links philanthropic funds, NGOs, municipalities, companies, government and migrant-led initiatives working on the integration and participation of refugees with a residence permit and people with a migration background.',
  introBody:
    'Funds see which initiatives exist and why they fit. Initiatives get found and discover fitting funds and calls for proposals. Municipalities organise local round-tables with the right parties, and everyone sees which theme is still uncovered where.',
  themesTitle: 'Five themes',
  themesIntro: 'All work in Koppel belongs to one or more of these themes.',
  themeDescriptions: {
    EDUCATION: 'Language, civic integration and progression into school, training and higher education.',
    LABOUR_MARKET: 'Jobs, internships and guidance towards suitable work.',
    TRAUMA_CARE: 'Psychosocial support and accessible mental-health care.',
    VOLUNTEERING: 'Bringing newcomers and volunteers together, and taking part as a volunteer.',
    PUBLIC_PERCEPTION: 'A fair picture of newcomers in the media, politics and society.',
  },
  municipalitiesTitle: 'Municipalities',
  municipalitiesIntro: (municipalities, provinces) =>
    `Koppel knows all ${municipalities} municipalities in the ${provinces} provinces. Search for a municipality or choose a province.`,
  searchLabel: 'Search for a municipality',
  searchHint: 'Capitals and accents do not matter.',
  provinceLabel: 'Province',
  allProvinces: 'All provinces',
  provincesTitle: 'Provinces',
  provinceMunicipalities: (count) => (count === 1 ? '1 municipality' : `${count} municipalities`),
  provinceResidents: (population) => `${population} residents`,
  municipalitiesInProvince: (province) => `Municipalities in ${province}`,
  searchResultsFor: (search) => `Municipalities matching ‘${search}’`,
  searchResultsIn: (search, province) => `Municipalities matching ‘${search}’ in ${province}`,
  resultCount: (count) => (count === 1 ? '1 municipality found' : `${count} municipalities found`),
  noResults: 'No municipality found. Check the spelling or choose another province.',
  backToProvinces: 'Show all provinces',
  clearSearch: 'Clear search',
  columnMunicipality: 'Municipality',
  columnProvince: 'Province',
  columnPopulation: 'Residents',
  populationNote: 'Residents on 1 January 2024.',
  loading: 'Loading…',
  loadFailed: 'This could not be loaded.',
  retry: 'Try again',
  footerAbout: 'Koppel is open-source software of an alliance of funds, NGOs, municipalities, companies and migrant-led initiatives.',
  footerData: 'Municipality and province data',
  footerLicence: 'licence CC BY 4.0',
  licenceUrl: 'https://creativecommons.org/licenses/by/4.0/deed.en',
  footerApi: 'For developers:',
};

export const messages: Record<Language, Messages> = { nl, en };
