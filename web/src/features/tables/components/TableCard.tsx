import { Link } from 'react-router';
import type { TableCardFragment } from '../../../gql/graphql';
import { useLanguage, useMessages } from '../../../i18n/language';
import { Card } from '../../../ui/Card';
import { Facts } from '../../../ui/Page';
import { Tag } from '../../../ui/Tag';
import { tableMessages } from '../messages';
import { formatDateTime } from '../time';

/** One table in a list: kind, theme, place, the next meeting and the places taken. */
export function TableCard({ table }: { table: TableCardFragment }) {
  const m = useMessages(tableMessages);
  const { language } = useLanguage();
  const now = Date.now();
  const next = table.sessions.find((session) => new Date(session.startsAt).getTime() > now);
  return (
    <Card as="li">
      <p>
        <Tag tone="primary">{m.kind[table.kind]}</Tag> <Tag tone="theme">{table.theme.name}</Tag>{' '}
        <Tag tone={table.status === 'CLOSED' ? 'muted' : 'neutral'}>{m.status[table.status]}</Tag>
      </p>
      <h2>
        <Link to={`/tafels/${table.id}`}>{table.title}</Link>
      </h2>
      <Facts
        items={[
          [m.organiser, table.organiser.name],
          [m.place, [table.municipality?.name, table.online ? m.online : table.location].filter(Boolean).join(' · ')],
          [m.nextSession, next ? formatDateTime(next.startsAt, language) : m.noSessions],
          [m.places, m.placesValue(table.acceptedCount, table.capacity ?? null)],
        ]}
      />
    </Card>
  );
}
