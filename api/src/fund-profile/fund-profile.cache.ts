import type { DataSource } from 'typeorm';
import type { Logger } from '../config/logger.js';
import { hydrate, selectList } from '../core/paging.js';
import { Listener } from '../db/listener.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { FundProfile } from './fund-profile.entity.js';

/** Sent by triggers on `organisation` and `fund_profile` (migration 1764000021000): the organisation's id, `*` for all. */
export const FUND_CHANGED_CHANNEL = 'koppel_fund_changed';
/** More funds than the alliance will have; past it the oldest entry goes. */
const MAX_FUNDS = 2000;
/** Prefix of the fund profile's columns in the one statement. */
const PROFILE = '__profile.';

export interface Fund {
  organisation: Organisation;
  /** Null when the organisation has none (no fund, or a fund that has not filled it in). */
  profile: FundProfile | null;
}

/**
 * Organisations with their fund profile, by id, in this process's memory: every `matchInitiatives` starts
 * from them, and they change when a fund edits its profile. Each process LISTENs for the triggers' NOTIFY
 * and drops that organisation, so an edit is seen by every API process as soon as it commits (a request
 * already running keeps what it read); while the listening connection is down, the cache is bypassed.
 * The entries are shared between requests and frozen: nobody may change them.
 */
export class FundCache {
  private readonly entries = new Map<string, Promise<Fund | null>>();
  private generation = 0;
  private readonly listener: Listener;

  constructor(
    private readonly db: DataSource,
    log: Logger,
  ) {
    this.listener = new Listener(db, log, FUND_CHANGED_CHANNEL, {
      notify: (id) => {
        this.generation++;
        if (id === '*') this.entries.clear();
        else this.entries.delete(id);
      },
      reset: () => {
        this.generation++;
        this.entries.clear();
      },
    });
  }

  start(): Promise<void> {
    return this.listener.start();
  }

  stop(): Promise<void> {
    return this.listener.stop();
  }

  /** The organisation and its fund profile; null for an unknown id (not kept). */
  get(organisationId: string): Promise<Fund | null> {
    if (!this.listener.listening) return this.load(organisationId);
    const cached = this.entries.get(organisationId);
    if (cached) return cached;
    const generation = this.generation;
    const loading = this.load(organisationId);
    this.entries.set(organisationId, loading);
    if (this.entries.size > MAX_FUNDS) this.entries.delete(this.entries.keys().next().value as string);
    // A change heard while loading may not be in what was read: forget it, the next use reads again.
    const forget = () => {
      if (this.entries.get(organisationId) === loading) this.entries.delete(organisationId);
    };
    loading.then((fund) => (!fund || this.generation !== generation ? forget() : undefined), forget);
    return loading;
  }

  /** Drops a fund now, for the process that changed it (its own NOTIFY follows a moment later). */
  forget(organisationId: string): void {
    this.generation++;
    this.entries.delete(organisationId);
  }

  /** The organisation and its profile in one statement, read as their features' loaders read them. */
  private async load(organisationId: string): Promise<Fund | null> {
    const [row]: Record<string, unknown>[] = await this.db.query(
      `SELECT ${selectList(this.db, Organisation, 'o')}, ${selectList(this.db, FundProfile, 'p', PROFILE)}
         FROM organisation o LEFT JOIN fund_profile p ON p.organisation_id = o.id WHERE o.id = $1`,
      [organisationId],
    );
    if (!row) return null;
    const profileColumns: Record<string, unknown> = {};
    for (const key of Object.keys(row)) {
      if (!key.startsWith(PROFILE)) continue;
      profileColumns[key.slice(PROFILE.length)] = row[key];
      delete row[key];
    }
    const profile = profileColumns.organisationId ? freezeEntity(hydrate(FundProfile, profileColumns)) : null;
    return { organisation: freezeEntity(hydrate(Organisation, row)), profile };
  }
}

/** The entity and the arrays and objects it holds (themes, match weights), frozen: shared by every request. */
function freezeEntity<T extends object>(entity: T): T {
  for (const value of Object.values(entity))
    if (value !== null && typeof value === 'object' && !(value instanceof Date)) Object.freeze(value);
  return Object.freeze(entity);
}
