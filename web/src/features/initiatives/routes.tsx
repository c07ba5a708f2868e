import type { RouteObject } from 'react-router';

export const initiativePublicRoutes: RouteObject[] = [
  { path: 'initiatieven', lazy: async () => ({ Component: (await import('./pages/InitiativesPage')).InitiativesPage }) },
  { path: 'initiatieven/:id', lazy: async () => ({ Component: (await import('./pages/InitiativePage')).InitiativePage }) },
];

export const initiativeViewerRoutes: RouteObject[] = [
  { path: 'initiatieven/:id/bewerken', lazy: async () => ({ Component: (await import('./pages/EditInitiativePage')).EditInitiativePage }) },
  {
    path: 'organisaties/:id/initiatieven/nieuw',
    lazy: async () => ({ Component: (await import('./pages/NewInitiativePage')).NewInitiativePage }),
  },
];
