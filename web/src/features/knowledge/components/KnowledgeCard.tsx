import { Link } from 'react-router';
import type { KnowledgeCardFragment } from '../../../gql/graphql';
import { useMessages } from '../../../i18n/language';
import { TagItem, TagList } from '../../../ui/Tag';
import { knowledgeMessages } from '../messages';
import { BriefingToggle } from './BriefingToggle';
import styles from './Knowledge.module.css';
import { KnowledgeStatusTag } from './KnowledgeStatusTag';

export function KnowledgeCard({ item, footer }: { item: KnowledgeCardFragment; footer?: React.ReactNode }) {
  const m = useMessages(knowledgeMessages);
  return (
    <li className={styles.card}>
      <article aria-labelledby={`knowledge-${item.id}`}>
        <div className={styles.cardHead}>
          <h2 id={`knowledge-${item.id}`} className={styles.cardTitle}>
            <Link to={`/kennisbank/${item.id}`}>{item.question}</Link>
          </h2>
          {item.status !== 'PUBLISHED' && <KnowledgeStatusTag status={item.status} />}
        </div>
        <p className={styles.cardAnswer}>{item.shortAnswer}</p>
        <p className={styles.meta}>
          {m.by} <Link to={`/organisaties/${item.organisation.id}`}>{item.organisation.name}</Link>
          {item.audiences.length > 0 && (
            <>
              {' '}
              · {m.forAudiences.toLowerCase()} {item.audiences.map((audience) => m.audience[audience].toLowerCase()).join(', ')}
            </>
          )}
        </p>
        <div className={styles.cardFoot}>
          <TagList label={m.themes}>
            {item.themes.map((theme) => (
              <TagItem key={theme.slug} tone="theme">
                {theme.name}
              </TagItem>
            ))}
          </TagList>
          {footer ?? <BriefingToggle id={item.id} question={item.question} />}
        </div>
      </article>
    </li>
  );
}
