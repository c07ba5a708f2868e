import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { InviteMutation } from '../../../gql/graphql';
import { useMessages } from '../../../i18n/language';
import { ButtonLink } from '../../../ui/Button';
import { Panel } from '../../../ui/Card';
import { Actions, Page } from '../../../ui/Page';
import { ErrorNotice, Loading, Notice } from '../../../ui/States';
import { CompositionStep, InviteReport } from '../components/CompositionStep';
import { ProposeSlots } from '../components/ProposeSlots';
import { WizardSteps } from '../components/WizardSteps';
import { PlanTableQuery } from '../graphql/planTable.query';
import { tableMessages } from '../messages';

/** `/tafels/{id}/plannen`: steps 2–4 of the wizard — composition, invitations, date poll (`?stap=2|3|4`). */
export function PlanTablePage() {
  const m = useMessages(tableMessages);
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const step = Math.min(4, Math.max(2, Number(params.get('stap')) || 2));
  const query = useQuery(PlanTableQuery, { variables: { id } });
  const [invited, setInvited] = useState<InviteMutation['invite'] | null>(null);
  const data = query.data?.table;
  const composition = useMemo(
    () =>
      data
        ? {
            theme: data.theme.slug,
            municipalityCode: data.municipality?.code ?? null,
            provinceCode: data.municipality?.province.code ?? null,
            capacity: data.capacity ?? null,
            organiserIds: [data.organiser.id, ...(data.coOrganiser ? [data.coOrganiser.id] : [])],
          }
        : null,
    [data],
  );
  if (query.error) return <ErrorNotice onRetry={() => void query.refetch()} />;
  if (!data || !composition) return <Loading />;
  const back = <Link to={`/tafels/${id}`}>{`← ${data.title}`}</Link>;
  if (!data.viewerMayManage)
    return (
      <Page title={data.title} back={back}>
        <Notice tone="info">
          <p>{m.noOrganiser}</p>
        </Notice>
      </Page>
    );
  const go = (next: number) => setParams({ stap: String(next) });
  const label = m.steps[step - 1] ?? '';
  return (
    <Page title={data.title} lead={<p>{m.stepOf(step, label)}</p>} back={back}>
      <WizardSteps current={step} />
      {step === 2 && (
        <CompositionStep
          tableId={id}
          table={composition}
          onInvited={(result) => {
            setInvited(result);
            go(3);
          }}
        />
      )}
      {step === 3 && (
        <Panel title={m.steps[2] ?? ''} id="invited">
          {invited && <InviteReport invited={invited} />}
          <Actions>
            <ButtonLink variant="primary" to={`/tafels/${id}/plannen?stap=4`}>
              {m.pollTitle}
            </ButtonLink>
          </Actions>
        </Panel>
      )}
      {step === 4 && (
        <Panel title={m.pollTitle} id="poll">
          <ProposeSlots tableId={id} onProposed={() => void navigate(`/tafels/${id}`)} />
          <Actions>
            <ButtonLink variant="quiet" to={`/tafels/${id}`}>
              {m.skip}
            </ButtonLink>
          </Actions>
        </Panel>
      )}
    </Page>
  );
}
