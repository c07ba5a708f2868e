import type { Locale } from '@koppel/reference-data';
import { badUserInput, conflict, type FieldProblems, forbidden, notFound } from '../core/errors.js';

export const initiativeNotFound = () => notFound({ nl: 'Dit initiatief', en: 'This initiative' });

export const mayNotEditInitiative = () =>
  forbidden({
    nl: 'Alleen redacteuren en eigenaren van de organisatie mogen dit initiatief wijzigen.',
    en: "Only the organisation's editors and owners may change this initiative.",
  });

export const mayNotDeleteInitiative = () =>
  forbidden({
    nl: 'Alleen eigenaren van de organisatie mogen een initiatief verwijderen.',
    en: "Only the organisation's owners may delete an initiative.",
  });

/** Publishing (or editing a published initiative) without what a fund needs: each missing field named. */
export function incompleteForPublication(fields: readonly string[], locale: Locale) {
  const message =
    locale === 'nl' ? 'Vul dit in: een gepubliceerd initiatief heeft het nodig.' : 'Fill this in: a published initiative needs it.';
  const place =
    locale === 'nl'
      ? 'Kies gemeenten of landelijk: een gepubliceerd initiatief heeft het nodig.'
      : 'Choose municipalities or national: a published initiative needs it.';
  const problems: FieldProblems = Object.fromEntries(fields.map((field) => [field, field === 'municipalityCodes' ? place : message]));
  return badUserInput(problems, {
    nl: 'Het initiatief mist nog gegevens om gepubliceerd te worden.',
    en: 'The initiative still lacks what it needs to be published.',
  });
}

export const cannotPublish = (status: string) =>
  conflict({
    nl: `Een initiatief met status ${status} kan niet (opnieuw) gepubliceerd worden.`,
    en: `An initiative with status ${status} cannot be published (again).`,
  });

export const unknownOrganisation = (locale: Locale) =>
  badUserInput({ organisationId: locale === 'nl' ? 'Deze organisatie bestaat niet.' : 'This organisation does not exist.' });

export const organisationCannotChange = (locale: Locale) =>
  badUserInput({
    organisationId:
      locale === 'nl'
        ? 'Een initiatief kan niet naar een andere organisatie verhuizen.'
        : 'An initiative cannot move to another organisation.',
  });

export const periodOrder = (locale: Locale) =>
  badUserInput({ endsOn: locale === 'nl' ? 'De einddatum ligt vóór de begindatum.' : 'The end date is before the start date.' });
