import type { RouteObject } from 'react-router';

export const accountPublicRoutes: RouteObject[] = [
  { path: 'inloggen', lazy: async () => ({ Component: (await import('./pages/SignInPage')).SignInPage }) },
  { path: 'registreren', lazy: async () => ({ Component: (await import('./pages/SignUpPage')).SignUpPage }) },
];

export const accountViewerRoutes: RouteObject[] = [
  { path: 'account', lazy: async () => ({ Component: (await import('./pages/AccountPage')).AccountPage }) },
];
