import type { TargetGroupSlug, ThemeSlug } from '@koppel/reference-data';
import type { NeedOfferKind } from '../../needs-offers/needs-offers.entity.js';

/**
 * The words the demo registry is composed from: names, titles, summaries and descriptions that read
 * as real Dutch. `{plaats}` is a municipality name; `{aantal}` a number.
 */

export const NGO_NAMES = [
  'Taalmaatjes {plaats}',
  'Stichting Nieuwe Buren {plaats}',
  'Vluchtelingensteun {plaats}',
  'Buurtwerk Samen {plaats}',
  'Stichting Welkom in {plaats}',
  'Huis van de Wijk {plaats}',
  'Maatjesproject {plaats}',
  'Stichting Wereldkeuken {plaats}',
  'Taalhuis {plaats}',
  'Vrouwencentrum {plaats}',
  'Jongerenwerk Kansrijk {plaats}',
  'Stichting Samen Thuis {plaats}',
  'Stichting Thuis in de Buurt {plaats}',
  'Stichting Open Armen {plaats}',
  'Participatiewerk {plaats}',
];

export const MIGRANT_LED_NAMES = [
  'Syrische Gemeenschap {plaats}',
  'Eritrese Vrouwen {plaats}',
  'Stichting Afghaanse Jongeren {plaats}',
  'Oekraïens Huis {plaats}',
  'Somalische Ouders {plaats}',
  'Stichting Nieuwe Nederlanders {plaats}',
  'Koerdisch Cultureel Centrum {plaats}',
  'Stichting Eigen Kracht {plaats}',
  'Jemenitische Gemeenschap {plaats}',
  'Stichting Ubuntu {plaats}',
  'Iraanse Vrouwenvereniging {plaats}',
  'Stichting Brug naar Werk {plaats}',
];

export const FUND_NAMES = [
  'Fonds Samen Verder',
  'Stichting Kansrijk Fonds',
  'Oranjebrug Fonds',
  'Fonds Nieuwe Wortels',
  'Stichting De Open Deur',
  'Het Bruggenfonds',
  'Fonds Taal & Toekomst',
  'Stichting Welkom Thuis',
  'Noorderlicht Fonds',
  'Fonds Eerlijke Kansen',
  'Stichting Horizonfonds',
  'Fonds Gedeelde Toekomst',
  'Stichting Vrienden van Nieuwkomers',
  'Fonds Sterke Start',
  'Stichting Gelijke Kansen',
  'Regiofonds Oost',
  'Fonds Samenleven Zuid',
  'Stichting Toekomstbouwers',
  'Fonds Thuis in de Wijk',
  'Stichting Het Vaste Anker',
  'Lindeboom Fonds',
  'Fonds De Lange Adem',
];

export const COMPANY_NAMES = [
  'Bouwbedrijf Van der Meer {plaats}',
  'Installatietechniek {plaats}',
  'Zorggroep De Linde {plaats}',
  'Logistiek Centrum {plaats}',
  'Schoonmaakbedrijf Glans {plaats}',
  'Horecagroep De Smaak {plaats}',
  'Techniekbedrijf Hollands Glorie {plaats}',
  'ICT-bureau Bits & Bytes {plaats}',
  'Metaalbewerking Staal & Co {plaats}',
  'Kwekerij De Groene Vinger {plaats}',
  'Uitzendbureau WerkVerbindt {plaats}',
  'Supermarkt De Buurtwinkel {plaats}',
];

export const GOVERNMENT_NAMES = [
  'Provincie {provincie} (programma inburgering)',
  'Regionaal Werkbedrijf {plaats}',
  'Werkplein {plaats}',
  'GGD-regio {plaats}',
];

export const KNOWLEDGE_NAMES = [
  'Lectoraat Integratie, Hogeschool {plaats}',
  'Kenniscentrum Diversiteit {plaats}',
  'Migratiestudies, Universiteit {plaats}',
  'Onderzoeksbureau Nieuwe Wegen {plaats}',
  'Expertisecentrum Taal {plaats}',
];

/** Districts that keep names unique when a town has several organisations of one pattern. */
export const DISTRICTS = ['Noord', 'Zuid', 'Oost', 'West', 'Centrum', 'Stad', 'Regio'];

