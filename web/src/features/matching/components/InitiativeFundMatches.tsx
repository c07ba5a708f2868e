import { useQuery } from '@apollo/client/react';
import { useLanguage, useMessages } from '../../../i18n/language';
import { Panel } from '../../../ui/Card';
import { EmptyState, ErrorNotice, Loading } from '../../../ui/States';
import { InitiativeFundMatchesQuery } from '../graphql/initiativeFundMatches.query';
import { matchingMessages } from '../messages';
import styles from './InitiativeFundMatches.module.css';
import { ReasonBars } from './ReasonBars';

/** On an initiative's page, for its organisation's members: the funds that fit it, each with why. */
export function InitiativeFundMatches({ initiativeId, published }: { initiativeId: string; published: boolean }) {
  const m = useMessages(matchingMessages);
  return (
    <Panel title={m.fundsTitle} id="fund-matches">
      <p className={styles.lead}>{m.fundsLead}</p>
      {published ? <FundList initiativeId={initiativeId} /> : <EmptyState title={m.fundsOnlyPublished} />}
    </Panel>
  );
}

function FundList({ initiativeId }: { initiativeId: string }) {
  const m = useMessages(matchingMessages);
  const { formatNumber } = useLanguage();
  const query = useQuery(InitiativeFundMatchesQuery, { variables: { initiativeId } });
  if (query.loading && !query.data) return <Loading />;
  if (query.error || !query.data) return <ErrorNotice onRetry={() => void query.refetch()} />;
  const funds = query.data.matchFunds;
  if (funds.length === 0) return <EmptyState title={m.fundsNone} />;
  return (
    <ol className={styles.list} aria-label={m.fundsTitle}>
      {funds.map((match) => (
        <li key={match.fund.id} className={styles.item}>
          <details>
            <summary className={styles.summary}>
              <span className={styles.name}>{match.fund.name}</span>
              <span className={styles.score}>{m.scoreOf(formatNumber(match.score))}</span>
            </summary>
            <div className={styles.body}>
              <ReasonBars reasons={match.reasons} label={m.whyFund(match.fund.name)} compact />
            </div>
          </details>
        </li>
      ))}
    </ol>
  );
}
