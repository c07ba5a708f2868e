import { defineModule } from '../core/module.js';
import { KnowledgeItem, KnowledgeReview, KnowledgeVersion } from './knowledge.entity.js';
import { createKnowledgeLoaders } from './knowledge.loaders.js';
import { KNOWLEDGE_PERMISSIONS } from './knowledge.permissions.js';
import { knowledgePersonalData } from './knowledge.personal-data.js';
import { knowledgeResolvers } from './knowledge.resolver.js';
import { registerKnowledgeRoutes } from './knowledge.routes.js';

/** The knowledge library: Q&A items with sources, versions, four-eyes review, search and a briefing export. */
export const knowledgeModule = defineModule({
  name: 'knowledge',
  entities: [KnowledgeItem, KnowledgeVersion, KnowledgeReview],
  resolvers: knowledgeResolvers,
  loaders: createKnowledgeLoaders,
  routes: registerKnowledgeRoutes,
  permissions: KNOWLEDGE_PERMISSIONS,
  personalData: knowledgePersonalData,
});
