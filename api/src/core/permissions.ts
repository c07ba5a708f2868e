/**
 * The permission table's shape: who may call each operation and see each guarded field. Each feature
 * writes its rows once (`x.permissions.ts`, in its module); they are the single source of
 * `docs/permissions.md`, of the "Who may call it" line of each operation's description in the schema,
 * and of the permission matrix test, which runs every served mutation (and every restricted query) as
 * each actor and checks the answer against `allowed`. Enforcement stays where STYLE.md puts it:
 * `@Authorized()` for "signed in / admin", named policies in the services.
 */

/**
 * Who is asking, relative to the row's subject (the organisation an operation concerns — by default
 * the one named in its arguments; a row may name another, such as "the invited organisation"):
 * - ANONYMOUS: not signed in;
 * - SIGNED_IN: an account without a role in that organisation;
 * - VIEWER / EDITOR / OWNER: a member with that role;
 * - OTHER_OWNER: the OWNER of another organisation (and nothing in this one);
 * - ADMIN: an alliance admin who is not a member of that organisation.
 * Features add actors of their own (`PermissionTable.actors`): the reviewer of a call, say.
 */
export const BASE_ACTORS = ['ANONYMOUS', 'SIGNED_IN', 'VIEWER', 'EDITOR', 'OWNER', 'OTHER_OWNER', 'ADMIN'] as const;
export type BaseActor = (typeof BASE_ACTORS)[number];
/** A base actor or one a feature defines (upper case: `REVIEWER`). */
export type Actor = BaseActor | (string & {});

export const BASE_ACTOR_LABELS: Record<BaseActor, string> = {
  ANONYMOUS: 'anonymous',
  SIGNED_IN: 'signed in',
  VIEWER: 'VIEWER',
  EDITOR: 'EDITOR',
  OWNER: 'OWNER',
  OTHER_OWNER: "other org's OWNER",
  ADMIN: 'admin',
};

export const EVERYONE: readonly Actor[] = BASE_ACTORS;
export const SIGNED_IN: readonly Actor[] = ['SIGNED_IN', 'VIEWER', 'EDITOR', 'OWNER', 'OTHER_OWNER', 'ADMIN'];
export const MEMBERS: readonly Actor[] = ['VIEWER', 'EDITOR', 'OWNER'];
export const MEMBERS_AND_ADMINS: readonly Actor[] = ['VIEWER', 'EDITOR', 'OWNER', 'ADMIN'];
export const EDITORS: readonly Actor[] = ['EDITOR', 'OWNER', 'ADMIN'];
export const OWNERS: readonly Actor[] = ['OWNER', 'ADMIN'];
export const ADMINS: readonly Actor[] = ['ADMIN'];

/** An actor a feature adds: a relation to the subject other than a role in it. */
export interface ActorDefinition {
  id: string;
  /** Column heading in the doc. */
  label: string;
  /** Who that is, in plain words. */
  description: string;
}

export interface OperationPermission {
  kind: 'query' | 'mutation';
  operation: string;
  /** Whose roles count, when not the organisation named in the arguments: "the invited organisation". */
  subject?: string;
  allowed: readonly Actor[];
  /** The rule in plain words, as the doc and the schema show it. */
  rule: string;
  /** Operations of a later issue: documented now, checked by the matrix once they are served. */
  planned?: true;
}

export interface FieldPermission {
  field: string;
  allowed: readonly Actor[];
  rule: string;
}

/** One feature's rows. */
export interface PermissionTable {
  actors?: readonly ActorDefinition[];
  operations: readonly OperationPermission[];
  fields?: readonly FieldPermission[];
}

/** Every feature's rows together (and the actors they use), in module order. */
export class Permissions {
  readonly actors: readonly ActorDefinition[];
  readonly operations: readonly OperationPermission[];
  readonly fields: readonly FieldPermission[];

  constructor(tables: readonly PermissionTable[]) {
    this.actors = tables.flatMap((t) => t.actors ?? []);
    this.operations = tables.flatMap((t) => t.operations);
    this.fields = tables.flatMap((t) => t.fields ?? []);
  }

