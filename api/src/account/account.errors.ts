import { conflict } from '../core/errors.js';

export const lastAdminCannotLeave = () =>
  conflict({
    nl: 'U bent de laatste beheerder van de alliantie: benoem eerst een ander voordat u uw account verwijdert.',
    en: 'You are the last alliance admin: appoint another one before deleting your account.',
  });
