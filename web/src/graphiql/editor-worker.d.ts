// monaco-editor ships no types for its worker entry.
declare module 'monaco-editor/esm/vs/editor/editor.worker.js' {
  export function initialize<Context, CreateData>(factory: (context: Context, createData: CreateData) => unknown): void;
}
