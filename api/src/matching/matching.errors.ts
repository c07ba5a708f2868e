import type { Locale } from '@koppel/reference-data';
import { badUserInput, forbidden, notFound } from '../core/errors.js';

export const fundNotFound = () => notFound({ nl: 'Dit fonds', en: 'This fund' });

export const notAFund = (locale: Locale, field = 'fundId') =>
  badUserInput({ [field]: locale === 'nl' ? 'Deze organisatie is geen fonds.' : 'This organisation is not a fund.' });

export const noFundProfile = (locale: Locale, field = 'fundId') =>
  badUserInput({
    [field]:
      locale === 'nl' ? 'Dit fonds heeft nog geen fondsprofiel om mee te matchen.' : 'This fund has no fund profile to match with yet.',
  });

export const notPublished = (locale: Locale, field = 'initiativeId') =>
  badUserInput({
    [field]: locale === 'nl' ? 'Alleen gepubliceerde initiatieven worden gematcht.' : 'Only published initiatives are matched.',
  });

export const firstOutOfRange = (locale: Locale, max: number) =>
  badUserInput({ first: locale === 'nl' ? `Kies 1 tot en met ${max}.` : `Choose 1 to ${max}.` });

export const allWeightsZero = (locale: Locale) =>
  badUserInput({ weights: locale === 'nl' ? 'Niet alle gewichten mogen 0 zijn.' : 'Not every weight may be 0.' });

export const mayNotDecide = () =>
  forbidden({
    nl: 'Alleen redacteuren en eigenaren van het fonds beslissen over zijn matches.',
    en: "Only the fund's editors and owners decide on its matches.",
  });

export const notOpen = (locale: Locale, field: string) =>
  badUserInput({
    [field]: locale === 'nl' ? 'Alleen open behoeften en aanbod worden gematcht.' : 'Only open needs and offers are matched.',
  });
