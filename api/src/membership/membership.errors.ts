import type { Locale } from '@koppel/reference-data';
import { badUserInput, conflict, forbidden, KoppelError, notFound } from '../core/errors.js';

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

/** The organisations are named, so that the person knows where to make someone else OWNER first. */
export const soleOwnerOf = (organisations: { id: string; name: string }[]) => {
  const names = organisations.map((o) => o.name).join(', ');
  return new KoppelError(
    'CONFLICT',
    {
      nl: `U bent de enige eigenaar van ${names}, dat nog andere leden heeft. Maak daar eerst iemand anders eigenaar.`,
      en: `You are the only owner of ${names}, which has other members. Make someone else owner there first.`,
    },
    { organisations },
  );
};
