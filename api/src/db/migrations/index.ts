import { ReferenceData1764000000000 } from './1764000000000-reference-data.js';
import { OrganisationsAndAccounts1764000001000 } from './1764000001000-organisations-and-accounts.js';
import { Credentials1764000001500 } from './1764000001500-credentials.js';
import { Registry1764000002000 } from './1764000002000-registry.js';
import { InitiativePlaces1764000002100 } from './1764000002100-initiative-places.js';
import { Accounts1764000003000 } from './1764000003000-accounts.js';
import { ReferenceNotify1764000004000 } from './1764000004000-reference-notify.js';
import { Matching1764000005000 } from './1764000005000-matching.js';
import { Outbox1764000005100 } from './1764000005100-outbox.js';
import { Knowledge1764000007000 } from './1764000007000-knowledge.js';
import { Publications1764000007100 } from './1764000007100-publications.js';
import { AuditEntityIdIndex1764000015000 } from './1764000015000-audit-entity-id-index.js';
import { Calls1764000016000 } from './1764000016000-calls.js';
import { InitiativeMatchProfile1764000017000 } from './1764000017000-initiative-match-profile.js';
import { Tables1764000018000 } from './1764000018000-tables.js';
import { MatchProfileText1764000019000 } from './1764000019000-match-profile-text.js';
import { InitiativeCoverage1764000020000 } from './1764000020000-initiative-coverage.js';
import { FundNotify1764000021000 } from './1764000021000-fund-notify.js';

/** Every migration, oldest first. Add new ones at the end. */
export const migrations = [
  ReferenceData1764000000000,
  OrganisationsAndAccounts1764000001000,
  Credentials1764000001500,
  Registry1764000002000,
  InitiativePlaces1764000002100,
  Accounts1764000003000,
  ReferenceNotify1764000004000,
  Matching1764000005000,
  Outbox1764000005100,
  Knowledge1764000007000,
  Publications1764000007100,
  AuditEntityIdIndex1764000015000,
  Calls1764000016000,
  InitiativeMatchProfile1764000017000,
  Tables1764000018000,
  MatchProfileText1764000019000,
  InitiativeCoverage1764000020000,
  FundNotify1764000021000,
];
