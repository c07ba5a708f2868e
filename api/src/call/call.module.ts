import { defineModule } from '../core/module.js';
import { ApplicationResolver, ReviewResolver } from './application.resolver.js';
import { Application, Call, CallFunder, CallReviewer, Criterion, Review } from './call.entity.js';
import { createCallLoaders } from './call.loaders.js';
import { CALL_PERMISSIONS } from './call.permissions.js';
import { callPersonalData } from './call.personal-data.js';
import { CallFunderResolver, CallResolver } from './call.resolver.js';
import { registerCallRoutes } from './call.routes.js';

export interface CallSettings {
  /** Where people reach Koppel: decisions link to `/oproepen/{id}` there. */
  publicUrl: string;
}

declare module '../core/context.js' {
  interface Settings {
    call: CallSettings;
  }
}

/** Calls for proposals: co-funded calls, applications, reviews against a public rubric, awards within places and budget. */
export const callModule = defineModule({
  name: 'call',
  entities: [Call, CallFunder, Criterion, CallReviewer, Application, Review],
  resolvers: [CallResolver, CallFunderResolver, ApplicationResolver, ReviewResolver],
  loaders: createCallLoaders,
  settings: (config): CallSettings => ({ publicUrl: config.KOPPEL_PUBLIC_URL }),
  permissions: CALL_PERMISSIONS,
  routes: registerCallRoutes,
  personalData: callPersonalData,
});
