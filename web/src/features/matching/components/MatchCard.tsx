import { Link } from 'react-router';
import type { MatchDecision } from '../../../gql/graphql';
import { useLanguage, useMessages } from '../../../i18n/language';
import { Button } from '../../../ui/Button';
import { Tag } from '../../../ui/Tag';
import type { RankedMatch } from '../lib/rescore';
import { matchingMessages } from '../messages';
import styles from './MatchCard.module.css';
import { ReasonBars } from './ReasonBars';

interface MatchCardProps {
  match: RankedMatch;
  rank: number;
  /** Absent: the viewer may not decide for the fund (viewers, admins). */
  onDecide?(decision: MatchDecision | null): void;
  busy?: boolean;
}

export const matchAnchor = (initiativeId: string) => `match-${initiativeId}`;

export function MatchCard({ match, rank, onDecide, busy = false }: MatchCardProps) {
  const m = useMessages(matchingMessages);
  const { formatNumber } = useLanguage();
  const { initiative, decision } = match;
  const titleId = `${matchAnchor(initiative.id)}-title`;
  return (
    <li className={`${styles.card} ${decision === 'DISMISSED' ? styles.dismissed : ''}`} aria-labelledby={titleId}>
      <div className={styles.head}>
        <div className={styles.titles}>
          <p className={styles.rank}>{m.rank(rank)}</p>
          <h2 className={styles.title} id={titleId}>
            <Link id={matchAnchor(initiative.id)} to={`/initiatieven/${initiative.id}`}>
              {initiative.title}
            </Link>
          </h2>
          <p className={styles.meta}>
            {m.by} {initiative.organisation.name} · {initiative.themes.map((theme) => theme.name).join(', ')}
          </p>
        </div>
        <p className={styles.score}>
          <span className={styles.scoreLabel}>{m.scoreLabel}</span>
          <span className={styles.scoreValue} aria-hidden="true">
            {formatNumber(Math.round(match.score))}
          </span>
          <span className={styles.scoreOf}>{m.scoreOf(formatNumber(match.score))}</span>
        </p>
      </div>
      {decision && (
        <p className={styles.decision}>
          <Tag tone={decision === 'SHORTLISTED' ? 'success' : 'muted'}>{decision === 'SHORTLISTED' ? m.shortlisted : m.dismissed}</Tag>
        </p>
      )}
      <ReasonBars reasons={match.reasons} label={m.reasonsLabel(initiative.title)} />
      {onDecide && (
        <div className={styles.actions}>
          {decision === 'DISMISSED' ? (
            <Button busy={busy} aria-label={`${m.restore}: ${initiative.title}`} onClick={() => onDecide(null)}>
              {m.restore}
            </Button>
          ) : (
            <>
              {decision === 'SHORTLISTED' ? (
                <Button busy={busy} aria-label={`${m.unshortlist}: ${initiative.title}`} onClick={() => onDecide(null)}>
                  {m.unshortlist}
                </Button>
              ) : (
                <Button
                  variant="primary"
                  busy={busy}
                  aria-label={`${m.shortlist}: ${initiative.title}`}
                  onClick={() => onDecide('SHORTLISTED')}
                >
                  {m.shortlist}
                </Button>
              )}
              <Button variant="quiet" busy={busy} aria-label={`${m.dismiss}: ${initiative.title}`} onClick={() => onDecide('DISMISSED')}>
                {m.dismiss}
              </Button>
            </>
          )}
        </div>
      )}
    </li>
  );
}
