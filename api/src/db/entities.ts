import { Account } from '../account/account.entity.js';
import { AuditEntry } from '../audit/audit.entity.js';
import { Credential } from '../auth/credential.entity.js';
import { FundProfile } from '../fund-profile/fund-profile.entity.js';
import { Initiative } from '../initiative/initiative.entity.js';
import { Membership } from '../membership/membership.entity.js';
import { Need, Offer } from '../needs-offers/needs-offers.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Municipality, Province, Theme } from '../reference/reference.entity.js';

/** Every TypeORM entity. Add a feature's entities here. */
export const entities = [
  Theme,
  Province,
  Municipality,
  Organisation,
  Account,
  Membership,
  AuditEntry,
  Credential,
  Initiative,
  FundProfile,
  Need,
  Offer,
];
