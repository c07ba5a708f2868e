import { useMutation, useQuery } from '@apollo/client/react';
import type { MatchWeightValues } from '@koppel/rules';
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { NotFound } from '../../../app/NotFound';
import type { ThemeSlug } from '../../../gql/graphql';
import { useLanguage, useMessages } from '../../../i18n/language';
import { Button, ButtonAnchor, ButtonLink } from '../../../ui/Button';
import { Checkbox, CheckboxGroup } from '../../../ui/CheckboxGroup';
import { isNotFound } from '../../../ui/form';
import { ClearFilters, ListLayout } from '../../../ui/ListLayout';
import { MultiSelect } from '../../../ui/MultiSelect';
import { Page } from '../../../ui/Page';
import { EmptyState, ErrorNotice, Loading, Notice } from '../../../ui/States';
import { useToast } from '../../../ui/Toast';
import { useUrlFilters } from '../../../ui/useUrlFilters';
import { useViewer } from '../../account/hooks/useViewer';
import { useReference } from '../../reference/hooks/useReference';
import { AlertSettings } from '../components/AlertSettings';
import { MatchCard, matchAnchor } from '../components/MatchCard';
import { WeightSliders } from '../components/WeightSliders';
import { FundMatchesQuery } from '../graphql/fundMatches.query';
import { SaveMatchWeightsMutation } from '../graphql/saveMatchWeights.mutation';
import { useMatchDecisions } from '../hooks/useMatchDecisions';
import { type FundProfileData, rankCandidates, sameWeights, savedWeights, weightsUsable } from '../lib/rescore';
import { matchingMessages } from '../messages';
import styles from './MatchesPage.module.css';

const PAGE_SIZE = 10;
const CANDIDATES = 100;

/** `/organisaties/{id}/matches`: a fund's matches, re-ranked in the browser as its members move the weights. */
export function MatchesPage() {
  const { id = '' } = useParams();
  const m = useMessages(matchingMessages);
  const query = useQuery(FundMatchesQuery, { variables: { fundId: id } });
  const { loading: viewerLoading } = useViewer();

  if ((query.loading && !query.data) || viewerLoading) return <Loading />;
  if (isNotFound(query.error) || (query.data && !query.data.organisation)) return <NotFound />;
  const organisation = query.data?.organisation;
  const profile = organisation?.fundProfile;
  if (organisation && (organisation.kind !== 'FUND' || !profile)) {
    return (
      <Page title={m.title(organisation.name)} back={<Link to={`/organisaties/${id}`}>{m.back(organisation.name)}</Link>}>
        <Notice tone="info">
          <p>{organisation.kind === 'FUND' ? m.noProfile : m.notAFund}</p>
          {organisation.kind === 'FUND' && <ButtonLink to={`/organisaties/${id}/fondsprofiel`}>{m.toProfile}</ButtonLink>}
        </Notice>
      </Page>
    );
  }
  if (!organisation || !profile || !query.data) return <ErrorNotice onRetry={() => void query.refetch()} />;
  return <Matches fundId={id} name={organisation.name} profile={profile} candidates={query.data.matchInitiatives} />;
}

interface MatchesProps {
  fundId: string;
  name: string;
  profile: FundProfileData;
  candidates: Parameters<typeof rankCandidates>[1];
}

