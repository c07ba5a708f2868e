import type { Locale } from '@koppel/reference-data';
import type { CompositionReason } from '@koppel/rules';

const TEXT: Record<CompositionReason['fact'], [string, string]> = {
  THEME_MATCH: ['Werkt aan het thema van de tafel.', 'Works on the theme of the table.'],
  THEME_OTHER: ['Werkt (nog) niet aan het thema van de tafel.', 'Does not work on the theme of the table (yet).'],
  SAME_MUNICIPALITY: ['Gevestigd in de gemeente van de tafel.', "Based in the table's municipality."],
  SAME_PROVINCE: ['Gevestigd in dezelfde provincie.', 'Based in the same province.'],
  FUND_SERVES_MUNICIPALITY: ['Fonds dat deze gemeente bedient.', 'A fund serving this municipality.'],
  FUND_SERVES_PROVINCE: ['Fonds dat de provincie van deze gemeente bedient.', "A fund serving this municipality's province."],
  FUND_NATIONAL: ['Landelijk fonds.', 'A national fund.'],
  ELSEWHERE: ['Gevestigd buiten de provincie.', 'Based outside the province.'],
  FILLS_QUOTA: ['Vult het quotum voor dit soort organisatie.', 'Fills the quota for this kind of organisation.'],
  BEYOND_QUOTA: ['Een vrije plaats, boven de quota.', 'A free seat, beyond the quotas.'],
  ORGANISER: ['Organiseert de tafel.', 'Organises the table.'],
};

/** A composition reason in plain words, in the request's language. */
export const explainReason = (reason: CompositionReason, locale: Locale): string => TEXT[reason.fact][locale === 'nl' ? 0 : 1];
