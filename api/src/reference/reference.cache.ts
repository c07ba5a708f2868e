import type { DataSource } from 'typeorm';
import type { Logger } from '../config/logger.js';
import { Listener } from '../db/listener.js';
import { Municipality, Province, Theme } from './reference.entity.js';

export interface ReferenceSnapshot {
  themes: ReadonlyMap<string, Theme>;
  provinces: ReadonlyMap<string, Province>;
  municipalities: ReadonlyMap<string, Municipality>;
  /** Per province code, by name. */
  municipalitiesByProvince: ReadonlyMap<string, readonly Municipality[]>;
}

/** Sent by a trigger on the reference tables (migration 1764000004000) whenever a row changes. */
export const REFERENCE_CHANGED_CHANNEL = 'koppel_reference_changed';

/**
 * The reference data (5 themes, 12 provinces, 342 municipalities) in this process's memory: nearly
 * every page shows it, and it changes only when an admin edits it. Each process LISTENs for the
 * trigger's NOTIFY and reloads on the next use, so every API process sees an edit at once. While
 * the listening connection is down, the cache is bypassed rather than trusted.
 */
export class ReferenceCache {
  private snapshot: Promise<ReferenceSnapshot> | null = null;
  private settled: ReferenceSnapshot | null = null;
  private generation = 0;
  private readonly listener: Listener;

  constructor(
    private readonly db: DataSource,
    log: Logger,
  ) {
    const invalidate = () => this.invalidate();
    this.listener = new Listener(db, log, REFERENCE_CHANGED_CHANNEL, { notify: invalidate, reset: invalidate });
  }

  async start(): Promise<void> {
    await this.listener.start();
    // Warmed now; a failure here is retried by the next use.
    if (this.listener.listening) await this.get().catch(() => {});
  }

  stop(): Promise<void> {
    return this.listener.stop();
  }

  /** The snapshot, if it is loaded and trusted right now: lets resolvers answer without a promise. */
  current(): ReferenceSnapshot | null {
    return this.listener.listening ? this.settled : null;
  }

  get(): Promise<ReferenceSnapshot> {
    if (!this.listener.listening) return this.load();
    const generation = this.generation;
    if (!this.snapshot) {
      const loading = this.load();
      this.snapshot = loading;
      // A change that arrives while loading makes this load stale: forget it, the next use reloads.
      loading.then(
        (loaded) => {
          if (this.generation !== generation) {
            if (this.snapshot === loading) this.snapshot = null;
          } else {
            this.settled = loaded;
          }
        },
        () => {
          if (this.snapshot === loading) this.snapshot = null;
        },
      );
    }
    return this.snapshot;
  }

  private invalidate(): void {
    this.generation++;
    this.snapshot = null;
    this.settled = null;
  }

  private async load(): Promise<ReferenceSnapshot> {
    const [themes, provinces, municipalities] = await Promise.all([
      this.db.getRepository(Theme).find({ order: { position: 'ASC' } }),
      this.db.getRepository(Province).find({ order: { name: 'ASC' } }),
      this.db.getRepository(Municipality).find({ order: { name: 'ASC' } }),
    ]);
    const byProvince = new Map<string, Municipality[]>();
    for (const municipality of municipalities) {
      const list = byProvince.get(municipality.provinceCode) ?? [];
      list.push(municipality);
      byProvince.set(municipality.provinceCode, list);
    }
    return {
      themes: new Map(themes.map((t) => [t.slug, t])),
      provinces: new Map(provinces.map((p) => [p.code, p])),
      municipalities: new Map(municipalities.map((m) => [m.code, m])),
      municipalitiesByProvince: byProvince,
    };
  }
}
