import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/** The budget for what a first visit to a public page downloads before it runs. */
const INITIAL_JS_BUDGET_KB = 250;

/**
 * Prints the JavaScript a first visit of the app loads (the `main` entry and its static imports; lazy pages and
 * GraphiQL excluded), gzipped, and fails the build when it exceeds the budget.
 */
function initialJsBudget(): Plugin {
  return {
    name: 'koppel-initial-js-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      const entry = Object.values(bundle).find((file) => file.type === 'chunk' && file.isEntry && file.name === 'main');
      if (entry?.type !== 'chunk') return;
      const seen = new Set<string>();
      const visit = (fileName: string) => {
        if (seen.has(fileName)) return;
        seen.add(fileName);
        const chunk = bundle[fileName];
        if (chunk?.type === 'chunk') for (const imported of chunk.imports) visit(imported);
      };
      visit(entry.fileName);
      let total = 0;
      for (const fileName of seen) {
        const chunk = bundle[fileName];
        if (chunk?.type === 'chunk') total += gzipSync(chunk.code).length;
      }
      const kb = total / 1024;
      const line = `initial JavaScript of the app (${seen.size} files): ${kb.toFixed(1)} KB gzipped (budget ${INITIAL_JS_BUDGET_KB} KB)`;
      if (kb > INITIAL_JS_BUDGET_KB) this.error(line);
      console.log(`\n${line}`);
    },
  };
}

/** The API that `npm run dev` starts next to Vite's dev server; both read PORT. */
const api = `http://localhost:${process.env.PORT ?? 4000}`;

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react(), initialJsBudget()],
  server: {
    proxy: {
      '/graphql': {
        target: api,
        // In production the API answers a browser's GET /graphql with the built GraphiQL page;
        // in development Vite serves that page itself, so the IDE reloads with the source.
        bypass: (request) =>
          request.method === 'GET' && request.headers.accept?.includes('text/html') && !request.url?.includes('query=')
            ? '/graphiql.html'
            : undefined,
      },
      '/healthz': api,
      '/readyz': api,
      // Downloads and uploads beside GraphQL (exports, CSV, calendar files).
      '/api': api,
    },
  },
  // Found only once GraphiQL starts its GraphQL worker; listed so the dev server does not re-optimise and reload then.
  optimizeDeps: { include: ['monaco-graphql/esm/GraphQLWorker.js', 'monaco-editor/esm/vs/editor/editor.worker.js'] },
  // Monaco's workers (GraphiQL) share code chunks, which only ES-module workers can do.
  worker: { format: 'es' },
  build: {
    // Monaco (GraphiQL's editor) is one large module; it loads only on /graphql, never on the app's pages.
    chunkSizeWarningLimit: 3000,
    rolldownOptions: {
      onwarn(warning, warn) {
        // GraphiQL ships React-compiler directives ("use no memo") that a bundle cannot keep; harmless.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
      input: {
        main: resolve(import.meta.dirname, 'index.html'),
        graphiql: resolve(import.meta.dirname, 'graphiql.html'),
      },
    },
  },
});
