import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { NotFound } from '../../../app/NotFound';
import { signInPath } from '../../../app/RequireViewer';
import { labels } from '../../../i18n/labels';
import { useMessages } from '../../../i18n/language';
import { ButtonLink } from '../../../ui/Button';
import { CardList, Panel } from '../../../ui/Card';
import { isNotFound } from '../../../ui/form';
import { Facts, Page } from '../../../ui/Page';
import { EmptyState, ErrorNotice, Loading, Notice } from '../../../ui/States';
import { Tag, TagItem, TagList } from '../../../ui/Tag';
import { useViewer } from '../../account/hooks/useViewer';
import { InitiativeCard } from '../../initiatives/components/InitiativeCard';
import styles from '../../initiatives/pages/InitiativePage.module.css';
import { OrganisationOverview } from '../../overview/components/OrganisationOverview';
import { OrganisationPublications } from '../../publications/components/OrganisationPublications';
import { OrganisationTables } from '../../tables/components/OrganisationTables';
import { ManageNav } from '../components/ManageNav';
import { OrganisationPageQuery } from '../graphql/organisation.query';
import { organisationMessages } from '../messages';

type RegionLike = { code?: string; name?: string; officialName?: string };
const regionName = (region: RegionLike) => region.name ?? region.officialName ?? '';

export function OrganisationPage() {
  const { id = '' } = useParams();
  const m = useMessages(organisationMessages);
  const l = useMessages(labels);
  const { viewer, roleIn, mayEdit } = useViewer();
  const query = useQuery(OrganisationPageQuery, { variables: { id } });

  if (query.loading && !query.data) return <Loading />;
  if (isNotFound(query.error) || (query.data && !query.data.organisation)) return <NotFound />;
  if (query.error || !query.data?.organisation) return <ErrorNotice onRetry={() => void query.refetch()} />;
  const organisation = query.data.organisation;
  const role = roleIn(id);
  const fund = organisation.fundProfile;
  const openNeeds = organisation.needs.filter((need) => need.status === 'OPEN');
  const openOffers = organisation.offers.filter((offer) => offer.status === 'OPEN');

  return (
    <Page
      title={organisation.name}
      eyebrow={
        <>
          <Tag>{l.organisationKind[organisation.kind]}</Tag>
          {organisation.migrantLed && <Tag tone="primary">{m.migrantLed}</Tag>}
          {organisation.anbi && <Tag>{m.anbi}</Tag>}
        </>
      }
      back={<Link to="/organisaties">← {m.listTitle}</Link>}
      actions={
        <>
          {role && fund && (
            <ButtonLink variant="primary" to={`/organisaties/${id}/matches`}>
              {m.viewMatches}
            </ButtonLink>
          )}
          {mayEdit(id) && <ButtonLink to={`/organisaties/${id}/bewerken`}>{m.manageTitle}</ButtonLink>}
        </>
      }
    >
      {role && (
        <>
          <Notice tone="info">
            <p>{m.yourRole(l.role[role])}</p>
          </Notice>
          {mayEdit(id) && <ManageNav organisationId={id} kind={organisation.kind} />}
        </>
      )}
      <div className={styles.grid}>
        <div className={styles.main}>
          <section aria-labelledby="about">
            <h2 id="about" className={styles.h2}>
              {m.about}
            </h2>
            {organisation.description
              .split(/\n{2,}/)
              .map((paragraph) => (paragraph.trim() ? <p key={paragraph.slice(0, 40)}>{paragraph}</p> : null))}
          </section>
          {fund && (
            <Panel title={m.fundProfileTitle} id="fund-profile">
              {fund.description && <p>{fund.description}</p>}
              <Facts
                items={[
                  [m.grantRange, m.grantRangeValue(l.euro(fund.minGrant), l.euro(fund.maxGrant))],
                  [m.budgetAvailable, l.euro(fund.budgetAvailable)],
                  [m.themes, fund.themes.map((theme) => theme.name).join(', ')],
                  [m.regions, fund.national ? l.national : fund.regions.map(regionName).join(', ')],
                ]}
              />
            </Panel>
          )}
          <Panel
            title={m.initiativesTitle}
            id="initiatives"
            actions={mayEdit(id) && <ButtonLink to={`/organisaties/${id}/initiatieven/nieuw`}>{m.newInitiative}</ButtonLink>}
          >
            {organisation.initiatives.edges.length === 0 ? (
              <EmptyState title={m.noInitiatives} />
            ) : (
              <CardList label={m.initiativesTitle}>
                {organisation.initiatives.edges.map(({ node }) => (
                  <InitiativeCard key={node.id} initiative={node} showOrganisation={false} />
                ))}
              </CardList>
            )}
          </Panel>
          <OrganisationOverview organisationId={id} kind={organisation.kind} />
          <OrganisationPublications organisationId={id} />
          <OrganisationTables organisationId={id} />
          <Panel title={m.needsTitle} id="needs">
            {openNeeds.length === 0 ? (
              <p className={styles.muted}>{m.none}</p>
            ) : (
              <ul className={styles.needs}>
                {openNeeds.map((need) => (
                  <li key={need.id}>
                    <strong>{need.title}</strong> <span className={styles.muted}>· {l.needOfferKind[need.kind]}</span>
                    {need.amount != null && <> · {l.euro(need.amount)}</>}
                    {need.quantity != null && <> · {need.quantity}×</>}
                    {need.initiative && (
                      <>
                        {' '}
                        · <Link to={`/initiatieven/${need.initiative.id}`}>{need.initiative.title}</Link>
                      </>
                    )}
                    {need.description && <p className={styles.muted}>{need.description}</p>}
                  </li>
                ))}
              </ul>
            )}
          </Panel>
          <Panel title={m.offersTitle} id="offers">
            {openOffers.length === 0 ? (
              <p className={styles.muted}>{m.none}</p>
            ) : (
              <ul className={styles.needs}>
                {openOffers.map((offer) => (
                  <li key={offer.id}>
                    <strong>{offer.title}</strong> <span className={styles.muted}>· {l.needOfferKind[offer.kind]}</span>
                    {offer.amount != null && <> · {l.euro(offer.amount)}</>}
                    {offer.quantity != null && <> · {offer.quantity}×</>}
                    {offer.description && <p className={styles.muted}>{offer.description}</p>}
                  </li>
                ))}
              </ul>
            )}
          </Panel>
        </div>
        <aside className={styles.side} aria-label={m.about}>
          <Facts
            items={[
              [
                m.themes,
                <TagList key="themes">
                  {organisation.themes.map((theme) => (
                    <TagItem key={theme.slug} tone="theme">
                      {theme.name}
                    </TagItem>
                  ))}
                </TagList>,
              ],
              [m.basedIn, organisation.municipality?.name ?? ''],
              [m.activeIn, organisation.national ? l.national : organisation.regions.map(regionName).join(', ')],
              [m.kvk, organisation.kvkNumber ?? ''],
            ]}
          />
          <section className={styles.contact} aria-labelledby="contact">
            <h2 id="contact" className={styles.h3}>
              {m.contactTitle}
            </h2>
            {organisation.website && (
              <p>
                <a href={organisation.website} rel="noopener noreferrer">
                  {organisation.website.replace(/^https?:\/\//, '')}
                </a>
              </p>
            )}
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
                <Link to={signInPath(`/organisaties/${id}`)}>{m.contactSignIn}</Link>
              </p>
            )}
          </section>
        </aside>
      </div>
    </Page>
  );
}
