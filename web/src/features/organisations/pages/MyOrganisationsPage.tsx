import { Link } from 'react-router';
import { labels } from '../../../i18n/labels';
import { useMessages } from '../../../i18n/language';
import { ButtonLink } from '../../../ui/Button';
import { CardList } from '../../../ui/Card';
import { Page } from '../../../ui/Page';
import { EmptyState } from '../../../ui/States';
import { Tag } from '../../../ui/Tag';
import { useViewer } from '../../account/hooks/useViewer';
import cardStyles from '../../initiatives/components/InitiativeCard.module.css';
import { organisationMessages } from '../messages';

export function MyOrganisationsPage() {
  const m = useMessages(organisationMessages);
  const l = useMessages(labels);
  const { viewer } = useViewer();
  const memberships = viewer?.memberships ?? [];
  return (
    <Page
      title={m.myTitle}
      lead={<p>{m.myLead}</p>}
      actions={
        <ButtonLink variant="primary" to="/organisaties/nieuw">
          {m.createOrganisation}
        </ButtonLink>
      }
    >
      {memberships.length === 0 ? (
        <EmptyState title={m.myEmptyTitle}>
          <p>{m.myEmptyBody}</p>
        </EmptyState>
      ) : (
        <CardList label={m.myTitle}>
          {memberships.map((membership) => (
            <li key={membership.id} className={cardStyles.card}>
              <div className={cardStyles.head}>
                <h2 className={cardStyles.title}>
                  <Link to={`/organisaties/${membership.organisation.id}`}>{membership.organisation.name}</Link>
                </h2>
                <span className={cardStyles.status}>
                  <Tag tone="primary">{l.role[membership.role]}</Tag>
                </span>
              </div>
              <p className={cardStyles.meta}>
                {l.organisationKind[membership.organisation.kind]} · {l.roleHelp[membership.role]}
              </p>
              {membership.organisation.kind === 'FUND' && (
                <p className={cardStyles.meta}>
                  <Link to={`/organisaties/${membership.organisation.id}/matches`} aria-label={m.matchesOf(membership.organisation.name)}>
                    {m.viewMatches}
                  </Link>
                </p>
              )}
            </li>
          ))}
        </CardList>
      )}
    </Page>
  );
}
