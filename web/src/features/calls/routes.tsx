import type { RouteObject } from 'react-router';

export const callPublicRoutes: RouteObject[] = [
  { path: 'oproepen', lazy: async () => ({ Component: (await import('./pages/CallsPage')).CallsPage }) },
  { path: 'oproepen/:id', lazy: async () => ({ Component: (await import('./pages/CallPage')).CallPage }) },
];

export const callViewerRoutes: RouteObject[] = [
  { path: 'oproepen/nieuw', lazy: async () => ({ Component: (await import('./pages/NewCallPage')).NewCallPage }) },
];