export const ORGANISATION_DESCRIPTIONS: Record<string, string[]> = {
  NGO: [
    'Wij brengen nieuwkomers en buurtbewoners bij elkaar, met vrijwilligers uit de wijk en een klein vast team.',
    'Al meer dan tien jaar helpen wij statushouders hun weg te vinden in {plaats}: taal, werk, school en vrije tijd.',
    'Onze vrijwilligers begeleiden vluchtelingen in de eerste jaren na de verhuizing naar {plaats}.',
    'Een maatschappelijke organisatie die werkt aan meedoen: iedereen hoort erbij, ook wie net nieuw is.',
  ],
  INITIATIVE: [
    'Opgericht door nieuwkomers zelf: wij weten uit ervaring wat helpt, en spreken de talen van de mensen die we steunen.',
    'Een zelforganisatie van en voor mensen met een vluchtverhaal in {plaats}, gedragen door ervaringsdeskundigen.',
    'Wij organiseren ontmoeting, steun en activiteiten in de eigen taal, en slaan een brug naar instanties.',
  ],
  FUND: [
    'Een vermogensfonds dat kansen voor nieuwkomers vergroot, met aandacht voor wat in de praktijk werkt.',
    'Wij steunen initiatieven die nieuwkomers en gevestigde Nederlanders verbinden, bij voorkeur samen met andere fondsen.',
    'Ons fonds investeert in meedoen: taal, werk en welzijn van statushouders en hun gezinnen.',
  ],
  MUNICIPALITY: [
    'De gemeente {plaats} werkt met partners in de stad aan inburgering, werk en welzijn van statushouders.',
    'Team Inburgering van de gemeente {plaats}: regie op de brede intake, de leerroutes en de lokale tafels.',
  ],
  COMPANY: [
    'Wij bieden werkervaringsplekken, stages en banen aan nieuwkomers, met een vaste werkbegeleider.',
    'Als werkgever in {plaats} investeren wij in talent van nieuwkomers: met taal op de werkvloer en een mentor.',
  ],
  GOVERNMENT: [
    'Wij verbinden werkgevers, gemeenten en opleiders om nieuwkomers sneller aan passend werk te helpen.',
    'Een publieke organisatie die samenwerking in de regio aanjaagt en kennis deelt over wat werkt.',
  ],
  KNOWLEDGE_INSTITUTE: [
    'Wij doen praktijkgericht onderzoek naar integratie en delen de uitkomsten met gemeenten en organisaties.',
    'Onderzoek en advies over inburgering, taalverwerving en arbeidsmarkttoeleiding van statushouders.',
  ],
};

