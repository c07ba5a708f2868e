import type { Locale } from '@koppel/reference-data';
import type { DataSource } from 'typeorm';
import type { Logger } from '../config/logger.js';
import type { Viewer } from './viewer.js';

/**
 * Per-request loaders, namespaced per feature: `ctx.loaders.initiative.byId.byId`. Each feature adds its
 * namespace by declaration merging in its loaders file, so the kernel types them without importing
 * any feature:
 *
 *     declare module '../core/context.js' { interface Loaders { initiative: InitiativeLoaders } }
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging, one namespace per feature
export interface Loaders {}

/** Per-feature settings from this process's configuration (`KoppelModule.settings`), merged in the same way. */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging
export interface Settings {}

/** Per-feature process-wide state (`KoppelModule.runtime`), merged in the same way. */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging
export interface Runtime {}

/** What every resolver gets: built per request, never shared between requests. */
export interface Context {
  requestId: string;
  locale: Locale;
  viewer: Viewer | null;
  db: DataSource;
  loaders: Loaders;
  settings: Settings;
  runtime: Runtime;
  log: Logger;
  /** Cookies the response should set (the session cookie of `signIn` and `signOut`). */
  cookies: ResponseCookies;
}

export interface ResponseCookies {
  set(name: string, value: string, options: { maxAgeSeconds: number }): void;
  clear(name: string): void;
}
