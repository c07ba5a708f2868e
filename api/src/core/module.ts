import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ClassType } from 'type-graphql';
import type { DataSource, EntityManager } from 'typeorm';
import type { Config } from '../config/config.js';
import type { Logger } from '../config/logger.js';
import type { Context, Loaders, Runtime, Settings } from './context.js';
import type { PermissionTable } from './permissions.js';
import type { Viewer } from './viewer.js';

/**
 * A feature, as the kernel sees it. Each feature folder exports one (`defineModule({...})`) and
 * `api/src/modules.ts` lists them; the schema, the per-request loaders, the entities, the permission
 * table (and its doc and matrix test), HTTP routes and the personal-data export and erasure all read
 * that list. The kernel never imports a feature.
 */
export interface KoppelModule<Name extends string = string> {
  /** Also the feature's namespace in `ctx.loaders`, `ctx.settings` and `Runtime`. */
  name: Name;
  entities?: readonly ClassType<object>[];
  resolvers?: readonly ClassType<object>[];
  /** Built per request: `ctx.loaders[name]`. */
  loaders?: (deps: LoaderDeps) => unknown;
  /** What the feature reads from the configuration: `ctx.settings[name]`. */
  settings?: (config: Config) => unknown;
  /** Process-wide state (a cache, a listener), started once the database is migrated: `runtime[name]`. */
  runtime?: (deps: RuntimeDeps) => ModuleRuntime;
  permissions?: PermissionTable;
  /** Plain HTTP endpoints beside `/graphql` (downloads, uploads). */
  routes?: (app: FastifyInstance, deps: RouteDeps) => void;
  /** Who is asking; exactly one module (accounts) provides it. */
  resolveViewer?: (request: FastifyRequest, db: DataSource) => Promise<{ viewer: Viewer | null; rejected: boolean }>;
  personalData?: PersonalData;
}

export interface ModuleRuntime<T = unknown> {
  value: T;
  start?(): Promise<void>;
  stop?(): Promise<void>;
}

export interface RuntimeDeps {
  db: DataSource;
  log: Logger;
  config: Config;
  /** Every module, for a feature that serves all of them (the personal-data export). */
  modules: readonly KoppelModule[];
}

export interface LoaderDeps {
  db: DataSource;
  viewer: Viewer | null;
  runtime: Runtime;
}

export interface RouteDeps {
  db: DataSource;
  /** The viewer of a plain HTTP request (cookie or bearer token); `rejected` for a bad bearer token. */
  viewerOf(request: FastifyRequest): Promise<{ viewer: Viewer | null; rejected: boolean }>;
  settings: Settings;
  runtime: Runtime;
}

/**
 * A feature's part of the viewer's rights over their data (GDPR/AVG). `export` returns the feature's
 * sections of the export; `erase` runs inside the one erasure transaction, in module order, and may
 * refuse (throw a CONFLICT) before anything is deleted by a later module.
 */
export interface PersonalData {
  export?(db: DataSource | EntityManager, person: Person): Promise<Record<string, unknown>>;
  /** Locks and refusals, in module order, before anything is erased. */
  check?(tx: EntityManager, ctx: Context, person: Person): Promise<void>;
  /** Erasure, in reverse module order: a feature's dependents erase first, the audit trail is pseudonymised last. */
  erase?(tx: EntityManager, ctx: Context, person: Person): Promise<void>;
}

export interface Person {
  accountId: string;
  email: string;
}

export function defineModule<const Name extends string>(module: KoppelModule<Name>): KoppelModule<Name> {
  return module;
}

/**
 * Every loader of every module, fresh for one request (never shared between requests or viewers). A
 * module's loaders are built the first time the request uses them: most requests use two or three features.
 */
export function createLoaders(modules: readonly KoppelModule[], deps: LoaderDeps): Loaders {
  const loaders: Record<string, unknown> = {};
  for (const module of modules) {
    const build = module.loaders;
    if (!build) continue;
    Object.defineProperty(loaders, module.name, {
      enumerable: true,
      configurable: true,
      get() {
        const built = build(deps);
        Object.defineProperty(loaders, module.name, { value: built, enumerable: true });
        return built;
      },
    });
  }
  return loaders as unknown as Loaders;
}

export function readSettings(modules: readonly KoppelModule[], config: Config): Settings {
  const settings: Record<string, unknown> = {};
  for (const module of modules) if (module.settings) settings[module.name] = module.settings(config);
  return settings as unknown as Settings;
}

/** Every module's process-wide state, not started yet (the caller starts them after the migrations). */
export function createRuntimes(deps: RuntimeDeps): { runtime: Runtime; instances: ModuleRuntime[] } {
  const runtime: Record<string, unknown> = {};
  const instances: ModuleRuntime[] = [];
  for (const module of deps.modules) {
    if (!module.runtime) continue;
    const instance = module.runtime(deps);
    runtime[module.name] = instance.value;
    instances.push(instance);
  }
  return { runtime: runtime as unknown as Runtime, instances };
}

export const entitiesOf = (modules: readonly KoppelModule[]) => modules.flatMap((m) => m.entities ?? []);
export const resolversOf = (modules: readonly KoppelModule[]) => modules.flatMap((m) => m.resolvers ?? []);
