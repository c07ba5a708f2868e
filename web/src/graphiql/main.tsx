import './workers';
import 'graphiql/style.css';
import './graphiql.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

const fetcher = createGraphiQLFetcher({ url: '/graphql' });

const defaultQuery = `# Koppel's public GraphQL API. Press Ctrl+Enter (⌘+Enter) to run.
# Texts for people follow the Accept-Language header (nl or en): try it under "Headers".

{
  themes {
    slug
    name
  }
  provinces {
    code
    name
    population
  }
}
`;

const root = document.getElementById('root');
if (!root) throw new Error('graphiql.html has no #root');
createRoot(root).render(
  <StrictMode>
    <main className="koppel-graphiql">
      <h1 className="visually-hidden">Koppel GraphQL API</h1>
      <GraphiQL fetcher={fetcher} defaultQuery={defaultQuery} initialHeaders={'{\n  "Accept-Language": "nl"\n}'}>
        <GraphiQL.Logo>
          <a className="koppel-graphiql-home" href="/">
            Koppel
          </a>{' '}
          GraphQL API
        </GraphiQL.Logo>
      </GraphiQL>
    </main>
  </StrictMode>,
);
