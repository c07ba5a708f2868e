import { useMutation, useQuery } from '@apollo/client/react';
import { type CompositionTable, defaultQuotas, ORGANISATION_KINDS, type OrganisationKindName, QUOTA_MAX, type Quotas } from '@koppel/rules';
import { useMemo, useState } from 'react';
import type { InviteMutation } from '../../../gql/graphql';
import { labels } from '../../../i18n/labels';
import { useMessages } from '../../../i18n/language';
import { Button } from '../../../ui/Button';
import { Panel } from '../../../ui/Card';
import { FormAlert } from '../../../ui/FormAlert';
import { useProblems } from '../../../ui/form';
import { InlineError } from '../../../ui/InlineError';
import { Actions } from '../../../ui/Page';
import { ErrorNotice, Loading, Notice } from '../../../ui/States';
import { TextField } from '../../../ui/TextField';
import { CompositionCandidatesQuery } from '../graphql/compositionCandidates.query';
import { InviteMutation as InviteDocument } from '../graphql/invite.mutation';
import { SuggestParticipantsMutation } from '../graphql/suggestParticipants.mutation';
import { candidatesFrom, recompose } from '../lib/recompose';
import { tableMessages } from '../messages';
import styles from './tables.module.css';

type Invited = InviteMutation['invite'];

/**
 * Steps 2 and 3: the suggested composition with its reasons and quota controls, composed in the browser with the
 * shared rule over the table's candidate pool (`Table.compositionCandidates`, asked once): a raised quota brings in
 * organisations of that kind at once, without a request. Then the chosen organisations are invited at once (the
 * quotas saved with `suggestParticipants`), reported per organisation.
 */
export function CompositionStep({
  tableId,
  table,
  onInvited,
}: {
  tableId: string;
  table: CompositionTable;
  onInvited(invited: Invited): void;
}) {
  const m = useMessages(tableMessages);
  const l = useMessages(labels);
  const candidates = useQuery(CompositionCandidatesQuery, { variables: { id: tableId } });
  const [suggest] = useMutation(SuggestParticipantsMutation);
  const [invite, inviting] = useMutation(InviteDocument);
  const { problems, fail, clear, field } = useProblems(m.failed);
  const [quotas, setQuotas] = useState<Quotas>(() => defaultQuotas(table.theme));
  const [excluded, setExcluded] = useState<Set<string>>(new Set());

  const api = candidates.data?.table?.compositionCandidates;
  const pool = useMemo(() => (api ? candidatesFrom(api, table) : []), [api, table]);
  const names = useMemo(() => new Map((api ?? []).map((s) => [s.organisation.id, s.organisation.name])), [api]);
  const explanations = useMemo(
    () => new Map((api ?? []).map((s) => [s.organisation.id, new Map(s.reasons.map((r) => [r.criterion, r.explanation]))])),
    [api],
  );
  const composition = useMemo(() => recompose(table, pool, quotas), [table, pool, quotas]);
  // The organisers sit at the table already: they are not invited.
  const organiser = (id: string) => table.organiserIds.includes(id);
  const chosen = composition.suggestions.filter((s) => !excluded.has(s.id) && !organiser(s.id));

  if (candidates.error) return <ErrorNotice onRetry={() => void candidates.refetch()} />;
  if (!api) return <Loading />;

  const submit = async () => {
    clear();
    try {
      const quotaInput = ORGANISATION_KINDS.map((kind) => ({ kind, minimum: quotas[kind] ?? 0 }));
      await suggest({ variables: { tableId, quotas: quotaInput } });
      const result = await invite({ variables: { tableId, organisationIds: chosen.map((s) => s.id) } });
      if (result.data) onInvited(result.data.invite);
    } catch (error) {
      fail(error);
    }
  };
  // Theme and geography do not change with the quotas: the API's words. The quota reason is the browser's own.
  const reasonText = (id: string, reason: { criterion: string; fact: string }) =>
    reason.criterion === 'quota' || reason.criterion === 'organiser'
      ? (m.quotaReason[reason.fact as keyof typeof m.quotaReason] ?? reason.fact)
      : (explanations.get(id)?.get(reason.criterion) ?? reason.fact);

  return (
    <Panel title={m.composeTitle} id="composition">
      <p>{m.composeLead}</p>
      <fieldset className={styles.quotas}>
        <legend>{m.quotasLegend}</legend>
        {ORGANISATION_KINDS.map((kind: OrganisationKindName) => (
          <TextField
            key={kind}
            label={l.organisationKind[kind]}
            type="number"
            inputMode="numeric"
            min={0}
            max={QUOTA_MAX}
            name={`quota.${kind}`}
            value={String(quotas[kind] ?? 0)}
            onChange={(e) =>
              setQuotas((current) => ({ ...current, [kind]: Math.max(0, Math.min(QUOTA_MAX, Number(e.target.value) || 0)) }))
            }
          />
        ))}
      </fieldset>
      <div role="status" aria-live="polite">
        <p>{m.suggestionCount(composition.suggestions.length)}</p>
        {Object.entries(composition.shortfall).map(([kind, n]) => (
          <p key={kind} className={styles.error}>
            {m.shortfall(l.organisationKind[kind as OrganisationKindName], n ?? 0)}
          </p>
        ))}
      </div>
      <ul className={styles.suggestions} aria-label={m.composeTitle}>
        {composition.suggestions.map((s) => (
          <li key={s.id} className={styles.suggestion} data-organisation={s.id}>
            <label>
              <input
                type="checkbox"
                disabled={organiser(s.id)}
                checked={organiser(s.id) || !excluded.has(s.id)}
                aria-label={m.choose(names.get(s.id) ?? s.id)}
                onChange={(e) =>
                  setExcluded((current) => {
                    const next = new Set(current);
                    if (e.target.checked) next.delete(s.id);
                    else next.add(s.id);
                    return next;
                  })
                }
              />
              <span>
                {names.get(s.id)} · {l.organisationKind[s.kind]} · {m.points(s.score, 100)}
                {s.fillsQuota ? ` · ${m.fillsQuota}` : ''}
              </span>
            </label>
            <ul className={styles.reasons}>
              {s.reasons.map((r) => (
                <li key={r.criterion}>
                  {reasonText(s.id, r)} ({m.points(r.points, r.maxPoints)})
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      <InlineError message={field('organisationIds')} />
      <FormAlert problems={problems} placed={['organisationIds']} />
      <Actions>
        <Button variant="primary" busy={inviting.loading} disabled={chosen.length === 0} onClick={() => void submit()}>
          {inviting.loading ? m.inviting : m.inviteChosen(chosen.length)}
        </Button>
      </Actions>
    </Panel>
  );
}

/** Step 3's report: per organisation, invited now or already before. */
export function InviteReport({ invited }: { invited: Invited }) {
  const m = useMessages(tableMessages);
  return (
    <Notice tone="success">
      <p>{m.inviteReport}:</p>
      <ul aria-label={m.inviteReport}>
        {invited.map((invitation) => (
          <li key={invitation.id}>
            {invitation.organisation.name}: {invitation.alreadyInvited ? m.alreadyInvited : m.newlyInvited}
          </li>
        ))}
      </ul>
    </Notice>
  );
}
