import { defineModule } from '../core/module.js';
import { MatchAlertWorker } from './matching.alerts.js';
import { MatchAlert, MatchDecisionRow } from './matching.entity.js';
import { MATCHING_PERMISSIONS } from './matching.permissions.js';
import { matchingResolvers } from './matching.resolver.js';
import { registerMatchingRoutes } from './matching.routes.js';

declare module '../core/context.js' {
  interface Runtime {
    matching: MatchAlertWorker;
  }
}

/** Explainable matching: fund ↔ initiatives, needs ↔ offers, decisions, the shortlist download and match alerts. */
export const matchingModule = defineModule({
  name: 'matching',
  entities: [MatchDecisionRow, MatchAlert],
  resolvers: matchingResolvers,
  permissions: MATCHING_PERMISSIONS,
  routes: registerMatchingRoutes,
  runtime: ({ db, log, config }) => {
    const worker = new MatchAlertWorker(db, log, { intervalMs: config.KOPPEL_OUTBOX_INTERVAL_MS, publicUrl: config.KOPPEL_PUBLIC_URL });
    return { value: worker, start: async () => worker.start(), stop: () => worker.stop() };
  },
});
