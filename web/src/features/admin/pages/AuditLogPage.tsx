import { useQuery } from '@apollo/client/react';
import { type FormEvent, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { labels } from '../../../i18n/labels';
import { useMessages } from '../../../i18n/language';
import { Button } from '../../../ui/Button';
import listStyles from '../../../ui/ListResults.module.css';
import { Actions, Page } from '../../../ui/Page';
import { Pagination } from '../../../ui/Pagination';
import { EmptyState, ErrorNotice, Loading } from '../../../ui/States';
import { Table } from '../../../ui/Table';
import { TextField } from '../../../ui/TextField';
import { AdminNav } from '../components/AdminNav';
import { AuditLogQuery } from '../graphql/auditLog.query';
import { adminMessages } from '../messages';
import styles from './AuditLogPage.module.css';

const PAGE_SIZE = 50;
/** Address key → filter field; the address is Dutch like the paths. */
const KEYS = { actie: 'action', soort: 'entity', id: 'entityId', organisatie: 'organisationId', van: 'from', tot: 'to' } as const;
type Key = keyof typeof KEYS;

/** A date from the filter as the first instant of that day in the viewer's time zone; `to` is inclusive. */
function instant(date: string, endOfDay: boolean): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const day = new Date(`${date}T00:00:00`);
  if (endOfDay) day.setDate(day.getDate() + 1);
  return day.toISOString();
}

export function AuditLogPage() {
  const m = useMessages(adminMessages);
  const l = useMessages(labels);
  const [params, setParams] = useSearchParams();
  const read = () => Object.fromEntries((Object.keys(KEYS) as Key[]).map((key) => [key, params.get(key) ?? ''])) as Record<Key, string>;
  const [draft, setDraft] = useState(read);
  // biome-ignore lint/correctness/useExhaustiveDependencies: follow the address (back button, shared link)
  useEffect(() => setDraft(read()), [params]);
  const applied = read();
  const page = Math.max(1, Number(params.get('pagina') ?? 1) || 1);

  const query = useQuery(AuditLogQuery, {
    variables: {
      filter: {
        action: applied.actie || null,
        entity: applied.soort || null,
        entityId: applied.id || null,
        organisationId: applied.organisatie || null,
        from: instant(applied.van, false),
        to: instant(applied.tot, true),
      },
      first: PAGE_SIZE,
      after: params.get('na'),
    },
  });
  const connection = (query.data ?? query.previousData)?.auditLog;

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const key of Object.keys(KEYS) as Key[]) if (draft[key].trim()) next.set(key, draft[key].trim());
    setParams(next);
  };
  const field = (key: Key, label: string, extra: Partial<React.ComponentProps<typeof TextField>> = {}) => (
    <TextField
      label={label}
      name={key}
      value={draft[key]}
      onChange={(e) => setDraft((current) => ({ ...current, [key]: e.target.value }))}
      {...extra}
    />
  );

  return (
    <Page title={m.auditTitle} lead={<p>{m.auditLead}</p>} wide>
      <AdminNav />
      <search>
        <form className={styles.filters} onSubmit={apply} aria-label={m.filters}>
          {field('actie', m.action, { hint: m.actionHint })}
          {field('soort', m.entity, { hint: m.entityHint })}
          {field('id', m.entityId)}
          {field('organisatie', m.organisationId)}
          {field('van', m.from, { type: 'date' })}
          {field('tot', m.to, { type: 'date' })}
          <Actions>
            <Button type="submit" variant="primary">
              {m.apply}
            </Button>
            {params.size > 0 && <Button onClick={() => setParams(new URLSearchParams())}>{m.clear}</Button>}
          </Actions>
        </form>
      </search>
      <p className={listStyles.count} role="status">
        {connection ? m.results(connection.totalCount) : ''}
      </p>
      {query.error && <ErrorNotice onRetry={() => void query.refetch()} />}
      {!connection && query.loading && <Loading />}
      {connection && connection.totalCount === 0 && <EmptyState title={m.empty} />}
      {connection && connection.edges.length > 0 && (
        <div className={listStyles.results} data-stale={query.loading}>
          <Table label={m.auditTitle}>
            <thead>
              <tr>
                <th scope="col">{m.colAt}</th>
                <th scope="col">{m.colActor}</th>
                <th scope="col">{m.colAction}</th>
                <th scope="col">{m.colEntity}</th>
                <th scope="col">{m.colFields}</th>
              </tr>
            </thead>
            <tbody>
              {connection.edges.map(({ node }) => (
                <tr key={node.id}>
                  <td className={styles.nowrap}>{l.dateTime(node.at)}</td>
                  <td>
                    {node.actor
                      ? node.actor.name
                      : node.actorId === null && node.actorPseudonym
                        ? m.deletedActor(node.actorPseudonym)
                        : m.nobody}
                  </td>
                  <td>
                    <code>{node.action}</code>
                  </td>
                  <td>
                    {node.entity} <span className={styles.id}>{node.entityId}</span>
                  </td>
                  <td>{node.changedFields.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </Table>
          <Pagination
            page={page}
            pageSize={PAGE_SIZE}
            shown={connection.edges.length}
            total={connection.totalCount}
            endCursor={connection.pageInfo.endCursor}
            hasNextPage={connection.pageInfo.hasNextPage}
          />
        </div>
      )}
    </Page>
  );
}
