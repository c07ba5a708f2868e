import type { Locale } from '@koppel/reference-data';
import { badUserInput, conflict, KoppelError } from '../graphql/errors.js';

export const wrongPassword = (locale: Locale) =>
  badUserInput({ password: { nl: 'Dit wachtwoord klopt niet.', en: 'This password is wrong.' }[locale] });

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

export const lastAdminCannotLeave = () =>
  conflict({
    nl: 'U bent de laatste beheerder van de alliantie: benoem eerst een ander voordat u uw account verwijdert.',
    en: 'You are the last alliance admin: appoint another one before deleting your account.',
  });
