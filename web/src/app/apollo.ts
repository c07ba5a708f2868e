import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import type { Language } from '../i18n/messages';

const clients = new Map<Language, ApolloClient>();

/**
 * The API answers texts for people (theme names, later match explanations) in the request's Accept-Language,
 * but Apollo's cache does not key on headers: one client, and so one cache, per language keeps Dutch and English
 * answers apart, and switching back is instant.
 */
export function apolloClientFor(language: Language): ApolloClient {
  let client = clients.get(language);
  if (!client) {
    client = new ApolloClient({
      link: new HttpLink({ uri: '/graphql', credentials: 'same-origin', headers: { 'Accept-Language': language } }),
      cache: new InMemoryCache({
        typePolicies: {
          Theme: { keyFields: ['slug'] },
          TargetGroupLabel: { keyFields: ['slug'] },
          Province: { keyFields: ['code'] },
          Municipality: { keyFields: ['code'] },
          // No id: pages that read different fields of a fund's profile merge them instead of replacing each other's.
          FundProfile: { merge: true },
          MatchWeights: { merge: true },
        },
      }),
    });
    clients.set(language, client);
  }
  return client;
}

/**
 * After signing in or out, or deleting the account, nothing cached may outlive the session (drafts, contact
 * details): every language's cache is emptied, and the current one refetches what is on screen.
 */
export async function resetAllClients(current: Language): Promise<void> {
  await Promise.all(
    [...clients.entries()].map(([language, client]) =>
      // A refetch can be aborted when its page goes away meanwhile; the queries that stay show their own errors.
      (language === current ? client.resetStore() : client.clearStore()).catch(() => undefined),
    ),
  );
}
