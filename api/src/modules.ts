import { accountModule } from './account/account.module.js';
import { auditModule } from './audit/audit.module.js';
import { credentialModule } from './auth/credential.module.js';
import { callModule } from './call/call.module.js';
import { commitmentModule } from './commitment/commitment.module.js';
import type { KoppelModule } from './core/module.js';
import { Permissions } from './core/permissions.js';
import { fundProfileModule } from './fund-profile/fund-profile.module.js';
import { initiativeModule } from './initiative/initiative.module.js';
import { knowledgeModule } from './knowledge/knowledge.module.js';
import { matchingModule } from './matching/matching.module.js';
import { membershipModule } from './membership/membership.module.js';
import { needsOffersModule } from './needs-offers/needs-offers.module.js';
import { openDataModule } from './open-data/open-data.module.js';
import { organisationModule } from './organisation/organisation.module.js';
import { outboxModule } from './outbox/outbox.module.js';
import { overviewModule } from './overview/overview.module.js';
import { privacyModule } from './privacy/privacy.module.js';
import { publicationModule } from './publication/publication.module.js';
import { referenceModule } from './reference/reference.module.js';
import { tablesModule } from './tables/tables.module.js';

/**
 * Every feature, one line each. The order matters twice: a module comes after those it builds on, and
 * personal-data checks run in this order while erasure runs in reverse (so the audit trail, near the
 * top, is pseudonymised last).
 */
export const MODULES: readonly KoppelModule[] = [
  referenceModule,
  auditModule,
  accountModule,
  credentialModule,
  organisationModule,
  membershipModule,
  initiativeModule,
  fundProfileModule,
  needsOffersModule,
  outboxModule,
  matchingModule,
  knowledgeModule,
  publicationModule,
  commitmentModule,
  callModule,
  tablesModule,
  overviewModule,
  openDataModule,
  privacyModule,
];

/** Every feature's permission rows (docs/permissions.md). */
export const PERMISSIONS = new Permissions(MODULES.flatMap((m) => (m.permissions ? [m.permissions] : [])));
