import type { Initiative } from './initiative.entity.js';

/** The fields a fund needs before an initiative can be published, named as in `InitiativeInput`. */
export const PUBLICATION_FIELDS = [
  'summary',
  'themes',
  'municipalityCodes',
  'targetGroups',
  'budgetRequested',
  'startsOn',
  'endsOn',
] as const;

type Publishable = Pick<
  Initiative,
  'summary' | 'themes' | 'municipalityCodes' | 'national' | 'targetGroups' | 'budgetRequested' | 'startsOn' | 'endsOn'
>;

/** Which of those are missing (a place is `municipalityCodes` or `national`). Empty: it may be published. */
export function missingForPublication(initiative: Publishable): (typeof PUBLICATION_FIELDS)[number][] {
  const missing: (typeof PUBLICATION_FIELDS)[number][] = [];
  if (!initiative.summary.trim()) missing.push('summary');
  if (initiative.themes.length === 0) missing.push('themes');
  if (initiative.municipalityCodes.length === 0 && !initiative.national) missing.push('municipalityCodes');
  if (initiative.targetGroups.length === 0) missing.push('targetGroups');
  if (initiative.budgetRequested === null) missing.push('budgetRequested');
  if (!initiative.startsOn) missing.push('startsOn');
  if (!initiative.endsOn) missing.push('endsOn');
  return missing;
}
