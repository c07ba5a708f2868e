import type { Labels, Locale } from '@koppel/reference-data';
import { badUserInput, conflict, forbidden, notFound } from '../core/errors.js';

export const callNotFound = () => notFound({ nl: 'Deze oproep', en: 'This call' });
export const applicationNotFound = () => notFound({ nl: 'Deze aanvraag', en: 'This application' });

export const mayNotManageCall = () =>
  forbidden({
    nl: 'Alleen redacteuren en eigenaren van de fondsen van deze oproep mogen dit.',
    en: "Only the editors and owners of the call's funds may do this.",
  });

export const mayNotCreateCall = () =>
  forbidden({
    nl: 'U moet redacteur of eigenaar zijn van elk fonds dat bijdraagt.',
    en: 'You must be an editor or owner of every fund that contributes.',
  });

export const mayNotApply = () =>
  forbidden({
    nl: 'Alleen redacteuren en eigenaren van de organisatie van dit initiatief mogen aanvragen.',
    en: "Only the editors and owners of the initiative's organisation may apply.",
  });

export const mayNotScore = () =>
  forbidden({
    nl: 'Alleen beoordelaars van deze oproep mogen scoren, en nooit een aanvraag van hun eigen organisatie.',
    en: "Only the call's reviewers may score, and never an application of their own organisation.",
  });

export const callNotInStatus = (status: string, wanted: Labels) =>
  conflict({ nl: `De oproep is ${status}: ${wanted.nl}`, en: `The call is ${status}: ${wanted.en}` });

export const notOpenYet = (opensOn: string) => conflict({ nl: `De oproep gaat open op ${opensOn}.`, en: `The call opens on ${opensOn}.` });

export const deadlinePassed = () =>
  conflict({ nl: 'De deadline van de oproep is verstreken.', en: 'The deadline of the call has passed.' });

export const alreadyApplied = () =>
  conflict({ nl: 'Met dit initiatief is al aangevraagd bij deze oproep.', en: 'This initiative has already applied to this call.' });

export const applicationNotPending = (status: string) =>
  conflict({
    nl: `De aanvraag is ${status}; daarover is al besloten.`,
    en: `The application is ${status}; it has been decided on already.`,
  });

export const noPlaceLeft = () =>
  conflict({ nl: 'Alle plaatsen van deze oproep zijn al toegekend.', en: 'Every place of this call has been awarded already.' });

export const noBudgetLeft = (left: number) =>
  conflict({ nl: `Er is nog maar € ${left} budget over in deze oproep.`, en: `Only € ${left} of budget is left in this call.` });

export const fundShortOfBudget = (names: string[]) =>
  conflict({
    nl: `Niet genoeg budget beschikbaar bij: ${names.join(', ')}.`,
    en: `Not enough budget available at: ${names.join(', ')}.`,
  });

export const field = (name: string, nl: string, en: string, locale: Locale) => badUserInput({ [name]: locale === 'nl' ? nl : en });
