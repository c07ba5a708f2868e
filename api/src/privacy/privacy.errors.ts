import type { Locale } from '@koppel/reference-data';
import { badUserInput } from '../core/errors.js';

export const wrongPassword = (locale: Locale) =>
  badUserInput({ password: { nl: 'Dit wachtwoord klopt niet.', en: 'This password is wrong.' }[locale] });
