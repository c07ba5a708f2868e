import type { Locale } from '@koppel/reference-data';
import { badUserInput, conflict, forbidden, notFound } from '../core/errors.js';

export const tableNotFound = () => notFound({ nl: 'Deze tafel', en: 'This table' });
export const invitationNotFound = () => notFound({ nl: 'Deze uitnodiging', en: 'This invitation' });
export const joinRequestNotFound = () => notFound({ nl: 'Dit verzoek', en: 'This request' });

export const mayNotOrganise = () =>
  forbidden({
    nl: 'Alleen redacteuren en eigenaren van de organisatoren mogen dit.',
    en: "Only the organisers' editors and owners may do this.",
  });

export const mayNotCreateTable = () =>
  forbidden({ nl: 'U moet redacteur of eigenaar zijn van de organisator.', en: 'You must be an editor or owner of the organiser.' });

export const mayNotAnswerFor = () =>
  forbidden({
    nl: 'Alleen redacteuren en eigenaren van de uitgenodigde organisatie mogen namens haar antwoorden.',
    en: 'Only the editors and owners of the invited organisation may answer for it.',
  });

export const mayNotActFor = () =>
  forbidden({ nl: 'U bent geen redacteur of eigenaar van deze organisatie.', en: 'You are not an editor or owner of this organisation.' });

export const tableFull = () => conflict({ nl: 'Alle plaatsen aan deze tafel zijn bezet.', en: 'Every place at this table is taken.' });

export const deadlinePassed = () =>
  conflict({ nl: 'De aanmeldtermijn van deze werkgroep is verstreken.', en: 'The application deadline of this group has passed.' });

export const tableClosed = () => conflict({ nl: 'Deze tafel is afgesloten.', en: 'This table has been closed.' });

export const notForKind = (kind: string) =>
  conflict({ nl: `Dat kan niet bij een tafel van soort ${kind}.`, en: `That is not possible for a table of kind ${kind}.` });

export const alreadyRequested = () =>
  conflict({
    nl: 'Deze organisatie heeft al een lopend verzoek of doet al mee.',
    en: 'This organisation already has an open request or takes part.',
  });

export const alreadyDecided = (status: string) =>
  conflict({ nl: `Over dit verzoek is al besloten (${status}).`, en: `This request has been decided already (${status}).` });

export const notParticipating = () =>
  conflict({ nl: 'Deze organisatie doet niet mee aan deze tafel.', en: 'This organisation does not take part in this table.' });

export const field = (name: string, nl: string, en: string, locale: Locale) => badUserInput({ [name]: locale === 'nl' ? nl : en });
