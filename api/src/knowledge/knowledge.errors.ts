import type { Locale } from '@koppel/reference-data';
import { badUserInput, conflict, forbidden, notFound } from '../core/errors.js';
import type { KnowledgeStatus } from './knowledge.entity.js';

export const knowledgeItemNotFound = () => notFound({ nl: 'Dit kennisitem', en: 'This knowledge item' });

export const mayNotWriteKnowledge = () =>
  forbidden({
    nl: 'Alleen redacteuren en eigenaren van de organisatie mogen haar kennisitems schrijven en wijzigen.',
    en: "Only the organisation's editors and owners may write and change its knowledge items.",
  });

export const mayNotReview = () =>
  forbidden({
    nl: 'Alleen redacteuren en eigenaren van de organisatie en alliantiebeheerders mogen kennisitems beoordelen.',
    en: "Only the organisation's editors and owners and alliance admins may review knowledge items.",
  });

export const ownText = () =>
  forbidden({
    nl: 'U hebt deze tekst zelf geschreven of als laatste gewijzigd: een collega moet hem beoordelen (vier ogen).',
    en: 'You wrote or last changed this text yourself: a colleague must review it (four eyes).',
  });

export const wrongStatus = (action: { nl: string; en: string }, status: KnowledgeStatus) =>
  conflict({
    nl: `Een kennisitem met status ${status} kan niet ${action.nl}.`,
    en: `A knowledge item with status ${status} cannot ${action.en}.`,
  });

export const needsSource = (locale: Locale) =>
  badUserInput(
    {
      sources:
        locale === 'nl'
          ? 'Geef minstens één bron: een item in beoordeling of gepubliceerd is onderbouwd.'
          : 'Give at least one source: an item in review or published is backed by evidence.',
    },
    { nl: 'Dit kennisitem heeft nog geen bron.', en: 'This knowledge item has no source yet.' },
  );

export const commentRequired = (locale: Locale) =>
  badUserInput({
    comment:
      locale === 'nl'
        ? 'Schrijf erbij wat er moet veranderen: de auteur heeft het nodig.'
        : 'Say what needs to change: the author needs it.',
  });

export const commentTooLong = (locale: Locale) =>
  badUserInput({ comment: locale === 'nl' ? 'Te lang: hoogstens 2000 tekens.' : 'Too long: at most 2000 characters.' });

export const unknownOrganisation = (locale: Locale) =>
  badUserInput({ organisationId: locale === 'nl' ? 'Deze organisatie bestaat niet.' : 'This organisation does not exist.' });

export const organisationCannotChange = (locale: Locale) =>
  badUserInput({
    organisationId:
      locale === 'nl'
        ? 'Een kennisitem kan niet naar een andere organisatie verhuizen.'
        : 'A knowledge item cannot move to another organisation.',
  });
