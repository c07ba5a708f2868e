import type { Locale } from '@koppel/reference-data';
import { badUserInput, conflict, forbidden, notFound } from '../graphql/errors.js';

export const organisationNotFound = () => notFound({ nl: 'Deze organisatie', en: 'This organisation' });

export const membershipNotFound = () => notFound({ nl: 'Dit lidmaatschap', en: 'This membership' });

export const notAnOwner = () =>
  forbidden({ nl: 'Alleen eigenaren van de organisatie beheren de leden.', en: "Only the organisation's owners manage its members." });

export const lastOwner = () =>
  conflict({
    nl: 'De laatste eigenaar kan niet weg of minder rechten krijgen: maak eerst iemand anders eigenaar.',
    en: 'The last owner cannot leave or be demoted: make someone else owner first.',
  });

export const alreadyMember = () =>
  conflict({
    nl: 'Deze persoon is al lid van de organisatie; wijzig de rol als dat nodig is.',
    en: 'This person is already a member of the organisation; change their role instead.',
  });

export const noAccountWithEmail = (locale: Locale) =>
  badUserInput({
    email: {
      nl: 'Er is geen account met dit e-mailadres; vraag de persoon eerst een account aan te maken.',
      en: 'There is no account with this e-mail address; ask the person to sign up first.',
    }[locale],
  });
