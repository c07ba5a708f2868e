import type { RouteObject } from 'react-router';

export const openDataViewerRoutes: RouteObject[] = [
  {
    path: 'organisaties/:id/initiatieven/importeren',
    lazy: async () => ({ Component: (await import('./pages/ImportInitiativesPage')).ImportInitiativesPage }),
  },
];
