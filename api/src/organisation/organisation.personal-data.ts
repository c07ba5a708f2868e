import { recordAudit } from '../audit/audit.service.js';
import type { PersonalData } from '../core/module.js';
import { organisationsWithContactEmail } from './organisation.query.js';

/**
 * An organisation's contact address that is the person's own address is cleared (the membership
 * module has locked those organisations). What people typed into their organisation's pages stays:
 * it belongs to the organisation (see docs/privacy.md).
 */
export const organisationPersonalData: PersonalData = {
  async erase(tx, ctx, { email }) {
    for (const id of await organisationsWithContactEmail(tx, email)) {
      await tx.query('UPDATE organisation SET contact_email = NULL, updated_at = now() WHERE id = $1', [id]);
      await recordAudit(tx, ctx, {
        action: 'clearContactEmail',
        entity: 'Organisation',
        entityId: id,
        organisationId: id,
        changedFields: ['contactEmail'],
      });
    }
  },
};