function Matches({ fundId, name, profile, candidates }: MatchesProps) {
  const m = useMessages(matchingMessages);
  const { language } = useLanguage();
  const toast = useToast();
  const { roleIn, mayEdit } = useViewer();
  const { reference } = useReference();
  const filters = useUrlFilters();
  const { decide, busy } = useMatchDecisions(fundId);
  const [saveWeights, saving] = useMutation(SaveMatchWeightsMutation);

  const saved = useMemo(() => savedWeights(profile), [profile]);
  const [weights, setWeights] = useState<MatchWeightValues>(saved);
  const [shown, setShown] = useState(PAGE_SIZE);
  // The sliders answer at once; the ranking follows as fast as the device allows.
  const rankingWeights = useDeferredValue(weights);
  const [lastUsable, setLastUsable] = useState(saved);
  const usable = weightsUsable(rankingWeights) ? rankingWeights : lastUsable;
  useEffect(() => {
    if (weightsUsable(rankingWeights)) setLastUsable(rankingWeights);
  }, [rankingWeights]);

  const ranked = useMemo(() => rankCandidates(profile, candidates, usable, language), [profile, candidates, usable, language]);

  // Only themes some candidate has: the others would always filter to nothing.
  const candidateThemes = useMemo(
    () => new Set(candidates.flatMap((candidate) => candidate.initiative.themes.map((theme) => theme.slug))),
    [candidates],
  );
  const themes = filters.list<ThemeSlug>('thema');
  const provinces = filters.list('provincie');
  const shortlistOnly = filters.text('shortlist') === 'ja';
  const includeDismissed = filters.text('afgewezen') === 'ja';
  const visible = ranked.filter(
    (match) =>
      (includeDismissed || match.decision !== 'DISMISSED') &&
      (!shortlistOnly || match.decision === 'SHORTLISTED') &&
      (themes.length === 0 || match.initiative.themes.some((theme) => themes.includes(theme.slug))) &&
      (provinces.length === 0 ||
        match.initiative.national ||
        match.initiative.municipalities.some((municipality) => provinces.includes(municipality.province.code))),
  );
  const filterKey = `${themes.join()}|${provinces.join()}|${shortlistOnly}|${includeDismissed}`;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new filter starts at the first page again
  useEffect(() => setShown(PAGE_SIZE), [filterKey]);

  const role = roleIn(fundId);
  const mayDecide = role === 'OWNER' || role === 'EDITOR';
  const changed = !sameWeights(weights, saved);

  const save = async () => {
    try {
      await saveWeights({
        variables: {
          organisationId: fundId,
          input: {
            themes: profile.themes.map((theme) => theme.slug),
            national: profile.national,
            municipalityCodes: profile.regions.flatMap((region) => (region.__typename === 'Municipality' ? [region.code] : [])),
            provinceCodes: profile.regions.flatMap((region) => (region.__typename === 'Province' ? [region.code] : [])),
            targetGroups: profile.targetGroups.map((group) => group.slug),
            horizonMonths: profile.horizonMonths,
            minGrant: profile.minGrant,
            maxGrant: profile.maxGrant,
            budgetAvailable: profile.budgetAvailable,
            description: profile.description,
            matchWeights: weights,
          },
        },
        update(cache, { data }) {
          const matchWeights = data?.setFundProfile.matchWeights;
          if (!matchWeights) return;
          cache.updateQuery({ query: FundMatchesQuery, variables: { fundId } }, (current) =>
            current?.organisation?.fundProfile
              ? {
                  ...current,
                  organisation: { ...current.organisation, fundProfile: { ...current.organisation.fundProfile, matchWeights } },
                }
              : current,
          );
        },
      });
      toast(m.savedDefault);
    } catch {
      toast(m.failed);
    }
  };

  const onDecide = (index: number) => (decision: Parameters<typeof decide>[2]) => {
    const match = visible[index];
    if (!match) return;
    // A dismissed card leaves the list: keyboard focus goes on to the next one rather than to the page's start.
    const next = decision === 'DISMISSED' && !includeDismissed ? (visible[index + 1] ?? visible[index - 1]) : undefined;
    void decide(match.initiative.id, match.initiative.title, decision, match.decision);
    if (next) requestAnimationFrame(() => document.getElementById(matchAnchor(next.initiative.id))?.focus());
  };

  const sidebar = (
    <>
      <WeightSliders
        weights={weights}
        onChange={setWeights}
        changed={changed}
        onSave={mayEdit(fundId) ? () => void save() : undefined}
        saving={saving.loading}
        onReset={() => setWeights(saved)}
      />
      <div className={styles.filters}>
        <h2 className={styles.h2}>{m.filtersTitle}</h2>
        {reference && (
          <>
            <CheckboxGroup<ThemeSlug>
              legend={m.themes}
              name="thema"
              options={reference.themes.filter((theme) => candidateThemes.has(theme.value))}
              value={themes}
              onChange={(value) => filters.set('thema', value)}
            />
            <MultiSelect
              label={m.provinces}
              options={reference.provinces}
              value={provinces}
              onChange={(value) => filters.set('provincie', value)}
            />
          </>
        )}
        <Checkbox
          name="shortlist"
          label={m.shortlistOnly}
          checked={shortlistOnly}
          onChange={(checked) => filters.set('shortlist', checked ? 'ja' : '')}
        />
        <Checkbox
          name="afgewezen"
          label={m.includeDismissed}
          checked={includeDismissed}
          onChange={(checked) => filters.set('afgewezen', checked ? 'ja' : '')}
        />
        <ClearFilters active={filters.active} onClear={filters.clear} label={m.clearFilters} />
      </div>
      {mayDecide && <AlertSettings fundId={fundId} threshold={profile.matchAlertThreshold ?? null} />}
    </>
  );

  return (
    <Page
      title={m.title(name)}
      back={<Link to={`/organisaties/${fundId}`}>{m.back(name)}</Link>}
      lead={<p>{m.lead}</p>}
      actions={
        role && (
          <ButtonAnchor href={`/api/funds/${fundId}/shortlist.csv`} download>
            {m.download}
          </ButtonAnchor>
        )
      }
      wide
    >
      <ListLayout filtersTitle={m.sidebar} activeFilters={filters.active} filters={sidebar}>
        <p className={styles.count} role="status">
          {m.results(visible.length, ranked.filter((match) => match.decision !== 'DISMISSED' || includeDismissed).length)}
        </p>
        {candidates.length >= CANDIDATES && <p className={styles.note}>{m.candidatesNote(CANDIDATES)}</p>}
        {visible.length === 0 ? (
          <EmptyState title={m.emptyTitle}>
            <p>{m.emptyBody}</p>
          </EmptyState>
        ) : (
          <ol className={styles.list} aria-label={m.title(name)}>
            {visible.slice(0, shown).map((match, index) => (
              <MatchCard
                key={match.initiative.id}
                match={match}
                rank={index + 1}
                busy={busy === match.initiative.id}
                onDecide={mayDecide ? onDecide(index) : undefined}
              />
            ))}
          </ol>
        )}
        {visible.length > shown && (
          <div className={styles.more}>
            <Button onClick={() => setShown((count) => count + PAGE_SIZE)}>{m.more}</Button>
          </div>
        )}
      </ListLayout>
    </Page>
  );
}
