import { createBrowserRouter, type RouteObject } from 'react-router';
import { accountPublicRoutes, accountViewerRoutes } from '../features/account/routes';
import { adminRoutes } from '../features/admin/routes';
import { callPublicRoutes, callViewerRoutes } from '../features/calls/routes';
import { initiativePublicRoutes, initiativeViewerRoutes } from '../features/initiatives/routes';
import { knowledgePublicRoutes, knowledgeViewerRoutes } from '../features/knowledge/routes';
import { matchingViewerRoutes } from '../features/matching/routes';
import { openDataViewerRoutes } from '../features/open-data/routes';
import { organisationPublicRoutes, organisationViewerRoutes } from '../features/organisations/routes';
import { overviewPublicRoutes } from '../features/overview/routes';
import { publicationPublicRoutes } from '../features/publications/routes';
import { tablePublicRoutes, tableViewerRoutes } from '../features/tables/routes';
import { HomePage } from './HomePage';
import { Layout } from './Layout';
import { NotFound } from './NotFound';
import { RequireAdmin, RequireViewer } from './RequireViewer';
import { RouteError } from './RouteError';

/**
 * Every page of the app. The paths in API.md ("Web addresses") are fixed: e-mails and exports link to them.
 * Feature pages load lazily, so the first visit downloads only the frame and the page asked for.
 */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteError />,
    HydrateFallback: () => null,
    children: [
      {
        // Inside the layout, so an error in one page keeps the header and navigation.
        errorElement: <RouteError />,
        children: [
          { index: true, element: <HomePage /> },
          ...initiativePublicRoutes,
          ...organisationPublicRoutes,
          ...callPublicRoutes,
          ...accountPublicRoutes,
          ...knowledgePublicRoutes,
          ...publicationPublicRoutes,
          ...overviewPublicRoutes,
          ...tablePublicRoutes,
          {
            element: <RequireViewer />,
            children: [
              ...accountViewerRoutes,
              ...organisationViewerRoutes,
              ...initiativeViewerRoutes,
              ...openDataViewerRoutes,
              ...callViewerRoutes,
              ...matchingViewerRoutes,
              ...tableViewerRoutes,
              ...knowledgeViewerRoutes,
              { element: <RequireAdmin fallback={<NotFound />} />, children: adminRoutes },
            ],
          },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
];

export const router = createBrowserRouter(routes);
