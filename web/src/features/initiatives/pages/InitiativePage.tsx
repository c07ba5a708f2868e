import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { NotFound } from '../../../app/NotFound';
import { signInPath } from '../../../app/RequireViewer';
import { labels } from '../../../i18n/labels';
import { useMessages } from '../../../i18n/language';
import { Button, ButtonLink } from '../../../ui/Button';
import { Panel } from '../../../ui/Card';
import { Dialog } from '../../../ui/Dialog';
import { isNotFound, useProblems } from '../../../ui/form';
import { Actions, Facts, Page } from '../../../ui/Page';
import { EmptyState, ErrorNotice, Loading, Notice } from '../../../ui/States';
import { TagItem, TagList } from '../../../ui/Tag';
import { useToast } from '../../../ui/Toast';
import { useViewer } from '../../account/hooks/useViewer';
import { MatchingCalls } from '../../calls/components/MatchingCalls';
import { InitiativeFundMatches } from '../../matching/components/InitiativeFundMatches';
import { NeedOfferMatches } from '../../matching/components/NeedOfferMatches';
import { StatusTag } from '../components/InitiativeCard';
import { CloseInitiativeMutation } from '../graphql/closeInitiative.mutation';
import { InitiativeQuery } from '../graphql/initiative.query';
import { PublishInitiativeMutation } from '../graphql/publishInitiative.mutation';
import { initiativeMessages } from '../messages';
import styles from './InitiativePage.module.css';

