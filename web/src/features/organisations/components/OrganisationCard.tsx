import { Link } from 'react-router';
import type { OrganisationCardFragment } from '../../../gql/graphql';
import { labels } from '../../../i18n/labels';
import { useMessages } from '../../../i18n/language';
import { Tag, TagItem, TagList } from '../../../ui/Tag';
import styles from '../../initiatives/components/InitiativeCard.module.css';
import { organisationMessages } from '../messages';

export function OrganisationCard({ organisation }: { organisation: OrganisationCardFragment }) {
  const m = useMessages(organisationMessages);
  const l = useMessages(labels);
  const place = [organisation.municipality?.name, organisation.national ? m.national : null].filter(Boolean).join(' · ');
  return (
    <li className={styles.card}>
      <article aria-labelledby={`organisation-${organisation.id}`}>
        <div className={styles.head}>
          <h2 id={`organisation-${organisation.id}`} className={styles.title}>
            <Link to={`/organisaties/${organisation.id}`}>{organisation.name}</Link>
          </h2>
          <span className={styles.status}>
            <Tag>{l.organisationKind[organisation.kind]}</Tag>
          </span>
        </div>
        <p className={styles.meta}>
          {place}
          {organisation.migrantLed && <> · {m.migrantLed}</>}
        </p>
        {organisation.description && <p className={styles.summary}>{truncate(organisation.description, 240)}</p>}
        <TagList label={m.themes}>
          {organisation.themes.map((theme) => (
            <TagItem key={theme.slug} tone="theme">
              {theme.name}
            </TagItem>
          ))}
        </TagList>
      </article>
    </li>
  );
}

function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, text.lastIndexOf(' ', length))} …`;
}
