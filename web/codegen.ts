import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed documents (TypedDocumentNode) for every `graphql(...)` call in the web app; `npm run codegen -w web`. */
const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        onlyOperationTypes: true,
        skipTypename: true,
        // The API's scalars arrive as ISO strings (`2026-04-01`, `2026-04-01T10:00:00Z`).
        scalars: { Date: 'string', DateTime: 'string', JSON: 'unknown' },
      },
    },
  },
};

export default config;