/** Initiatives per theme: a title with summaries that fit it. */
export const INITIATIVES: Record<ThemeSlug, { title: string; summaries: string[] }[]> = {
  EDUCATION: [
    {
      title: 'Taalcafé {plaats}',
      summaries: [
        'Statushouders oefenen elke week Nederlands met een vrijwillige taalcoach, in de bibliotheek van {plaats}.',
        'Elke dinsdagavond een taalcafé: nieuwkomers en buren praten Nederlands aan tafels van vier, met een taalcoach erbij.',
      ],
    },
    {
      title: 'Huiswerkklas voor nieuwkomers',
      summaries: ['Jonge nieuwkomers krijgen na schooltijd hulp bij huiswerk en begrijpend lezen, van studenten uit de buurt.'],
    },
    {
      title: 'Taalmaatjes {plaats}',
      summaries: [
        'Een taalcoach per deelnemer: samen boodschappen doen, formulieren invullen en oefenen voor het inburgeringsexamen.',
        'Vrijwilligers en statushouders vormen een taalduo en spreken een jaar lang elke week af in {plaats}.',
      ],
    },
    {
      title: 'Ouders in de klas',
      summaries: ['Ouders met een migratieachtergrond leren hoe het Nederlandse onderwijs werkt en praten mee op school.'],
    },
    {
      title: 'Digitale vaardigheden voor statushouders',
      summaries: ['In tien lessen leren nieuwkomers werken met DigiD, de mail van school en de app van de huisarts.'],
    },
    {
      title: 'Zomerschool Nederlands',
      summaries: ['Drie zomerweken les en uitjes voor kinderen van vluchtelingen, zodat ze hun Nederlands niet kwijtraken.'],
    },
    {
      title: 'Voorleesouders in de wijk',
      summaries: ['Vrijwilligers lezen thuis voor in gezinnen van nieuwkomers en laten zien hoe je samen een boek leest.'],
    },
    {
      title: 'Taalcoaching op de werkvloer',
      summaries: ['Een taalcoach oefent met nieuwkomers de taal van hun vak, op de werkplek en met de collega’s erbij.'],
    },
  ],
  LABOUR_MARKET: [
    {
      title: 'Werkervaringsplekken in de techniek',
      summaries: ['Werkgevers in {plaats} bieden {aantal} leerwerkplekken aan; wij zorgen voor matching en begeleiding.'],
    },
    {
      title: 'Van inburgering naar werk',
      summaries: ['Nieuwkomers lopen een half jaar mee in een bedrijf, met taal op de werkvloer en een vaste werkbegeleider.'],
    },
    {
      title: 'Diploma-erkenning en bijscholing',
      summaries: ['Statushouders met een diploma uit het land van herkomst krijgen hulp bij erkenning en een passende bijscholing.'],
    },
    {
      title: 'Jobcoaching voor statushouders',
      summaries: ['Een jobcoach begeleidt vluchtelingen van de eerste sollicitatie tot en met het eerste jaar in een baan.'],
    },
    {
      title: 'Leerwerktraject zorg',
      summaries: ['Twee jaar leren en werken in de ouderenzorg, met een contract vanaf dag één en een mentor op de afdeling.'],
    },
    {
      title: 'Ondernemersbegeleiding voor nieuwkomers',
      summaries: ['Nieuwkomers met een ondernemersplan krijgen een coach, een cursus boekhouden en hulp bij de vergunningen.'],
    },
    {
      title: 'Mentor aan het werk',
      summaries: ['Ervaren vakmensen zijn een jaar lang mentor van een nieuwkomer die net aan het werk is.'],
    },
    {
      title: 'Starters in de bouw',
      summaries: ['Een vakopleiding met werkervaring bij bouwbedrijven in {plaats}, voor {aantal} statushouders per jaar.'],
    },
  ],
  TRAUMA_CARE: [
    {
      title: 'Psycho-educatie in de eigen taal',
      summaries: ['In kleine groepen praten vluchtelingen in hun eigen taal over stress, slaap en heimwee, met een getrainde begeleider.'],
    },
    {
      title: 'Sleutelfiguren in de wijk',
      summaries: ['Sleutelfiguren uit de gemeenschap herkennen psychische klachten vroeg en helpen de weg naar zorg te vinden.'],
    },
    {
      title: 'Creatieve therapie voor kinderen',
      summaries: ['Kinderen die de oorlog meemaakten verwerken hun ervaringen met muziek, spel en tekenen.'],
    },
    {
      title: 'Ervaringsdeskundigen in de ggz',
      summaries: ['Ervaringsdeskundigen steunen lotgenoten na de vlucht, in samenwerking met de ggz in {plaats}.'],
    },
    {
      title: 'Lotgenotengroep voor vrouwen',
      summaries: ['Vrouwen met een vluchtverhaal komen elke week samen om steun te vinden bij elkaar, met een vrouwelijke begeleider.'],
    },
    {
      title: 'Praatgroep voor vaders',
      summaries: ['Vaders praten over opvoeden in een nieuw land en over wat de vlucht met hun gezin heeft gedaan.'],
    },
    {
      title: 'Traumasensitief lesgeven',
      summaries: ['Leerkrachten in {plaats} leren signalen van trauma herkennen en hun les daarop afstemmen.'],
    },
    {
      title: 'Steunpunt welzijn {plaats}',
      summaries: ['Een vast inloopspreekuur waar vluchtelingen terechtkunnen met zorgen over gezondheid, geld en familie.'],
    },
  ],
  VOLUNTEERING: [
    {
      title: 'Maatjesproject {plaats}',
      summaries: ['Een buurtbewoner en een nieuwkomer vormen een jaar lang een duo: samen de stad leren kennen en een netwerk bouwen.'],
    },
    {
      title: 'Vrijwilligerswerk als opstap',
      summaries: ['Statushouders doen vrijwilligerswerk bij sportclubs en buurthuizen, als opstap naar betaald werk.'],
    },
    {
      title: 'Samen koken, samen eten',
      summaries: ['Elke maand koken nieuwkomers en buren samen een maaltijd uit een ander land, voor {aantal} gasten.'],
    },
    {
      title: 'Welkomstteam {plaats}',
      summaries: ['Een welkomstteam van vrijwilligers vangt nieuwe inwoners van {plaats} op in hun eerste weken.'],
    },
    {
      title: 'Fietsmaatjes {plaats}',
      summaries: ['Vrijwilligers leren volwassen nieuwkomers fietsen en gaan daarna samen op pad door de regio.'],
    },
    {
      title: 'Moestuin van de wereld',
      summaries: ['Nieuwkomers en buren verbouwen samen groente in een buurtmoestuin en delen de oogst.'],
    },
    {
      title: 'Samen naar de sportclub',
      summaries: ['Kinderen van vluchtelingen gaan met een sportmaatje naar de club, tot ze er zelf de weg weten.'],
    },
    {
      title: 'Klusjesdienst door statushouders',
      summaries: ['Statushouders helpen ouderen in de wijk met kleine klussen, en bouwen zo een netwerk en werkervaring op.'],
    },
  ],
  PUBLIC_PERCEPTION: [
    {
      title: 'Podcast Nieuw in {plaats}',
      summaries: ['Nieuwkomers vertellen hun verhaal in een podcast en in de lokale krant, om beeldvorming een gezicht te geven.'],
    },
    {
      title: 'Gastlessen op scholen',
      summaries: ['Gastlessen op middelbare scholen, gegeven door vluchtelingen zelf, over vlucht, aankomst en meedoen.'],
    },
    {
      title: 'Levende bibliotheek {plaats}',
      summaries: ['Een levende bibliotheek waar bezoekers een gesprek "lenen" met een statushouder uit {plaats}.'],
    },
    {
      title: 'Feiten en fabels over vluchtelingen',
      summaries: ['Feiten over migratie en integratie, helder uitgelegd voor journalisten, politici en inwoners.'],
    },
    {
      title: 'Fototentoonstelling Thuis',
      summaries: ['Portretten van nieuwkomers in hun nieuwe huis, met hun eigen woorden erbij, in bibliotheken door de provincie.'],
    },
    {
      title: 'Theater: Mijn eerste jaar',
      summaries: ['Jonge vluchtelingen maken met een regisseur een voorstelling over hun eerste jaar in Nederland.'],
    },
    {
      title: 'Ontmoetingsdiner in de wijk',
      summaries: ['Buurtbewoners die elkaar nog niet kennen eten samen, aan tafels die nieuwkomers en oud-bewoners mengen.'],
    },
    {
      title: 'Mediatraining voor nieuwkomers',
      summaries: ['Nieuwkomers leren hoe ze hun verhaal vertellen aan journalisten, en wat ze beter voor zichzelf houden.'],
    },
  ],
};

