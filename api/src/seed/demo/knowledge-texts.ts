import type { ThemeSlug } from '@koppel/reference-data';
import type { Audience, KnowledgeSource, KnowledgeStatus } from '../../knowledge/knowledge.entity.js';
import type { PublicationKind } from '../../publication/publication.entity.js';

/**
 * The demo knowledge library: questions organisations get from journalists, politicians and the public,
 * on the narrative of migration and development cooperation and on the five themes. Demo texts: careful
 * in their claims (no figures the sources would have to carry), with sources pointing at the publishers'
 * own sites.
 */

export interface DemoKnowledgeItem {
  /** Which demo organisation owns it: the NGO the demo accounts belong to, or the knowledge institute. */
  owner: 'NGO' | 'KNOWLEDGE_INSTITUTE' | 'INITIATIVE';
  status: KnowledgeStatus;
  question: string;
  shortAnswer: string;
  longAnswer: string;
  themes: ThemeSlug[];
  audiences: Audience[];
  sources: KnowledgeSource[];
}

const src = (title: string, url: string, publisher: string, year: number | null = null): KnowledgeSource => ({
  title,
  url,
  publisher,
  year,
});

const SCP = src('Syrische statushouders op weg in Nederland', 'https://www.scp.nl/', 'Sociaal en Cultureel Planbureau', 2018);
const WRR = src(
  'Geen tijd verliezen: van opvang naar integratie van asielmigranten',
  'https://www.wrr.nl/',
  'Wetenschappelijke Raad voor het Regeringsbeleid',
  2015,
);
const CBS = src('Asiel en integratie', 'https://www.cbs.nl/', 'Centraal Bureau voor de Statistiek');
const UNHCR = src('Global Trends: Forced Displacement', 'https://www.unhcr.org/', 'UNHCR');
const INBURGERING = src('Inburgering en integratie', 'https://www.rijksoverheid.nl/onderwerpen/inburgering-en-integratie', 'Rijksoverheid');
const ONTWIKKELING = src(
  'Ontwikkelingssamenwerking',
  'https://www.rijksoverheid.nl/onderwerpen/ontwikkelingssamenwerking',
  'Rijksoverheid',
);
const KIS = src('Kennis over samenleven in diversiteit', 'https://www.kis.nl/', 'Kennisplatform Inclusief Samenleven');
const PHAROS = src('Gezondheid van asielzoekers en statushouders', 'https://www.pharos.nl/', 'Pharos');
const ARQ = src('Psychotrauma en vluchtelingen', 'https://www.arq.org/', 'ARQ Nationaal Psychotrauma Centrum');
const DIVOSA = src('Werk en inkomen voor statushouders', 'https://www.divosa.nl/', 'Divosa');
const UWV = src('Werken in Nederland met een verblijfsvergunning', 'https://www.uwv.nl/', 'UWV');
const MOVISIE = src('Vrijwillige inzet en maatjesprojecten', 'https://www.movisie.nl/', 'Movisie');
const NJI = src('Kinderen en jongeren met een vluchtelingenachtergrond', 'https://www.nji.nl/', 'Nederlands Jeugdinstituut');
const VWN = src('Feiten en cijfers over vluchtelingen', 'https://www.vluchtelingenwerk.nl/', 'VluchtelingenWerk Nederland');
const WORLD_BANK = src('Migration and Development Brief', 'https://www.worldbank.org/', 'World Bank');
const OECD = src('International Migration Outlook', 'https://www.oecd.org/', 'OECD');
const PARTOS = src('Samenwerken aan ontwikkeling', 'https://www.partos.nl/', 'Partos');
const NUFFIC = src('Diplomawaardering', 'https://www.nuffic.nl/', 'Nuffic');

