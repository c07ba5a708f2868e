import type { Locale } from '@koppel/reference-data';
import { badUserInput, conflict, forbidden, notFound } from '../core/errors.js';

export const publicationNotFound = () => notFound({ nl: 'Deze publicatie', en: 'This publication' });

export const mayNotPublish = () =>
  forbidden({
    nl: 'Alleen redacteuren en eigenaren van de organisatie mogen haar publicaties toevoegen en wijzigen.',
    en: "Only the organisation's editors and owners may add and change its publications.",
  });

export const mayNotCoSign = () =>
  forbidden({
    nl: 'U kunt alleen mede-ondertekenen namens een organisatie waarvan u redacteur of eigenaar bent.',
    en: 'You can only co-sign on behalf of an organisation you are an editor or owner of.',
  });

export const notOpenForCoSigning = () =>
  conflict({ nl: 'Deze publicatie staat niet open voor mede-ondertekening.', en: 'This publication is not open for co-signing.' });

export const ownPublication = () =>
  conflict({
    nl: 'Een organisatie ondertekent haar eigen publicatie niet mee: zij staat er al op.',
    en: 'An organisation does not co-sign its own publication: it is on it already.',
  });

export const unknownOrganisation = (locale: Locale) =>
  badUserInput({ organisationId: locale === 'nl' ? 'Deze organisatie bestaat niet.' : 'This organisation does not exist.' });

export const organisationCannotChange = (locale: Locale) =>
  badUserInput({
    organisationId:
      locale === 'nl'
        ? 'Een publicatie kan niet naar een andere organisatie verhuizen.'
        : 'A publication cannot move to another organisation.',
  });