export const DESCRIPTION_SENTENCES: Record<ThemeSlug, string[]> = {
  EDUCATION: [
    'Deelnemers volgen het traject naast hun inburgeringscursus.',
    'We werken samen met het taalhuis en de bibliotheek.',
    'Vrijwilligers krijgen een training van drie avonden.',
    'Aan het eind van het jaar halen deelnemers een hoger taalniveau.',
  ],
  LABOUR_MARKET: [
    'We werken met werkgevers uit de regio die al ervaring hebben met nieuwkomers.',
    'Het traject sluit aan op de leerroute van de gemeente.',
    'Een mentor uit het bedrijf is het vaste aanspreekpunt.',
    'Na afloop heeft minstens de helft van de deelnemers werk of een opleiding.',
  ],
  TRAUMA_CARE: [
    'De groepen worden begeleid door een psycholoog en een ervaringsdeskundige.',
    'We werken samen met de huisartsen en de ggz in de regio.',
    'Deelname is vrijwillig en vertrouwelijk.',
    'Ouders krijgen handvatten om hun kinderen te steunen.',
  ],
  VOLUNTEERING: [
    'Duo’s spreken minstens eens per week af.',
    'Een coördinator koppelt de duo’s en houdt contact.',
    'We organiseren elke maand een ontmoeting voor alle deelnemers.',
    'Vrijwilligers komen uit alle wijken van de stad.',
  ],
  PUBLIC_PERCEPTION: [
    'De verhalen worden verzameld door een journalist en een fotograaf.',
    'We werken samen met lokale media en scholen.',
    'Deelnemers bepalen zelf wat ze delen.',
    'Na afloop reist de tentoonstelling langs bibliotheken in de provincie.',
  ],
};

export const TARGET_GROUPS_BY_THEME: Record<ThemeSlug, TargetGroupSlug[]> = {
  EDUCATION: ['STATUSHOUDERS', 'CHILDREN_AND_YOUTH', 'FAMILIES', 'WOMEN'],
  LABOUR_MARKET: ['STATUSHOUDERS', 'MIGRATION_BACKGROUND', 'WOMEN'],
  TRAUMA_CARE: ['STATUSHOUDERS', 'ASYLUM_SEEKERS', 'CHILDREN_AND_YOUTH', 'PROFESSIONALS_AND_VOLUNTEERS'],
  VOLUNTEERING: ['STATUSHOUDERS', 'ASYLUM_SEEKERS', 'FAMILIES', 'MIGRATION_BACKGROUND'],
  PUBLIC_PERCEPTION: ['MIGRATION_BACKGROUND', 'STATUSHOUDERS', 'PROFESSIONALS_AND_VOLUNTEERS'],
};

