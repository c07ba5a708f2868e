import type { RouteObject } from 'react-router';

/** Alliance admins only (the router wraps these in RequireAdmin). */
export const adminRoutes: RouteObject[] = [
  { path: 'beheer', lazy: async () => ({ Component: (await import('./pages/AdminPage')).AdminPage }) },
  { path: 'beheer/auditlog', lazy: async () => ({ Component: (await import('./pages/AuditLogPage')).AuditLogPage }) },
  {
    path: 'beheer/gemeenten',
    lazy: async () => ({ Component: (await import('./pages/MunicipalitiesAdminPage')).MunicipalitiesAdminPage }),
  },
];