export const DEMO_KNOWLEDGE: readonly DemoKnowledgeItem[] = [
  {
    owner: 'NGO',
    status: 'PUBLISHED',
    question: 'Komen de meeste vluchtelingen naar Europa?',
    shortAnswer:
      'Nee. De meeste mensen op de vlucht blijven in eigen land of in een buurland; de meeste vluchtelingen worden opgevangen in lage- en middeninkomenslanden, niet in Europa.',
    longAnswer:
      'Wie vlucht, blijft meestal dicht bij huis: in een andere regio van het eigen land, of net over de grens. **Buurlanden van conflictgebieden** dragen zo de zwaarste last.\n\nVoor het gesprek met media helpt het om dit beeld te schetsen vóór de Nederlandse aantallen: het plaatst de opvang hier in verhouding.',
    themes: ['PUBLIC_PERCEPTION'],
    audiences: ['MEDIA', 'PUBLIC'],
    sources: [UNHCR, VWN],
  },
  {
    owner: 'NGO',
    status: 'PUBLISHED',
    question: 'Remt ontwikkelingssamenwerking migratie af?',
    shortAnswer:
      'Niet op korte termijn. Als een arm land zich ontwikkelt, kunnen méér mensen het zich veroorloven te vertrekken. Ontwikkelingssamenwerking is een doel op zich, geen migratierem.',
    longAnswer:
      'Onderzoek laat zien dat emigratie in de armste landen eerst toeneemt als inkomens stijgen: een reis kost geld, en netwerken en opleiding maken vertrek mogelijk. Pas bij een hoger inkomensniveau neemt emigratie weer af.\n\nWie hulp koppelt aan het tegenhouden van migranten, riskeert dus beide doelen te missen. Beter verdedigbaar:\n\n- hulp gericht op **perspectief in de regio** voor vluchtelingen en gastgemeenschappen;\n- **veilige en legale routes** naast goede opvang;\n- samenwerking met diaspora-organisaties.',
    themes: ['PUBLIC_PERCEPTION'],
    audiences: ['POLITICS', 'MEDIA'],
    sources: [ONTWIKKELING, PARTOS, OECD],
  },
  {
    owner: 'KNOWLEDGE_INSTITUTE',
    status: 'PUBLISHED',
    question: 'Wat sturen migranten naar hun familie in het herkomstland, en waarom doet dat ertoe?',
    shortAnswer:
      'Geldovermakingen van migranten naar lage- en middeninkomenslanden zijn samen groter dan de officiële ontwikkelingshulp. Ze gaan rechtstreeks naar gezinnen: voor school, zorg en een eigen bedrijf.',
    longAnswer:
      'Overmakingen (*remittances*) zijn voor veel landen een van de grootste bronnen van buitenlands geld. Ze zijn geen vervanging van ontwikkelingssamenwerking, maar laten zien dat migranten zelf bijdragen aan ontwikkeling.\n\nHoge transactiekosten drukken die bijdrage: goedkopere overmakingen zijn een concreet beleidsdoel.',
    themes: ['PUBLIC_PERCEPTION', 'LABOUR_MARKET'],
    audiences: ['POLITICS', 'PROFESSIONALS'],
    sources: [WORLD_BANK, OECD],
  },
  {
    owner: 'NGO',
    status: 'PUBLISHED',
    question: 'Waarom hebben zoveel statushouders na een paar jaar nog geen betaald werk?',
    shortAnswer:
      'Taal, erkenning van diploma’s, gezondheid en een lange periode in de opvang remmen de start. Wie vroeg begint met taal en werkervaring, vindt sneller en duurzamer werk.',
    longAnswer:
      'Het eerste jaar na de verblijfsvergunning bepaalt veel. Maanden wachten in een azc zonder taalles of werk kost motivatie en kansen.\n\n### Wat werkt\n\n1. Taal leren **op de werkvloer**, niet alleen in de klas;\n2. snel duidelijkheid over diploma’s en werkervaring uit het herkomstland;\n3. een vaste begeleider bij de gemeente én bij de werkgever.',
    themes: ['LABOUR_MARKET'],
    audiences: ['MEDIA', 'POLITICS'],
    sources: [SCP, WRR, DIVOSA],
  },
  {
    owner: 'NGO',
    status: 'PUBLISHED',
    question: 'Mogen asielzoekers werken zolang hun procedure loopt?',
    shortAnswer:
      'Onder voorwaarden wel: na een wachttijd en met een tewerkstellingsvergunning die de werkgever aanvraagt. In de praktijk werken er weinig, omdat de regels ingewikkeld zijn.',
    longAnswer:
      'Werkgevers kennen de regels vaak niet, en asielzoekers worden regelmatig verhuisd tussen locaties. Dat maakt een vaste baan lastig.\n\nVoor politici: eenvoudiger regels en minder verhuizingen tussen opvanglocaties helpen meer dan nieuwe programma’s.',
    themes: ['LABOUR_MARKET'],
    audiences: ['POLITICS', 'PROFESSIONALS'],
    sources: [UWV, INBURGERING],
  },
  {
    owner: 'INITIATIVE',
    status: 'PUBLISHED',
    question: 'Hoe helpen migrantenorganisaties bij werk voor nieuwkomers?',
    shortAnswer:
      'Zij spreken de taal, kennen de cultuur en hebben het vertrouwen van nieuwkomers. Als brug naar werkgevers en gemeenten bereiken zij mensen die anders buiten beeld blijven.',
    longAnswer:
      'Migrantenorganisaties zijn vaak vrijwilligersorganisaties met weinig middelen. **Structurele samenwerking** — met een vaste vergoeding en een rol aan de tafel — levert meer op dan losse projecten.',
    themes: ['LABOUR_MARKET', 'VOLUNTEERING'],
    audiences: ['POLITICS', 'PROFESSIONALS'],
    sources: [KIS, MOVISIE],
  },
  {
    owner: 'NGO',
    status: 'PUBLISHED',
    question: 'Hoe snel kunnen kinderen van statushouders naar een gewone school?',
    shortAnswer:
      'Meestal na een periode in een nieuwkomersklas of internationale schakelklas. Leerplicht geldt ook voor kinderen in de opvang; verhuizingen tussen locaties onderbreken hun onderwijs.',
    longAnswer:
      'Een nieuwkomersklas geeft intensief Nederlands en een zachte landing. De overstap naar het reguliere onderwijs vraagt aandacht van school én ouders.\n\nOuders die het Nederlandse schoolsysteem niet kennen, hebben baat bij een **sleutelpersoon** uit de eigen gemeenschap.',
    themes: ['EDUCATION'],
    audiences: ['PUBLIC', 'PROFESSIONALS'],
    sources: [NJI, INBURGERING],
  },
  {
    owner: 'KNOWLEDGE_INSTITUTE',
    status: 'PUBLISHED',
    question: 'Worden buitenlandse diploma’s in Nederland erkend?',
    shortAnswer:
      'Een buitenlands diploma kan worden gewaardeerd: er komt een advies over het Nederlandse niveau. Voor beroepen als arts of leraar is daarnaast een aparte erkenning nodig.',
    longAnswer:
      'Een diplomawaardering is geen garantie op werk op dat niveau, maar opent deuren bij werkgevers en opleidingen.\n\nZonder papieren (omdat die op de vlucht verloren gingen) is een **indicatie** op basis van een interview soms mogelijk.',
    themes: ['EDUCATION', 'LABOUR_MARKET'],
    audiences: ['PROFESSIONALS', 'PUBLIC'],
    sources: [NUFFIC, UWV],
  },
  {
    owner: 'NGO',
    status: 'PUBLISHED',
    question: 'Waarom is Nederlands leren zo moeilijk voor sommige inburgeraars?',
    shortAnswer:
      'Sommigen leren voor het eerst lezen en schrijven, of in een nieuw schrift. Anderen combineren les met werk, zorg voor kinderen of zorgen om familie. Taal leren vraagt tijd en rust.',
    longAnswer:
      'Inburgeraars verschillen sterk: van hoogopgeleide professionals tot mensen die nooit naar school konden. **Eén route voor iedereen werkt niet.**\n\nTaalmaatjes, praktijk op de werkvloer en kinderopvang tijdens de les maken het verschil.',
    themes: ['EDUCATION'],
    audiences: ['MEDIA', 'PUBLIC'],
    sources: [INBURGERING, KIS],
  },
  {
    owner: 'NGO',
    status: 'PUBLISHED',
    question: 'Hebben veel vluchtelingen last van trauma?',
    shortAnswer:
      'Veel vluchtelingen hebben ingrijpende gebeurtenissen meegemaakt; een deel ontwikkelt psychische klachten. Veiligheid, werk en contact met familie helpen herstel, net als tijdige zorg.',
    longAnswer:
      'Niet iedereen met nare ervaringen heeft een stoornis: de meeste mensen zijn veerkrachtig. Maar **stress na aankomst** — onzekerheid over de procedure, gescheiden gezinnen, lange wachttijden — verzwaart klachten.\n\nPsycho-educatie in de eigen taal en laagdrempelige steun voorkomen dat klachten vastlopen.',
    themes: ['TRAUMA_CARE'],
    audiences: ['MEDIA', 'PUBLIC'],
    sources: [ARQ, PHAROS],
  },
  {
    owner: 'KNOWLEDGE_INSTITUTE',
    status: 'PUBLISHED',
    question: 'Waarom zoeken vluchtelingen weinig hulp bij psychische klachten?',
    shortAnswer:
      'Schaamte, onbekendheid met de GGZ, taalbarrières en wachtlijsten houden mensen weg. Een tolk, uitleg over wat therapie is en een vertrouwd gezicht verlagen de drempel.',
    longAnswer:
      'De huisarts is de toegang tot zorg, maar klachten worden vaak lichamelijk verwoord. **Professionele tolken** zijn daarbij geen luxe: zonder tolk is een goede diagnose nauwelijks mogelijk.',
    themes: ['TRAUMA_CARE'],
    audiences: ['PROFESSIONALS', 'POLITICS'],
    sources: [PHAROS, ARQ],
  },
  {
    owner: 'NGO',
    status: 'PUBLISHED',
    question: 'Wat kan een vrijwilliger betekenen voor een statushouder?',
    shortAnswer:
      'Een maatje helpt met taal, de weg in de buurt en het eerste netwerk. Dat netwerk leidt vaak naar werk. Goede begeleiding van vrijwilligers houdt het contact gelijkwaardig.',
    longAnswer:
      'Maatjesprojecten werken het best als **beide kanten iets willen leren** en als de organisatie vrijwilligers traint en ondersteunt, bijvoorbeeld bij signalen van trauma of schulden.',
    themes: ['VOLUNTEERING'],
    audiences: ['PUBLIC', 'MEDIA'],
    sources: [MOVISIE, VWN],
  },
  {
    owner: 'INITIATIVE',
    status: 'PUBLISHED',
    question: 'Doen nieuwkomers zelf ook vrijwilligerswerk?',
    shortAnswer:
      'Ja, veel nieuwkomers zetten zich in: als tolk, in buurthuizen, bij voedselbanken en in hun eigen gemeenschap. Vrijwilligerswerk is voor hen ook een manier om taal en netwerk op te bouwen.',
    longAnswer:
      'Let op de regels: wie een uitkering heeft of inburgert, moet vrijwilligerswerk soms melden. Gemeenten kunnen vrijwilligerswerk laten meetellen in het participatietraject.',
    themes: ['VOLUNTEERING'],
    audiences: ['PUBLIC', 'PROFESSIONALS'],
    sources: [MOVISIE, KIS],
  },
  {
    owner: 'NGO',
    status: 'PUBLISHED',
    question: 'Krijgen statushouders voorrang op een sociale huurwoning?',
    shortAnswer:
      'Gemeenten moeten statushouders huisvesten; hoe ze dat doen, verschilt per gemeente. Statushouders maken maar een klein deel uit van alle toewijzingen; het tekort aan woningen treft iedereen.',
    longAnswer:
      'Het beeld van voorrang zet groepen tegen elkaar op. **Het echte probleem is het woningtekort.** Flexwoningen en kamerbewoning voor alleenstaanden zijn oplossingen die ook andere woningzoekenden helpen.',
    themes: ['PUBLIC_PERCEPTION'],
    audiences: ['MEDIA', 'POLITICS', 'PUBLIC'],
    sources: [INBURGERING, VWN],
  },
  {
    owner: 'KNOWLEDGE_INSTITUTE',
    status: 'PUBLISHED',
    question: 'Hoe praat je in de media over migratie zonder het probleem groter te maken?',
    shortAnswer:
      'Begin bij mensen en feiten, niet bij crisiswoorden. Laat nieuwkomers zelf aan het woord en noem wat werkt. Woorden als ‘stroom’ en ‘golf’ maken een beheersbare opgave tot een dreiging.',
    longAnswer:
      '**Constructieve verhalen** laten zien wat lukt, zonder problemen te verzwijgen. Geef journalisten een concreet voorbeeld met een naam en een gezicht, en een bron voor de cijfers.',
    themes: ['PUBLIC_PERCEPTION'],
    audiences: ['MEDIA', 'PROFESSIONALS'],
    sources: [KIS, SCP],
  },
  {
    owner: 'NGO',
    status: 'PUBLISHED',
    question: 'Wat is gezinshereniging en hoeveel mensen komen zo naar Nederland?',
    shortAnswer:
      'Een erkende vluchteling mag onder voorwaarden zijn partner en kinderen laten overkomen. Dat is een recht, geen gunst; gezinnen die samen zijn, integreren beter.',
    longAnswer:
      'De procedure duurt vaak lang. Kinderen die zonder ouders wachten in een onveilig land lopen risico.\n\nVoor actuele aantallen: zie de cijfers van het CBS.',
    themes: ['PUBLIC_PERCEPTION', 'TRAUMA_CARE'],
    audiences: ['POLITICS', 'PUBLIC'],
    sources: [CBS, VWN],
  },
  {
    owner: 'NGO',
    status: 'PUBLISHED',
    question: 'Wat levert investeren in opvang in de regio op?',
    shortAnswer:
      'Goede opvang in de regio geeft vluchtelingen onderwijs, werk en perspectief dicht bij huis, en helpt gastlanden die de meeste vluchtelingen opvangen. Het is geen vervanging van asiel in Europa.',
    longAnswer:
      'Investeringen werken het best als ze **ook de gastgemeenschap** versterken: scholen, klinieken en banen voor iedereen voorkomen spanningen.',
    themes: ['PUBLIC_PERCEPTION', 'EDUCATION'],
    audiences: ['POLITICS'],
    sources: [UNHCR, ONTWIKKELING, PARTOS],
  },
  {
    owner: 'NGO',
    status: 'IN_REVIEW',
    question: 'Wat doet de nieuwe inburgeringswet anders dan de oude?',
    shortAnswer:
      'De gemeente begeleidt inburgeraars weer zelf, met een persoonlijk plan en leerroutes die passen bij wie iemand is. Taal en werk lopen meer tegelijk op.',
    longAnswer:
      'De regie ligt bij de gemeente: een brede intake, een persoonlijk plan (PIP) en ontzorging in het eerste halfjaar.\n\n*Nog aanvullen: ervaringen van gemeenten.*',
    themes: ['EDUCATION', 'LABOUR_MARKET'],
    audiences: ['PROFESSIONALS', 'POLITICS'],
    sources: [INBURGERING, DIVOSA],
  },
  {
    owner: 'NGO',
    status: 'IN_REVIEW',
    question: 'Hoe ondersteun je jongeren die zonder ouders naar Nederland kwamen?',
    shortAnswer:
      'Alleenstaande minderjarigen hebben een voogd, een stabiele woonplek en school nodig. Ouder worden dan 18 is een kwetsbaar moment: begeleiding mag dan niet stoppen.',
    longAnswer: 'Nazorg na het 18e jaar maakt het verschil voor wonen, studie en werk.',
    themes: ['EDUCATION', 'TRAUMA_CARE'],
    audiences: ['PROFESSIONALS'],
    sources: [NJI],
  },
  {
    owner: 'NGO',
    status: 'DRAFT',
    question: 'Klopt het dat statushouders meer zorg gebruiken dan gemiddeld?',
    shortAnswer: 'Concept: cijfers en bronnen nog zoeken bij Pharos en het CBS.',
    longAnswer: '',
    themes: ['TRAUMA_CARE'],
    audiences: ['MEDIA'],
    sources: [],
  },
];

