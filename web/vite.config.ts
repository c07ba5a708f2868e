import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The API that `npm run dev` starts next to Vite's dev server; both read PORT. */
const api = `http://localhost:${process.env.PORT ?? 4000}`;

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
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