  /** Base actors first, then the features' own. */
  get actorIds(): string[] {
    return [...BASE_ACTORS, ...this.actors.map((a) => a.id)];
  }

  /**
   * Whether a row allows an actor. A row open to every base actor (EVERYONE: public) is open to the
   * features' actors too; otherwise a feature's actor is allowed only where the row names it.
   */
  allows(permission: Pick<OperationPermission, 'allowed'>, actor: Actor): boolean {
    if (permission.allowed.includes(actor)) return true;
    return !(BASE_ACTORS as readonly string[]).includes(actor) && BASE_ACTORS.every((a) => permission.allowed.includes(a));
  }

  operation(name: string): OperationPermission | undefined {
    return this.operations.find((p) => p.operation === name && !p.planned) ?? this.operations.find((p) => p.operation === name);
  }

  label(actor: Actor): string {
    return BASE_ACTOR_LABELS[actor as BaseActor] ?? this.actors.find((a) => a.id === actor)?.label ?? actor;
  }

  /** The line the schema adds to an operation's description. */
  describe(permission: OperationPermission): string {
    return `Who may call it: ${permission.subject ? `(roles in ${permission.subject}) ` : ''}${permission.rule}`;
  }

  // -------------------------------------------------------------------------------------------
  // The doc's tables

  renderTables(): string {
    const served = (kind: 'query' | 'mutation') =>
      this.operations
        .filter((p) => p.kind === kind && !p.planned)
        .map((p) => ({ name: `\`${p.operation}\``, allowed: p.allowed, rule: withSubject(p) }));
    const planned = this.operations
      .filter((p) => p.planned)
      .map((p) => ({ name: `\`${p.operation}\` (${p.kind})`, allowed: p.allowed, rule: withSubject(p) }));
    const fields = this.fields.map((f) => ({ name: `\`${f.field}\``, allowed: f.allowed, rule: f.rule }));
    const sections = [
      DOC_START,
      this.table('Mutations', served('mutation')),
      this.table('Queries', served('query')),
      this.table('Fields', fields),
    ];
    if (planned.length) sections.push(this.table('Planned (later issues)', planned));
    if (this.actors.length) {
      sections.push(
        [
          '### Actors the features add',
          '',
          '| actor | who |',
          '|---|---|',
          ...this.actors.map((a) => `| ${a.label} | ${a.description} |`),
        ].join('\n'),
      );
    }
    sections.push(DOC_END);
    return sections.join('\n\n');
  }

  /** The doc with its generated section replaced by the tables. */
  withTables(doc: string): string {
    const start = doc.indexOf(DOC_START);
    const end = doc.indexOf(DOC_END);
    if (start < 0 || end < start) throw new Error(`docs/permissions.md needs the markers ${DOC_START} … ${DOC_END}`);
    return doc.slice(0, start) + this.renderTables() + doc.slice(end + DOC_END.length);
  }

  private table(title: string, items: readonly { name: string; allowed: readonly Actor[]; rule: string }[]): string {
    const actors = this.actorIds;
    const header = row(['', ...actors.map((a) => this.label(a)), 'rule']);
    const divider = row(['---', ...actors.map(() => ':-:'), '---']);
    const lines = items.map((item) => row([item.name, ...actors.map((a) => (this.allows(item, a) ? '✓' : '—')), item.rule]));
    return [`### ${title}`, '', header, divider, ...lines].join('\n');
  }
}

export const DOC_START = "<!-- permission-table:start (generated from the features' *.permissions.ts) -->";
export const DOC_END = '<!-- permission-table:end -->';

/** docs/permissions.md, from api/src/core/ and from api/dist/core/ alike. */
export const PERMISSIONS_DOC = new URL('../../../docs/permissions.md', import.meta.url);

function withSubject(p: OperationPermission): string {
  return p.subject ? `(roles in ${p.subject}) ${p.rule}` : p.rule;
}

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}