export function InitiativePage() {
  const { id = '' } = useParams();
  const m = useMessages(initiativeMessages);
  const l = useMessages(labels);
  const toast = useToast();
  const { viewer, mayEdit, roleIn } = useViewer();
  const query = useQuery(InitiativeQuery, { variables: { id } });
  const publishProblems = useProblems(m.failed);
  const [publish, publishing] = useMutation(PublishInitiativeMutation);
  const [close, closing] = useMutation(CloseInitiativeMutation);
  const [confirmClose, setConfirmClose] = useState(false);

  if (query.loading && !query.data) return <Loading />;
  if (isNotFound(query.error) || (query.data && !query.data.initiative)) return <NotFound />;
  if (query.error || !query.data?.initiative) return <ErrorNotice onRetry={() => void query.refetch()} />;
  const initiative = query.data.initiative;
  const organisation = initiative.organisation;
  const editable = mayEdit(organisation.id);
  // Matches are the organisation's own working material, not part of the public page.
  const member = roleIn(organisation.id) !== null;
  const published = initiative.status === 'PUBLISHED' || initiative.status === 'FUNDED';
  const missing = Object.keys(publishProblems.problems.fields);

  const doPublish = async () => {
    publishProblems.clear();
    try {
      await publish({ variables: { id } });
      toast(m.publishedToast);
    } catch (error) {
      publishProblems.fail(error);
    }
  };
  const doClose = async () => {
    try {
      await close({ variables: { id } });
      setConfirmClose(false);
      toast(m.closedToast);
    } catch (error) {
      setConfirmClose(false);
      publishProblems.fail(error);
    }
  };

  const places = initiative.national ? [l.national] : initiative.municipalities.map((municipality) => municipality.name);
  return (
    <Page
      title={initiative.title}
      eyebrow={<StatusTag status={initiative.status} />}
      back={<Link to="/initiatieven">← {m.listTitle}</Link>}
      lead={
        <p>
          {m.by} <Link to={`/organisaties/${organisation.id}`}>{organisation.name}</Link>
        </p>
      }
      actions={
        editable && (
          <>
            <ButtonLink to={`/initiatieven/${id}/bewerken`}>{m.edit}</ButtonLink>
            {initiative.status === 'DRAFT' && (
              <Button variant="primary" busy={publishing.loading} onClick={() => void doPublish()}>
                {m.publish}
              </Button>
            )}
            {(initiative.status === 'PUBLISHED' || initiative.status === 'FUNDED') && (
              <Button variant="danger" onClick={() => setConfirmClose(true)}>
                {m.close}
              </Button>
            )}
          </>
        )
      }
    >
      {initiative.status === 'DRAFT' && (
        <Notice tone="warning">
          <p>{m.draftNotice(organisation.name)}</p>
        </Notice>
      )}
      {initiative.status === 'CLOSED' && (
        <Notice tone="info">
          <p>{m.closedNotice}</p>
        </Notice>
      )}
      {(missing.length > 0 || publishProblems.problems.message) && (
        <div className={styles.missing} role="alert">
          <p className={styles.missingTitle}>{missing.length > 0 ? m.missingTitle : publishProblems.problems.message}</p>
          {missing.length > 0 && (
            <>
              <ul>
                {missing.map((field) => (
                  <li key={field}>
                    <strong>{m.fieldLabels[field] ?? field}</strong>: {publishProblems.problems.fields[field]}
                  </li>
                ))}
              </ul>
              <ButtonLink variant="primary" to={`/initiatieven/${id}/bewerken?ontbreekt=${missing.join(',')}`}>
                {m.missingEdit}
              </ButtonLink>
            </>
          )}
        </div>
      )}

      <div className={styles.grid}>
        <div className={styles.main}>
          <section aria-labelledby="about">
            <h2 id="about" className={styles.h2}>
              {m.about}
            </h2>
            {initiative.summary && <p className={styles.summary}>{initiative.summary}</p>}
            {initiative.description
              .split(/\n{2,}/)
              .map((paragraph) => (paragraph.trim() ? <p key={paragraph.slice(0, 40)}>{paragraph}</p> : null))}
          </section>
          <Panel title={m.needsTitle} id="needs">
            {initiative.needs.length === 0 ? (
              <EmptyState title={m.noNeeds} />
            ) : (
              <ul className={styles.needs}>
                {initiative.needs.map((need) => (
                  <li key={need.id}>
                    <strong>{need.title}</strong> <span className={styles.muted}>· {l.needOfferKind[need.kind]}</span>
                    {need.amount != null && <> · {l.euro(need.amount)}</>}
                    {need.quantity != null && <> · {need.quantity}×</>}
                    {need.status === 'CLOSED' && <> · {l.needOfferStatus.CLOSED}</>}
                    {need.description && <p className={styles.muted}>{need.description}</p>}
                    {member && published && need.status === 'OPEN' && <NeedOfferMatches needId={need.id} needTitle={need.title} />}
                  </li>
                ))}
              </ul>
            )}
          </Panel>
          {member && <InitiativeFundMatches initiativeId={id} published={published} />}
          {member && initiative.status === 'PUBLISHED' && <MatchingCalls initiativeId={id} />}
        </div>
        <aside className={styles.side} aria-label={m.about}>
          <Facts
            items={[
              [
                m.themes,
                <TagList key="themes">
                  {initiative.themes.map((theme) => (
                    <TagItem key={theme.slug} tone="theme">
                      {theme.name}
                    </TagItem>
                  ))}
                </TagList>,
              ],
              [m.where, places.join(', ')],
              [m.targetGroups, initiative.targetGroups.map((group) => group.name).join(', ')],
              [m.budget, initiative.budgetRequested != null ? l.euro(initiative.budgetRequested) : ''],
              [m.coFunding, initiative.coFundingSecured ? l.euro(initiative.coFundingSecured) : ''],
              [
                m.period,
                initiative.startsOn && initiative.endsOn ? m.periodValue(l.date(initiative.startsOn), l.date(initiative.endsOn)) : '',
              ],
              [m.published, initiative.publishedAt ? l.date(initiative.publishedAt) : ''],
            ]}
          />
          <section className={styles.contact} aria-labelledby="contact">
            <h2 id="contact" className={styles.h3}>
              {m.contactTitle}
            </h2>
            <p>
              <Link to={`/organisaties/${organisation.id}`}>{organisation.name}</Link>
              {organisation.website && (
                <>
                  <br />
                  <a href={organisation.website} rel="noopener noreferrer">
                    {m.website}
                  </a>
                </>
              )}
            </p>
            {viewer ? (
              organisation.contactEmail || organisation.contactPhone ? (
                <p>
                  {organisation.contactEmail && (
                    <>
                      {m.email}: <a href={`mailto:${organisation.contactEmail}`}>{organisation.contactEmail}</a>
                      <br />
                    </>
                  )}
                  {organisation.contactPhone && (
                    <>
                      {m.phone}: <a href={`tel:${organisation.contactPhone}`}>{organisation.contactPhone}</a>
                    </>
                  )}
                </p>
              ) : (
                <p className={styles.muted}>{m.contactNone}</p>
              )
            ) : (
              <p>
                <Link to={signInPath(`/initiatieven/${id}`)}>{m.contactSignIn}</Link>
              </p>
            )}
          </section>
        </aside>
      </div>

      <Dialog open={confirmClose} title={m.closeTitle} onClose={() => setConfirmClose(false)}>
        <p>{m.closeBody}</p>
        <Actions>
          <Button variant="danger" busy={closing.loading} onClick={() => void doClose()}>
            {m.closeConfirm}
          </Button>
          <Button onClick={() => setConfirmClose(false)}>{m.cancel}</Button>
        </Actions>
      </Dialog>
    </Page>
  );
}