export const FUND_DESCRIPTIONS: Record<ThemeSlug, string> = {
  EDUCATION: 'taalverwerving, huiswerkbegeleiding en ouderbetrokkenheid',
  LABOUR_MARKET: 'werkervaring, jobcoaching en erkenning van diploma’s',
  TRAUMA_CARE: 'psychosociale steun, lotgenotencontact en toegang tot zorg',
  VOLUNTEERING: 'maatjesprojecten, vrijwilligerswerk en ontmoeting in de buurt',
  PUBLIC_PERCEPTION: 'verhalen van nieuwkomers, gastlessen en evenwichtige berichtgeving',
};

export const NEED_KINDS_BY_THEME: Record<ThemeSlug, NeedOfferKind[]> = {
  EDUCATION: ['VOLUNTEERS', 'VENUE', 'FUNDING', 'EXPERTISE'],
  LABOUR_MARKET: ['JOBS_INTERNSHIPS', 'EXPERTISE', 'FUNDING'],
  TRAUMA_CARE: ['EXPERTISE', 'FUNDING', 'VENUE'],
  VOLUNTEERING: ['VOLUNTEERS', 'VENUE', 'FUNDING'],
  PUBLIC_PERCEPTION: ['MEDIA', 'FUNDING', 'VOLUNTEERS'],
};

export const NEED_TITLES: Record<NeedOfferKind, string[]> = {
  FUNDING: [
    'Bijdrage voor lesmateriaal',
    'Financiering voor het tweede projectjaar',
    'Geld voor reiskosten van deelnemers',
    'Bijdrage voor een coördinator',
  ],
  VOLUNTEERS: [
    '{aantal} vrijwilligers gezocht als taalmaatje',
    '{aantal} buddy’s voor nieuwkomers gezocht',
    'Vrijwilligers voor de kookavonden',
    'Begeleiders voor het sportprogramma',
  ],
  EXPERTISE: [
    'Advies over subsidieaanvragen',
    'Een psycholoog voor de intervisie',
    'Hulp bij het meten van resultaten',
    'Juridisch advies over diploma-erkenning',
  ],
  JOBS_INTERNSHIPS: [
    '{aantal} stageplekken in de zorg',
    '{aantal} leerwerkplekken in de techniek',
    'Werkervaringsplekken in de logistiek',
    'Proefplaatsingen bij werkgevers',
  ],
  VENUE: [
    'Ruimte voor het taalcafé op dinsdagavond',
    'Een zaal voor de slotbijeenkomst',
    'Lokaal voor huiswerkbegeleiding',
    'Keuken voor de kookavonden',
  ],
  MEDIA: [
    'Aandacht in lokale media',
    'Een fotograaf voor de tentoonstelling',
    'Hulp bij een podcastserie',
    'Een journalist die de verhalen optekent',
  ],
};

export const OFFER_TITLES: Record<NeedOfferKind, string[]> = {
  FUNDING: ['Kleine bijdragen tot € 5.000 voor buurtinitiatieven', 'Subsidie voor taalprojecten', 'Startbudget voor nieuwe initiatieven'],
  VOLUNTEERS: [
    'Medewerkers als vrijwillig taalmaatje',
    'Een maatschappelijke dag met ons team',
    'Collega’s als mentor voor jonge nieuwkomers',
  ],
  EXPERTISE: ['Onderzoek naar wat werkt in uw project', 'Advies over fondsenwerving', 'Training traumasensitief werken'],
  JOBS_INTERNSHIPS: [
    '{aantal} leerwerkplekken voor nieuwkomers',
    '{aantal} stageplaatsen met begeleiding',
    'Banen met taal op de werkvloer',
  ],
  VENUE: [
    'Vergaderzaal gratis te gebruiken',
    'Buurthuis beschikbaar op doordeweekse avonden',
    'Kantine als ontmoetingsplek in het weekend',
  ],
  MEDIA: ['Ruimte in ons personeelsblad', 'Podcaststudio beschikbaar', 'Aandacht via onze sociale media'],
};

export const OFFER_KINDS_BY_ORGANISATION: Record<string, NeedOfferKind[]> = {
  COMPANY: ['JOBS_INTERNSHIPS', 'VOLUNTEERS', 'VENUE', 'EXPERTISE'],
  MUNICIPALITY: ['VENUE', 'FUNDING', 'EXPERTISE'],
  FUND: ['FUNDING'],
  KNOWLEDGE_INSTITUTE: ['EXPERTISE', 'MEDIA'],
  GOVERNMENT: ['EXPERTISE', 'JOBS_INTERNSHIPS', 'FUNDING'],
  NGO: ['VOLUNTEERS', 'EXPERTISE', 'VENUE'],
  INITIATIVE: ['VOLUNTEERS', 'EXPERTISE', 'MEDIA'],
};
