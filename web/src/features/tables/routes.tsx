import type { RouteObject } from 'react-router';

/** `/tafels` and `/tafels/{id}` are fixed addresses: e-mails and calendar files link to them. */
export const tablePublicRoutes: RouteObject[] = [
  { path: 'tafels', lazy: async () => ({ Component: (await import('./pages/TablesPage')).TablesPage }) },
  { path: 'tafels/:id', lazy: async () => ({ Component: (await import('./pages/TablePage')).TablePage }) },
];

export const tableViewerRoutes: RouteObject[] = [
  { path: 'tafels/nieuw', lazy: async () => ({ Component: (await import('./pages/NewTablePage')).NewTablePage }) },
  { path: 'tafels/:id/plannen', lazy: async () => ({ Component: (await import('./pages/PlanTablePage')).PlanTablePage }) },
];