export interface DemoPublication {
  owner: 'NGO' | 'KNOWLEDGE_INSTITUTE' | 'INITIATIVE';
  kind: PublicationKind;
  title: string;
  summary: string;
  slug: string;
  publishedOn: string;
  themes: ThemeSlug[];
  openForCoSigning: boolean;
  /** How many partner organisations co-sign it. */
  coSigners: number;
}

export const DEMO_PUBLICATIONS: readonly DemoPublication[] = [
  {
    owner: 'NGO',
    kind: 'BILL_RESPONSE',
    title: 'Reactie op het wetsvoorstel over de spreiding van asielopvang',
    summary: 'Gemeenten hebben tijd, middelen en kleinschalige opvang nodig om nieuwkomers goed te ontvangen en te laten meedoen.',
    slug: 'reactie-spreiding-asielopvang',
    publishedOn: '2026-01-20',
    themes: ['PUBLIC_PERCEPTION'],
    openForCoSigning: true,
    coSigners: 3,
  },
  {
    owner: 'KNOWLEDGE_INSTITUTE',
    kind: 'RESEARCH_REPORT',
    title: 'Barometer werk en inkomen statushouders 2025',
    summary: 'Per gemeente: hoeveel statushouders werken, hoe lang dat duurt en welke begeleiding het verschil maakt.',
    slug: 'barometer-werk-statushouders-2025',
    publishedOn: '2025-12-04',
    themes: ['LABOUR_MARKET'],
    openForCoSigning: false,
    coSigners: 0,
  },
  {
    owner: 'NGO',
    kind: 'SHADOW_REPORT',
    title: 'Schaduwrapportage: onderwijs voor kinderen in de asielopvang',
    summary: 'Waar het recht op onderwijs van kinderen in de opvang in de praktijk tekortschiet, met aanbevelingen aan het kabinet.',
    slug: 'schaduwrapportage-onderwijs-opvang',
    publishedOn: '2025-10-15',
    themes: ['EDUCATION'],
    openForCoSigning: true,
    coSigners: 2,
  },
  {
    owner: 'INITIATIVE',
    kind: 'POSITION_PAPER',
    title: 'Migrantenorganisaties aan tafel: samenwerken als gelijken',
    summary: 'Waarom migrantenorganisaties een vaste plek en vergoeding verdienen in lokaal integratiebeleid.',
    slug: 'migrantenorganisaties-aan-tafel',
    publishedOn: '2025-09-02',
    themes: ['VOLUNTEERING', 'PUBLIC_PERCEPTION'],
    openForCoSigning: true,
    coSigners: 1,
  },
  {
    owner: 'NGO',
    kind: 'PRESS_RELEASE',
    title: 'Organisaties vragen om tolken in de GGZ voor vluchtelingen',
    summary: 'Zonder professionele tolk is goede psychische zorg voor vluchtelingen nauwelijks mogelijk.',
    slug: 'tolken-in-de-ggz',
    publishedOn: '2026-02-10',
    themes: ['TRAUMA_CARE'],
    openForCoSigning: false,
    coSigners: 2,
  },
  {
    owner: 'KNOWLEDGE_INSTITUTE',
    kind: 'LETTER',
    title: 'Brief aan de Tweede Kamer over ontwikkelingssamenwerking en migratie',
    summary: 'Ontwikkelingssamenwerking is geen migratierem: richt hulp op perspectief in de regio en op veilige routes.',
    slug: 'brief-ontwikkelingssamenwerking-migratie',
    publishedOn: '2026-03-05',
    themes: ['PUBLIC_PERCEPTION'],
    openForCoSigning: true,
    coSigners: 0,
  },
];
