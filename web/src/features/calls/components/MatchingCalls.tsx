import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { labels } from '../../../i18n/labels';
import { useMessages } from '../../../i18n/language';
import { Panel } from '../../../ui/Card';
import { MatchCallsQuery } from '../graphql/matchCalls.query';
import { callMessages } from '../messages';
import styles from '../pages/CallPage.module.css';

/** "Passende oproepen": on a published initiative's page, for its members — the open calls that fit, with why. */
export function MatchingCalls({ initiativeId }: { initiativeId: string }) {
  const m = useMessages(callMessages);
  const l = useMessages(labels);
  const query = useQuery(MatchCallsQuery, { variables: { initiativeId } });
  const matches = query.data?.matchCalls;
  if (!matches) return null;
  return (
    <Panel title={m.matchingTitle} id="matching-calls">
      {matches.length === 0 ? (
        <p>{m.matchingNone}</p>
      ) : (
        <ul className={styles.reasons}>
          {matches.map((match) => (
            <li key={match.call.id}>
              <p>
                <Link to={`/oproepen/${match.call.id}`}>{match.call.title}</Link> · {m.matchScore(Math.round(match.score))}
              </p>
              <p>
                {m.deadline}: {l.dateTime(match.call.deadline)} ·{' '}
                {m.grantRangeValue(l.euro(match.call.minGrant), l.euro(match.call.maxGrant))}
              </p>
              <details>
                <summary>{m.matchWhy}</summary>
                <ul>
                  {match.reasons.map((reason) => (
                    <li key={reason.criterion}>
                      {reason.explanation} ({m.matchPoints(reason.points, reason.maxPoints)})
                    </li>
                  ))}
                </ul>
              </details>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
