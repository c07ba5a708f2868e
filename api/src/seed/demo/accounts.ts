import type { DataSource, EntityManager } from 'typeorm';
import { DEMO_PASSWORD, hashPassword } from '../../auth/password.js';
import type { Logger } from '../../config/logger.js';
import type { MembershipRole } from '../../core/viewer.js';
import type { OrganisationKind } from '../../organisation/organisation.entity.js';

export { DEMO_PASSWORD };

interface DemoAccount {
  email: string;
  name: string;
  admin?: true;
  membership?: { kind: OrganisationKind; role: MembershipRole };
}

/**
 * One account per role and organisation kind, all with DEMO_PASSWORD (README, "Demo accounts"). The
 * NGO has an OWNER, an EDITOR and a VIEWER; every other kind an OWNER.
 */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: 'admin@koppel.demo', name: 'Anouk Bakker (alliantiebeheer)', admin: true },
  { email: 'fonds@koppel.demo', name: 'Femke de Vries', membership: { kind: 'FUND', role: 'OWNER' } },
  { email: 'ngo@koppel.demo', name: 'Noor El Amrani', membership: { kind: 'NGO', role: 'OWNER' } },
  { email: 'ngo-editor@koppel.demo', name: 'Daan Jansen', membership: { kind: 'NGO', role: 'EDITOR' } },
  { email: 'viewer@koppel.demo', name: 'Vera Smit', membership: { kind: 'NGO', role: 'VIEWER' } },
  { email: 'gemeente@koppel.demo', name: 'Gijs van Dijk', membership: { kind: 'MUNICIPALITY', role: 'OWNER' } },
  { email: 'bedrijf@koppel.demo', name: 'Bram Visser', membership: { kind: 'COMPANY', role: 'OWNER' } },
  { email: 'initiatief@koppel.demo', name: 'Yonas Tesfay', membership: { kind: 'INITIATIVE', role: 'OWNER' } },
  { email: 'overheid@koppel.demo', name: 'Ilse Mulder', membership: { kind: 'GOVERNMENT', role: 'OWNER' } },
  { email: 'kennis@koppel.demo', name: 'Karim Haddad', membership: { kind: 'KNOWLEDGE_INSTITUTE', role: 'OWNER' } },
  { email: 'bezoeker@koppel.demo', name: 'Bente Willems' },
];

/** Used when the demo set has no organisation of a kind yet; named so that it reads as real. */
const FALLBACK_ORGANISATIONS: Record<OrganisationKind, { name: string; municipalityCode: string }> = {
  FUND: { name: 'Stichting Samen Verder Fonds', municipalityCode: 'GM0363' },
  NGO: { name: 'Vluchtelingenwerk Regio Utrecht', municipalityCode: 'GM0344' },
  MUNICIPALITY: { name: 'Gemeente Zwolle', municipalityCode: 'GM0193' },
  COMPANY: { name: 'Bouwbedrijf Van Leeuwen', municipalityCode: 'GM0772' },
  INITIATIVE: { name: 'Eritrese Gemeenschap Amersfoort', municipalityCode: 'GM0307' }, // migrant-led
  GOVERNMENT: { name: 'Ministerie van Sociale Zaken (demo)', municipalityCode: 'GM0518' },
  KNOWLEDGE_INSTITUTE: { name: 'Kenniscentrum Integratie', municipalityCode: 'GM0599' },
};

/**
 * Creates the demo accounts and their memberships in the demo organisations (the first of each kind,
 * by name). Never in production: the demo password is public. Running it twice changes nothing.
 */
export async function seedDemoAccounts(db: DataSource, log: Logger, options: { production: boolean }): Promise<void> {
  if (options.production) {
    log.info('demo accounts are not created in production');
    return;
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    const organisations = new Map<OrganisationKind, string>();
    for (const account of DEMO_ACCOUNTS) {
      const [row] = await tx.query(
        `INSERT INTO account (email, name, password_hash, is_admin) VALUES ($1, $2, $3, $4)
         ON CONFLICT ((lower(email))) DO UPDATE SET email = account.email
         RETURNING id`,
        [account.email, account.name, passwordHash, account.admin === true],
      );
      if (!account.membership) continue;
      const { kind, role } = account.membership;
      if (!organisations.has(kind)) organisations.set(kind, await demoOrganisation(tx, kind));
      await tx.query(
        `INSERT INTO membership (organisation_id, account_id, role) VALUES ($1, $2, $3)
         ON CONFLICT (organisation_id, account_id) DO NOTHING`,
        [organisations.get(kind), row.id, role],
      );
    }
  });
  log.info({ accounts: DEMO_ACCOUNTS.length }, 'demo accounts ready (password in the README)');
}

async function demoOrganisation(tx: EntityManager, kind: OrganisationKind): Promise<string> {
  // The README promises a migrant-led organisation for the INITIATIVE account; a migrant-led one comes first for every kind.
  const [existing] = await tx.query('SELECT id FROM organisation WHERE kind = $1 ORDER BY migrant_led DESC, name, id LIMIT 1', [kind]);
  if (existing) return existing.id;
  const fallback = FALLBACK_ORGANISATIONS[kind];
  const [created] = await tx.query(
    'INSERT INTO organisation (kind, name, municipality_code, migrant_led) VALUES ($1, $2, $3, $4) RETURNING id',
    [kind, fallback.name, fallback.municipalityCode, kind === 'INITIATIVE'],
  );
  return created.id;
}
