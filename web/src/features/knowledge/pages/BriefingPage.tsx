import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { Link, useSearchParams } from 'react-router';
import { labels } from '../../../i18n/labels';
import { useMessages } from '../../../i18n/language';
import { Button, ButtonAnchor } from '../../../ui/Button';
import { Page } from '../../../ui/Page';
import { EmptyState, Loading } from '../../../ui/States';
import { AnswerHtml } from '../components/AnswerHtml';
import styles from '../components/Knowledge.module.css';
import { SourcesList } from '../components/SourcesList';
import { BriefingItemQuery } from '../graphql/briefingItem.query';
import { BRIEFING_MAX, collectionMarkdownUrl, useBriefing } from '../hooks/useBriefing';
import { knowledgeMessages } from '../messages';

/**
 * `/kennisbank/briefing?ids=a,b,c`: the chosen items one after another, for the browser's "save as PDF" (the print
 * style sheet keeps only the items). The ids are in the address, so a briefing can be sent on; without them, the
 * basket's items.
 */
export function BriefingPage() {
  const m = useMessages(knowledgeMessages);
  const l = useMessages(labels);
  const briefing = useBriefing();
  const [params, setParams] = useSearchParams();
  const fromUrl = (params.get('ids') ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean)
    .slice(0, BRIEFING_MAX);
  const ids = fromUrl.length ? fromUrl : briefing.ids;

  useEffect(() => {
    if (!fromUrl.length && briefing.ids.length) setParams({ ids: briefing.ids.join(',') }, { replace: true });
  }, [fromUrl.length, briefing.ids, setParams]);

  const remove = (id: string) => {
    if (briefing.has(id)) briefing.toggle(id);
    const rest = ids.filter((other) => other !== id);
    setParams(rest.length ? { ids: rest.join(',') } : {}, { replace: true });
  };

  return (
    <Page
      title={m.briefingTitle}
      lead={ids.length > 0 && <p>{m.briefingLead(ids.length, l.date(new Date().toISOString()))}</p>}
      back={
        <Link to="/kennisbank" data-print="hide">
          {m.back}
        </Link>
      }
      actions={
        ids.length > 0 && (
          <div className={styles.toolbar} data-print="hide">
            <Button variant="primary" onClick={() => window.print()}>
              {m.print}
            </Button>
            <ButtonAnchor href={collectionMarkdownUrl(ids)} download>
              {m.downloadMarkdown}
            </ButtonAnchor>
          </div>
        )
      }
    >
      {ids.length === 0 ? (
        <EmptyState title={m.briefingEmpty}>
          <p>{m.briefingEmptyBody}</p>
        </EmptyState>
      ) : (
        <ol className={styles.briefingList}>
          {ids.map((id) => (
            <BriefingEntry key={id} id={id} onRemove={() => remove(id)} />
          ))}
        </ol>
      )}
    </Page>
  );
}

function BriefingEntry({ id, onRemove }: { id: string; onRemove(): void }) {
  const m = useMessages(knowledgeMessages);
  const query = useQuery(BriefingItemQuery, { variables: { id } });
  const item = query.data?.knowledgeItem;
  return (
    <li className={styles.briefingEntry}>
      {query.loading && !query.data ? (
        <Loading />
      ) : !item ? (
        <p className={styles.muted}>{m.briefingMissing}</p>
      ) : (
        <article aria-labelledby={`briefing-${id}`}>
          <h2 id={`briefing-${id}`} className={styles.h2}>
            <Link to={`/kennisbank/${id}`}>{item.question}</Link>
          </h2>
          <p className={styles.meta}>
            {item.organisation.name} · {item.themes.map((theme) => theme.name).join(', ')}
          </p>
          <p className={styles.shortAnswer}>{item.shortAnswer}</p>
          {item.longAnswerHtml && <AnswerHtml html={item.longAnswerHtml} />}
          {item.sources.length > 0 && (
            <>
              <h3 className={styles.h3}>{m.sources}</h3>
              <SourcesList sources={item.sources} />
            </>
          )}
        </article>
      )}
      <div data-print="hide">
        <Button variant="quiet" onClick={onRemove} aria-label={item ? `${m.remove}: ${item.question}` : m.remove}>
          {m.remove}
        </Button>
      </div>
    </li>
  );
}
