import { type AwardedGrant, awardedGrants } from '../call/call.query.js';
import { type TableFundingGrant, tableFundingGrants } from '../commitment/commitment.query.js';
import type { Context } from '../core/context.js';
import { type PublicInitiativeFacts, publicInitiativeFacts } from '../initiative/initiative.query.js';
import { organisationIdentities } from '../organisation/organisation.query.js';

/** The 360Giving grant identifier prefix Koppel uses for its own records. */
const PREFIX = '360G-koppel';

type Identity = { id: string; name: string; kvkNumber: string | null; website: string | null; municipalityCode: string | null };

/**
 * `GET /api/360giving.json`: the awarded grants as a 360Giving 1.4 data package — each award of a call (one
 * grant, its funders as `fundingOrganization`) and each FUNDING commitment CONFIRMED or DELIVERED at a
 * round-table to an initiative. Only grants to initiatives that are public now (PUBLISHED or FUNDED): open
 * data never shows what the API hides. Organisations with a KvK number are identified as `NL-KVK-…`,
 * others as `360G-koppel-org-{id}`; the beneficiary location is the initiative's municipalities (CBS `GM`
 * codes, `geoCodeType` `GM`) or the Netherlands when national; its themes are `classifications`.
 */
export async function grantsPackage(ctx: Context, publicUrl: string): Promise<Record<string, unknown>> {
  const [awards, pledges] = await Promise.all([awardedGrants(ctx.db), tableFundingGrants(ctx.db)]);
  const initiatives = await publicInitiativeFacts(ctx.db, [
    ...new Set([...awards.map((a) => a.initiativeId), ...pledges.map((p) => p.initiativeId)]),
  ]);
  const organisationIds = new Set<string>();
  for (const award of awards) {
    organisationIds.add(award.recipientOrganisationId);
    for (const funder of award.funders) organisationIds.add(funder.fundId);
  }
  for (const pledge of pledges) {
    organisationIds.add(pledge.funderOrganisationId);
    const initiative = initiatives.get(pledge.initiativeId);
    if (initiative) organisationIds.add(initiative.organisationId);
  }
  const organisations = await organisationIdentities(ctx.db, [...organisationIds]);
  const reference = await ctx.runtime.reference.get();
  const municipalityName = (code: string) => reference.municipalities.get(code)?.name ?? code;
  const themeName = (slug: string) => {
    const theme = reference.themes.get(slug as never);
    return theme ? (ctx.locale === 'en' ? theme.nameEn : theme.nameNl) : slug;
  };
  const organisation = (id: string) => {
    const found: Identity = organisations.get(id) ?? { id, name: id, kvkNumber: null, website: null, municipalityCode: null };
    return {
      id: found.kvkNumber ? `NL-KVK-${found.kvkNumber}` : `${PREFIX}-org-${found.id}`,
      name: found.name,
      ...(found.kvkNumber ? { companyNumber: found.kvkNumber } : {}),
      ...(found.website ? { url: found.website } : {}),
      ...(found.municipalityCode ? { addressLocality: municipalityName(found.municipalityCode) } : {}),
      addressCountry: 'NL',
    };
  };
  const about = (initiative: PublicInitiativeFacts) => ({
    ...(initiative.startsOn && initiative.endsOn ? { plannedDates: [{ startDate: initiative.startsOn, endDate: initiative.endsOn }] } : {}),
    beneficiaryLocation: initiative.municipalityCodes.length
      ? initiative.municipalityCodes.map((code) => ({ name: municipalityName(code), countryCode: 'NL', geoCode: code, geoCodeType: 'GM' }))
      : [{ name: 'Nederland', countryCode: 'NL' }],
    classifications: initiative.themes.map((slug) => ({ vocabulary: 'koppel-themes', code: slug, title: themeName(slug) })),
    url: `${publicUrl}/initiatieven/${initiative.id}`,
  });
  const grants: Record<string, unknown>[] = [];
  for (const award of awards as AwardedGrant[]) {
    const initiative = initiatives.get(award.initiativeId);
    if (!initiative) continue;
    grants.push({
      id: `${PREFIX}-award-${award.applicationId}`,
      title: award.initiativeTitle,
      description: award.initiativeSummary || award.initiativeTitle,
      currency: 'EUR',
      amountAwarded: award.amountAwarded,
      awardDate: isoDay(award.awardedAt),
      recipientOrganization: [organisation(award.recipientOrganisationId)],
      fundingOrganization: award.funders.map((funder) => organisation(funder.fundId)),
      grantProgramme: [{ code: award.callId, title: award.callTitle, url: `${publicUrl}/oproepen/${award.callId}` }],
      fromOpenCall: 'Yes',
      ...about(initiative),
    });
  }
  for (const pledge of pledges as TableFundingGrant[]) {
    const initiative = initiatives.get(pledge.initiativeId);
    if (!initiative) continue;
    grants.push({
      id: `${PREFIX}-commitment-${pledge.id}`,
      title: initiative.title,
      description: initiative.summary || initiative.title,
      currency: 'EUR',
      amountAwarded: pledge.amount,
      awardDate: isoDay(pledge.createdAt),
      recipientOrganization: [organisation(initiative.organisationId)],
      fundingOrganization: [organisation(pledge.funderOrganisationId)],
      fromOpenCall: 'No',
      ...about(initiative),
    });
  }
  const now = new Date().toISOString();
  return {
    version: '1.4',
    title: 'Koppel: toekenningen en financieringstoezeggingen',
    description:
      'Awards of calls for proposals and FUNDING commitments made at round-tables to public initiatives on Koppel. Amounts in EUR; beneficiary locations are CBS municipality codes (geoCodeType GM).',
    issued: now.slice(0, 10),
    modified: now,
    identifier: `${PREFIX}-${now.slice(0, 10)}`,
    license: 'https://creativecommons.org/licenses/by/4.0/',
    grants,
  };
}

const isoDay = (value: Date | string) => (value instanceof Date ? value.toISOString() : new Date(value).toISOString()).slice(0, 10);
