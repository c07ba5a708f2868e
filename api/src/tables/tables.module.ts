import { defineModule } from '../core/module.js';
import { ActionItem, AgendaItem, CalendarToken, Invitation, JoinRequest, RoundTable, Session, Slot, SlotVoteRow } from './tables.entity.js';
import { createTableLoaders } from './tables.loaders.js';
import { TABLE_PERMISSIONS } from './tables.permissions.js';
import { tablesPersonalData } from './tables.personal-data.js';
import {
  ActionItemResolver,
  FollowUpResolver,
  InvitationResolver,
  JoinRequestResolver,
  OrganisationTablesResolver,
  ParticipantSuggestionResolver,
  SessionResolver,
  TablesResolver,
} from './tables.resolver.js';
import { registerTableRoutes } from './tables.routes.js';

export interface TablesSettings {
  /** Where people reach Koppel: e-mails and calendars link to `/tafels/{id}` there. */
  publicUrl: string;
}

declare module '../core/context.js' {
  interface Settings {
    tables: TablesSettings;
  }
}

/** Round-tables, working groups and work-session series: composition, invitations with a waitlist, date polls, series, outcomes, calendars. */
export const tablesModule = defineModule({
  name: 'tables',
  entities: [RoundTable, Invitation, Slot, SlotVoteRow, Session, AgendaItem, ActionItem, JoinRequest, CalendarToken],
  resolvers: [
    TablesResolver,
    InvitationResolver,
    SessionResolver,
    ActionItemResolver,
    JoinRequestResolver,
    ParticipantSuggestionResolver,
    OrganisationTablesResolver,
    FollowUpResolver,
  ],
  loaders: createTableLoaders,
  settings: (config): TablesSettings => ({ publicUrl: config.KOPPEL_PUBLIC_URL }),
  permissions: TABLE_PERMISSIONS,
  routes: registerTableRoutes,
  personalData: tablesPersonalData,
});
