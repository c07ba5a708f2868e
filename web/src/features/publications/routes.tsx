import type { RouteObject } from 'react-router';

export const publicationPublicRoutes: RouteObject[] = [
  { path: 'publicaties', lazy: async () => ({ Component: (await import('./pages/PublicationsPage')).PublicationsPage }) },
];
