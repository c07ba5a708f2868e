import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import type { MatchDecision } from '../../../gql/graphql';
import { useMessages } from '../../../i18n/language';
import { useToast } from '../../../ui/Toast';
import { FundMatchesQuery } from '../graphql/fundMatches.query';
import { SetMatchDecisionMutation } from '../graphql/setMatchDecision.mutation';
import { matchingMessages } from '../messages';

/**
 * Shortlisting and dismissing, each undoable from its toast. A match has no id of its own (it is a fund and an
 * initiative), so the decision is written into the page's one list of candidates in the cache.
 */
export function useMatchDecisions(fundId: string) {
  const m = useMessages(matchingMessages);
  const toast = useToast();
  const client = useApolloClient();
  const [mutate] = useMutation(SetMatchDecisionMutation);
  const [busy, setBusy] = useState<string | null>(null);

  const write = useCallback(
    (initiativeId: string, decision: MatchDecision | null) =>
      client.cache.updateQuery({ query: FundMatchesQuery, variables: { fundId } }, (data) =>
        data
          ? {
              ...data,
              matchInitiatives: data.matchInitiatives.map((match) =>
                match.initiative.id === initiativeId ? { ...match, decision } : match,
              ),
            }
          : data,
      ),
    [client, fundId],
  );

  const decide = useCallback(
    async (initiativeId: string, title: string, decision: MatchDecision | null, previous: MatchDecision | null, undoable = true) => {
      setBusy(initiativeId);
      write(initiativeId, decision);
      try {
        const result = await mutate({ variables: { fundId, initiativeId, decision } });
        write(initiativeId, result.data?.setMatchDecision?.decision ?? null);
      } catch {
        write(initiativeId, previous);
        toast(m.failed);
        return;
      } finally {
        setBusy(null);
      }
      if (!undoable) {
        toast(m.undone);
        return;
      }
      const message =
        decision === 'SHORTLISTED'
          ? m.shortlistedToast(title)
          : decision === 'DISMISSED'
            ? m.dismissedToast(title)
            : previous === 'SHORTLISTED'
              ? m.unshortlistedToast(title)
              : m.restoredToast(title);
      toast(message, { action: { label: m.undo, onClick: () => void decide(initiativeId, title, previous, decision, false) } });
    },
    [fundId, m, mutate, toast, write],
  );

  return { decide, busy };
}
