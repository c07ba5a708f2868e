import type { RouteObject } from 'react-router';

/** Signed in: a fund's matches are its members' working list (decisions, weights, the shortlist). */
export const matchingViewerRoutes: RouteObject[] = [
  { path: 'organisaties/:id/matches', lazy: async () => ({ Component: (await import('./pages/MatchesPage')).MatchesPage }) },
];
