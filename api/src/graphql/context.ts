import type { Locale } from '@koppel/reference-data';
import type { DataSource } from 'typeorm';
import type { AccountSettings } from '../account/account.service.js';
import type { Viewer } from '../auth/viewer.js';
import type { Logger } from '../config/logger.js';
import type { Loaders } from './loaders.js';

/** What every resolver gets: built per request, never shared between requests. */
export interface Context {
  requestId: string;
  locale: Locale;
  viewer: Viewer | null;
  db: DataSource;
  loaders: Loaders;
  log: Logger;
  /** Cookies the response should set (the session cookie of `signIn` and `signOut`). */
  cookies: ResponseCookies;
  /** Session length and the production switch, from this process's configuration. */
  accountSettings: AccountSettings;
}

export interface ResponseCookies {
  set(name: string, value: string, options: { maxAgeSeconds: number }): void;
  clear(name: string): void;
}
