import { Link } from 'react-router';
import type { InitiativeCardFragment } from '../../../gql/graphql';
import { labels } from '../../../i18n/labels';
import { useMessages } from '../../../i18n/language';
import { TagItem, TagList } from '../../../ui/Tag';
import { initiativeMessages } from '../messages';
import styles from './InitiativeCard.module.css';

export function InitiativeCard({
  initiative,
  showOrganisation = true,
}: {
  initiative: InitiativeCardFragment;
  showOrganisation?: boolean;
}) {
  const m = useMessages(initiativeMessages);
  const l = useMessages(labels);
  const places = initiative.national ? [l.national] : initiative.municipalities.map((municipality) => municipality.name);
  return (
    <li className={styles.card}>
      <article aria-labelledby={`initiative-${initiative.id}`}>
        <div className={styles.head}>
          <h2 id={`initiative-${initiative.id}`} className={styles.title}>
            <Link to={`/initiatieven/${initiative.id}`}>{initiative.title}</Link>
          </h2>
          {initiative.status !== 'PUBLISHED' && (
            <span className={styles.status}>
              <StatusTag status={initiative.status} />
            </span>
          )}
        </div>
        {showOrganisation && (
          <p className={styles.meta}>
            {m.by} <Link to={`/organisaties/${initiative.organisation.id}`}>{initiative.organisation.name}</Link>
            {places.length > 0 && (
              <>
                {' '}
                · {places.slice(0, 3).join(', ')}
                {places.length > 3 ? ` +${places.length - 3}` : ''}
              </>
            )}
          </p>
        )}
        {initiative.summary && <p className={styles.summary}>{initiative.summary}</p>}
        <div className={styles.foot}>
          <TagList label={m.themes}>
            {initiative.themes.map((theme) => (
              <TagItem key={theme.slug} tone="theme">
                {theme.name}
              </TagItem>
            ))}
          </TagList>
          {initiative.budgetRequested != null && (
            <span className={styles.budget}>
              {m.budget}: {l.euro(initiative.budgetRequested)}
            </span>
          )}
        </div>
      </article>
    </li>
  );
}

export function StatusTag({ status }: { status: InitiativeCardFragment['status'] }) {
  const l = useMessages(labels);
  const tone = status === 'DRAFT' ? 'draft' : status === 'FUNDED' ? 'success' : status === 'CLOSED' ? 'muted' : 'primary';
  return (
    <span className={styles.statusTag} data-tone={tone}>
      {l.initiativeStatus[status]}
    </span>
  );
}
