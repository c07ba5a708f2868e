import { createServer } from 'node:http';
import pg from 'pg';

/**
 * The benchmark's peer: PostGraphile v5 (amber preset) over the same database, in its own process.
 * Three table conditions let its `condition` ask Koppel's questions: listed (published or funded, written
 * like Koppel's so that the same partial index applies), theme overlap and place overlap.
 */

// PostGraphile 5 uses Node 22's Promise.withResolvers; Node 20 gets it here, before PostGraphile loads.
if (!('withResolvers' in Promise)) {
  Object.defineProperty(Promise, 'withResolvers', {
    configurable: true,
    writable: true,
    value<T>() {
      let resolve!: (value: T) => void;
      let reject!: (reason?: unknown) => void;
      const promise = new Promise<T>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      return { promise, resolve, reject };
    },
  });
}

const { postgraphile } = await import('postgraphile');
const { PostGraphileAmberPreset } = await import('postgraphile/presets/amber');
const { makePgService } = await import('postgraphile/adaptors/pg');
const { grafserv } = await import('postgraphile/grafserv/node');
const { addPgTableCondition } = await import('graphile-utils');

const initiative = { schemaName: 'public', tableName: 'initiative' };
type Helpers = {
  sql: { fragment: (s: TemplateStringsArray, ...v: unknown[]) => unknown; value: (v: unknown) => unknown };
  sqlTableAlias: unknown;
};
// biome-ignore lint/suspicious/noExplicitAny: PostGraphile's build and SQL types are generic beyond what this needs.
type Build = any;
const textList = (build: Build) => ({ type: new build.graphql.GraphQLList(new build.graphql.GraphQLNonNull(build.graphql.GraphQLString)) });
const overlap =
  (column: string) =>
  (value: unknown, { sql, sqlTableAlias }: Helpers) =>
    value == null ? null : sql.fragment`${sqlTableAlias}.${(sql as Build).identifier(column)} && ${sql.value(value)}::text[]`;

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const preset = {
  extends: [PostGraphileAmberPreset],
  plugins: [
    addPgTableCondition(initiative, 'listed', (build: Build) => ({ type: build.graphql.GraphQLBoolean }), ((
      value: unknown,
      { sql, sqlTableAlias }: Helpers,
    ) => (value === true ? sql.fragment`${sqlTableAlias}.status IN ('PUBLISHED','FUNDED')` : null)) as never),
    addPgTableCondition(initiative, 'themesOverlap', textList, overlap('themes') as never),
    addPgTableCondition(initiative, 'placesOverlap', textList, overlap('place_codes') as never),
  ],
  pgServices: [makePgService({ pool, schemas: ['public'] })],
  grafserv: { graphqlPath: '/graphql', graphiql: false, watch: false },
  grafast: { explain: false },
};

const pgl = postgraphile(preset as never);
const handler = pgl.createServ(grafserv).createHandler();
const server = createServer((request, response) => {
  handler(request, response, () => {
    response.writeHead(request.url === '/readyz' ? 200 : 404).end();
  });
});
// Ready once the schema is built (the first request waits for it otherwise).
await pgl.getSchema();
server.listen(Number(process.env.PORT), process.env.HOST ?? '127.0.0.1');
process.on('SIGTERM', () => {
  server.close();
  void Promise.resolve(pgl.release()).then(() => pool.end().then(() => process.exit(0)));
});
