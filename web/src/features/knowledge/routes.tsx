import type { RouteObject } from 'react-router';

export const knowledgePublicRoutes: RouteObject[] = [
  { path: 'kennisbank', lazy: async () => ({ Component: (await import('./pages/KnowledgeListPage')).KnowledgeListPage }) },
  { path: 'kennisbank/briefing', lazy: async () => ({ Component: (await import('./pages/BriefingPage')).BriefingPage }) },
  { path: 'kennisbank/:id', lazy: async () => ({ Component: (await import('./pages/KnowledgeItemPage')).KnowledgeItemPage }) },
];

export const knowledgeViewerRoutes: RouteObject[] = [
  { path: 'kennisbank/nieuw', lazy: async () => ({ Component: (await import('./pages/NewKnowledgeItemPage')).NewKnowledgeItemPage }) },
  { path: 'kennisbank/beoordelen', lazy: async () => ({ Component: (await import('./pages/ReviewQueuePage')).ReviewQueuePage }) },
  {
    path: 'kennisbank/:id/bewerken',
    lazy: async () => ({ Component: (await import('./pages/EditKnowledgeItemPage')).EditKnowledgeItemPage }),
  },
];
