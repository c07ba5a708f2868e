import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useLanguage, useMessages } from '../../../i18n/language';
import { NeedOfferMatchesQuery } from '../graphql/needOfferMatches.query';
import { matchingMessages } from '../messages';
import styles from './NeedOfferMatches.module.css';

/** Under an open need, compact: the offers that meet it best, each with its score and its reasons in one line. */
export function NeedOfferMatches({ needId, needTitle }: { needId: string; needTitle: string }) {
  const m = useMessages(matchingMessages);
  const { formatNumber } = useLanguage();
  const query = useQuery(NeedOfferMatchesQuery, { variables: { needId } });
  // Offers are a hint beside the need: a failure or a wait shows nothing rather than an error in the way.
  if (!query.data) return null;
  const offers = query.data.matchOffers;
  return (
    <div className={styles.offers}>
      <p className={styles.title}>{m.offersTitle}</p>
      {offers.length === 0 ? (
        <p className={styles.none}>{m.offersNone}</p>
      ) : (
        <ul aria-label={`${m.offersTitle}: ${needTitle}`} className={styles.list}>
          {offers.map((match) => (
            <li key={match.offer.id}>
              <strong>{match.offer.title}</strong>{' '}
              <span className={styles.muted}>
                · <Link to={`/organisaties/${match.offer.organisation.id}`}>{match.offer.organisation.name}</Link> ·{' '}
                {m.scoreOf(formatNumber(match.score))}
              </span>
              <span className={styles.why}>
                {match.reasons
                  .filter((reason) => reason.points > 0)
                  .map((reason) => reason.explanation)
                  .join(' · ')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
