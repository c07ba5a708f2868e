// monaco-graphql's language worker, started from our source rather than from
// `monaco-graphql/esm/graphql.worker.js`: Vite's dev server serves a worker from node_modules unbundled, and
// its CommonJS dependencies (nullthrows, debounce-promise) then fail to load; from here they are pre-bundled.
import { initialize } from 'monaco-editor/esm/vs/editor/editor.worker.js';
import { GraphQLWorker } from 'monaco-graphql/esm/GraphQLWorker.js';

type Arguments = ConstructorParameters<typeof GraphQLWorker>;

self.onmessage = () => {
  initialize((context: Arguments[0], createData: Arguments[1]) => new GraphQLWorker(context, createData));
};
