import type { RouteObject } from 'react-router';

export const overviewPublicRoutes: RouteObject[] = [
  { path: 'overzicht', lazy: async () => ({ Component: (await import('./pages/OverviewPage')).OverviewPage }) },
];
