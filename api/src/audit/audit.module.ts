import { defineModule } from '../core/module.js';
import { AuditEntry } from './audit.entity.js';
import { AUDIT_PERMISSIONS } from './audit.permissions.js';
import { auditPersonalData } from './audit.personal-data.js';
import { AuditResolver } from './audit.resolver.js';

/** Who changed what, written in the same transaction as every write; read by alliance admins. */
export const auditModule = defineModule({
  name: 'audit',
  entities: [AuditEntry],
  resolvers: [AuditResolver],
  permissions: AUDIT_PERMISSIONS,
  personalData: auditPersonalData,
});
