// Monaco's workers (editor, JSON, GraphQL) for GraphiQL, bundled by Vite: nothing loads from a CDN, which the API's
// CSP forbids. graphiql's own `setup-workers/vite` does the same from node_modules, where Vite's dev-server
// dependency pre-bundling cannot handle `?worker` imports; from our source they work in dev and in the build.
import type { Environment } from 'monaco-editor';
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker.js?worker';
import JsonWorker from 'monaco-editor/esm/vs/language/json/json.worker.js?worker';
import GraphQLWorker from './graphql.worker?worker';

const environment: Environment = {
  getWorker(_workerId, label) {
    if (label === 'json') return new JsonWorker();
    if (label === 'graphql') return new GraphQLWorker();
    return new EditorWorker();
  },
};
window.MonacoEnvironment = environment;
