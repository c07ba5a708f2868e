import { Link } from 'react-router';
import type { CallCardFragment } from '../../../gql/graphql';
import { labels } from '../../../i18n/labels';
import { useMessages } from '../../../i18n/language';
import { TagItem, TagList } from '../../../ui/Tag';
import styles from '../../initiatives/components/InitiativeCard.module.css';
import { callMessages } from '../messages';

export function CallCard({ call }: { call: CallCardFragment }) {
  const m = useMessages(callMessages);
  const l = useMessages(labels);
  const places = call.national ? [l.national] : call.provinces.map((province) => province.name);
  return (
    <li className={styles.card}>
      <article aria-labelledby={`call-${call.id}`}>
        <div className={styles.head}>
          <h2 id={`call-${call.id}`} className={styles.title}>
            <Link to={`/oproepen/${call.id}`}>{call.title}</Link>
          </h2>
          <span className={styles.status}>
            <CallStatusTag status={call.status} />
          </span>
        </div>
        <p className={styles.meta}>
          {m.by} {call.funders.map((funder) => funder.fund.name).join(', ')}
          {places.length > 0 && <> · {places.join(', ')}</>}
        </p>
        <p className={styles.summary}>
          {m.deadline}: {l.dateTime(call.deadline)} · {m.grantRange}: {m.grantRangeValue(l.euro(call.minGrant), l.euro(call.maxGrant))} ·{' '}
          {m.placesLeft}: {m.placesLeftValue(call.placesLeft, call.places)}
        </p>
        <div className={styles.foot}>
          <TagList label={m.themes}>
            {call.themes.map((theme) => (
              <TagItem key={theme.slug} tone="theme">
                {theme.name}
              </TagItem>
            ))}
          </TagList>
        </div>
      </article>
    </li>
  );
}

export function CallStatusTag({ status }: { status: CallCardFragment['status'] }) {
  const m = useMessages(callMessages);
  const tone = status === 'DRAFT' ? 'draft' : status === 'OPEN' ? 'primary' : status === 'DECIDED' ? 'success' : 'muted';
  return (
    <span className={styles.statusTag} data-tone={tone}>
      {m.callStatus[status]}
    </span>
  );
}
