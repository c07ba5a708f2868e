import type { RouteObject } from 'react-router';

export const organisationPublicRoutes: RouteObject[] = [
  { path: 'organisaties', lazy: async () => ({ Component: (await import('./pages/OrganisationsPage')).OrganisationsPage }) },
  { path: 'organisaties/:id', lazy: async () => ({ Component: (await import('./pages/OrganisationPage')).OrganisationPage }) },
];

export const organisationViewerRoutes: RouteObject[] = [
  { path: 'mijn-organisaties', lazy: async () => ({ Component: (await import('./pages/MyOrganisationsPage')).MyOrganisationsPage }) },
  { path: 'organisaties/nieuw', lazy: async () => ({ Component: (await import('./pages/NewOrganisationPage')).NewOrganisationPage }) },
  {
    path: 'organisaties/:id/bewerken',
    lazy: async () => ({ Component: (await import('./pages/EditOrganisationPage')).EditOrganisationPage }),
  },
  { path: 'organisaties/:id/leden', lazy: async () => ({ Component: (await import('./pages/MembersPage')).MembersPage }) },
  { path: 'organisaties/:id/fondsprofiel', lazy: async () => ({ Component: (await import('./pages/FundProfilePage')).FundProfilePage }) },
  {
    path: 'organisaties/:id/behoeften-en-aanbod',
    lazy: async () => ({ Component: (await import('./pages/NeedsOffersPage')).NeedsOffersPage }),
  },
];
