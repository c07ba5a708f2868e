import type { InitiativeStatus, MembershipRole, NeedOfferKind, NeedOfferStatus, OrganisationKind } from '../gql/graphql';
import { defineMessages } from './language';

/** Names of the API's enums that the API does not name itself (themes and target groups come named from the API). */
export const labels = defineMessages({
  nl: {
    organisationKind: {
      FUND: 'Fonds',
      NGO: 'Maatschappelijke organisatie',
      MUNICIPALITY: 'Gemeente',
      COMPANY: 'Bedrijf',
      INITIATIVE: 'Initiatief',
      GOVERNMENT: 'Overheid',
      KNOWLEDGE_INSTITUTE: 'Kennisinstelling',
    } satisfies Record<OrganisationKind, string>,
    initiativeStatus: {
      DRAFT: 'Concept',
      PUBLISHED: 'Gepubliceerd',
      FUNDED: 'Gefinancierd',
      CLOSED: 'Gesloten',
    } satisfies Record<InitiativeStatus, string>,
    role: { OWNER: 'Eigenaar', EDITOR: 'Redacteur', VIEWER: 'Lezer' } satisfies Record<MembershipRole, string>,
    roleHelp: {
      OWNER: 'beheert leden en mag alles',
      EDITOR: 'bewerkt de organisatie en haar initiatieven',
      VIEWER: 'leest mee, ook concepten',
    } satisfies Record<MembershipRole, string>,
    needOfferKind: {
      FUNDING: 'Geld',
      VOLUNTEERS: 'Vrijwilligers',
      EXPERTISE: 'Expertise',
      JOBS_INTERNSHIPS: 'Banen en stages',
      VENUE: 'Ruimte',
      MEDIA: 'Media-aandacht',
    } satisfies Record<NeedOfferKind, string>,
    needOfferStatus: { OPEN: 'Open', CLOSED: 'Gesloten' } satisfies Record<NeedOfferStatus, string>,
    national: 'Landelijk',
    euro: (amount: number) => `€ ${amount.toLocaleString('nl-NL')}`,
    date: (iso: string) => new Date(iso).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' }),
    dateTime: (iso: string) => new Date(iso).toLocaleString('nl-NL', { dateStyle: 'medium', timeStyle: 'short' }),
  },
  en: {
    organisationKind: {
      FUND: 'Fund',
      NGO: 'NGO',
      MUNICIPALITY: 'Municipality',
      COMPANY: 'Company',
      INITIATIVE: 'Initiative',
      GOVERNMENT: 'Government',
      KNOWLEDGE_INSTITUTE: 'Knowledge institute',
    },
    initiativeStatus: { DRAFT: 'Draft', PUBLISHED: 'Published', FUNDED: 'Funded', CLOSED: 'Closed' },
    role: { OWNER: 'Owner', EDITOR: 'Editor', VIEWER: 'Viewer' },
    roleHelp: {
      OWNER: 'manages members and may do everything',
      EDITOR: 'edits the organisation and its initiatives',
      VIEWER: 'reads along, drafts too',
    },
    needOfferKind: {
      FUNDING: 'Money',
      VOLUNTEERS: 'Volunteers',
      EXPERTISE: 'Expertise',
      JOBS_INTERNSHIPS: 'Jobs and internships',
      VENUE: 'Venue',
      MEDIA: 'Media attention',
    },
    needOfferStatus: { OPEN: 'Open', CLOSED: 'Closed' },
    national: 'National',
    euro: (amount: number) => `€${amount.toLocaleString('en-GB')}`,
    date: (iso: string) => new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }),
    dateTime: (iso: string) => new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' }),
  },
});

export const ORGANISATION_KINDS: OrganisationKind[] = [
  'FUND',
  'NGO',
  'MUNICIPALITY',
  'COMPANY',
  'INITIATIVE',
  'GOVERNMENT',
  'KNOWLEDGE_INSTITUTE',
];
export const NEED_OFFER_KINDS: NeedOfferKind[] = ['FUNDING', 'VOLUNTEERS', 'EXPERTISE', 'JOBS_INTERNSHIPS', 'VENUE', 'MEDIA'];
export const ROLES: MembershipRole[] = ['OWNER', 'EDITOR', 'VIEWER'];
