import { mergeWeights } from '@koppel/rules';
import { recordAudit } from '../audit/audit.service.js';
import type { Context } from '../core/context.js';
import { badUserInput, unauthenticated } from '../core/errors.js';
import { changedKeys, given } from '../core/input-rules.js';
import { mayNotEditOrganisation, organisationNotFound } from '../organisation/organisation.errors.js';
import { unknownPlaces } from '../reference/places.js';
import { FundProfile } from './fund-profile.entity.js';
import type { FundProfileInput } from './fund-profile.inputs.js';
import { maySetFundProfile } from './fund-profile.policy.js';

const PROFILE_FIELDS = [
  'themes',
  'municipalityCodes',
  'provinceCodes',
  'national',
  'targetGroups',
  'horizonMonths',
  'minGrant',
  'maxGrant',
  'budgetAvailable',
  'description',
  'matchWeights',
] as const satisfies readonly (keyof FundProfile)[];

export class FundProfileService {
  constructor(private readonly ctx: Context) {}

  /** Creates or replaces the fund profile of a FUND organisation. */
  async set(organisationId: string, input: FundProfileInput): Promise<FundProfile> {
    const { viewer, locale } = this.ctx;
    if (!viewer) throw unauthenticated();
    const organisation = await this.ctx.loaders.organisation.byId.load(organisationId);
    if (!organisation) throw organisationNotFound();
    if (!maySetFundProfile(viewer, organisation.id)) throw mayNotEditOrganisation();
    if (organisation.kind !== 'FUND') {
      throw badUserInput({
        organisationId: locale === 'nl' ? 'Alleen een fonds heeft een fondsprofiel.' : 'Only a fund has a fund profile.',
      });
    }
    const problems = await unknownPlaces(this.ctx, {
      municipalities: { municipalityCodes: input.municipalityCodes },
      provinces: { provinceCodes: input.provinceCodes },
    });
    if (Object.keys(problems).length) throw badUserInput(problems);

    await this.ctx.db.transaction(async (tx) => {
      const before = await tx.findOne(FundProfile, { where: { organisationId }, lock: { mode: 'pessimistic_write' } });
      const values = {
        themes: [...input.themes],
        municipalityCodes: [...(input.municipalityCodes ?? [])],
        provinceCodes: [...(input.provinceCodes ?? [])],
        national: input.national ?? false,
        // Added after the first forms were written: left out, they keep what is stored (null clears to the default).
        targetGroups: given(input, 'targetGroups') ? [...(input.targetGroups ?? [])] : (before?.targetGroups ?? []),
        horizonMonths: given(input, 'horizonMonths') ? (input.horizonMonths ?? 12) : (before?.horizonMonths ?? 12),
        minGrant: input.minGrant,
        maxGrant: input.maxGrant,
        budgetAvailable: input.budgetAvailable,
        description: input.description?.trim() ?? '',
        matchWeights: mergeWeights(before?.matchWeights, input.matchWeights),
      };
      const changed = before ? changedKeys(before, { ...before, ...values }, PROFILE_FIELDS) : [...PROFILE_FIELDS];
      if (!changed.length) return;
      if (before) await tx.update(FundProfile, { organisationId }, { ...values, updatedAt: () => 'now()' });
      else await tx.insert(FundProfile, { organisationId, ...values });
      await recordAudit(
        tx,
        { viewer, requestId: this.ctx.requestId },
        {
          action: 'setFundProfile',
          entity: 'FundProfile',
          entityId: organisationId,
          organisationId,
          changedFields: changed,
        },
      );
    });
    // Read-your-writes in this process: the next matchInitiatives must not wait for the NOTIFY.
    this.ctx.runtime.fundProfile.forget(organisationId);
    this.ctx.loaders.fundProfile.byOrganisation.clear(organisationId);
    return (await this.ctx.loaders.fundProfile.byOrganisation.load(organisationId)) as FundProfile;
  }
}
