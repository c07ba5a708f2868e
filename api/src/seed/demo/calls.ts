import { meanScore, splitProRata } from '@koppel/rules';
import type { EntityManager } from 'typeorm';
import { Application, Call, CallFunder, CallReviewer, Criterion, Review } from '../../call/call.entity.js';
import { recordAwardCommitments } from '../../commitment/commitment.service.js';
import { lowerBudgetsAvailable } from '../../fund-profile/fund-profile.query.js';
import { markInitiativeFunded } from '../../initiative/initiative.query.js';
import { Random } from '../random.js';

/**
 * Demo calls for proposals, on the demo registry: a co-funded labour-market call that is closed and
 * partly awarded (applications, two reviewers' scores, awards that became the funders' commitments,
 * lowered budgets and FUNDED initiatives), a "citizens' sponsorship" call with a fixed quota and a
 * points rubric (education, work experience, language), and open, draft and decided calls on the
 * other themes. Deterministic: the same run gives the same ids. The first funder is the fund the demo
 * account `fonds@koppel.demo` belongs to; `kennis@` and `overheid@` review (when the demo accounts exist).
 */

const CALLS_SEED = 20_260_411;
const DAY = 86_400_000;

interface DemoCall {
  title: string;
  description: string;
  themes: string[];
  provinceCodes: string[];
  national: boolean;
  minGrant: number;
  maxGrant: number;
  places: number;
  /** Funder index (into the funds in demo order) and share. */
  funders: [number, number][];
  rubric: [string, string, number][];
  questions: string[];
  status: 'DRAFT' | 'OPEN' | 'CLOSED' | 'DECIDED';
  /** Days from today: opening day and deadline. */
  opens: number;
  deadline: number;
  applications: number;
  reviewed: boolean;
  awards: number;
  rejections: number;
  ageDays: number;
}

const STANDARD_RUBRIC: [string, string, number][] = [
  ['Aansluiting', 'Past het initiatief bij de thema’s en de regio van de oproep?', 10],
  ['Bereik', 'Hoeveel mensen bereikt het, en hoe goed?', 20],
  ['Haalbaarheid', 'Zijn plan, team en begroting realistisch?', 10],
];

export const DEMO_CALLS: DemoCall[] = [
  {
    title: 'Samen aan het werk: statushouders naar betaald werk',
    description:
      'Twee fondsen bundelen hun middelen voor initiatieven die statushouders begeleiden naar een betaalde baan: taal op de werkvloer, ' +
      'werkervaringsplekken, jobcoaching en samenwerking met werkgevers.',
    themes: ['LABOUR_MARKET'],
    provinceCodes: [],
    national: true,
    minGrant: 5_000,
    maxGrant: 25_000,
    places: 4,
    funders: [
      [0, 60_000],
      [1, 40_000],
    ],
    rubric: STANDARD_RUBRIC,
    questions: ['Met welke werkgevers werkt u samen?'],
    status: 'CLOSED',
    opens: -60,
    deadline: -10,
    applications: 8,
    reviewed: true,
    awards: 3,
    rejections: 1,
    ageDays: 70,
  },
  {
    title: 'Burgerschapssponsoring: maatjes voor nieuwkomers',
    description:
      'Een sponsorregeling binnen een vast maximum aantal plaatsen: groepjes burgers begeleiden een nieuwkomer een jaar lang. ' +
      'Aanvragen worden gescoord met een transparant puntensysteem op onderwijs, werkervaring en taal.',
    themes: ['VOLUNTEERING', 'EDUCATION'],
    provinceCodes: [],
    national: true,
    minGrant: 2_000,
    maxGrant: 8_000,
    places: 12,
    funders: [[2, 96_000]],
    rubric: [
      ['Onderwijs', 'Hoe helpt het plan de nieuwkomer aan een opleiding of diploma?', 10],
      ['Werkervaring', 'Hoe bouwt de nieuwkomer werkervaring op?', 10],
      ['Taal', 'Hoe groeit de nieuwkomer in het Nederlands?', 10],
    ],
    questions: ['Hoeveel sponsors telt uw groep?', 'Hoe vaak ziet u de nieuwkomer?'],
    status: 'OPEN',
    opens: -14,
    deadline: 45,
    applications: 4,
    reviewed: false,
    awards: 0,
    rejections: 0,
    ageDays: 20,
  },
  ...(
    [
      ['Taal en school voor nieuwkomerskinderen', ['EDUCATION'], 3, 'OPEN', 5],
      ['Traumazorg dichtbij: psychosociale steun in de wijk', ['TRAUMA_CARE'], 4, 'OPEN', 3],
      ['Vrijwilligers verbinden: matching in de regio', ['VOLUNTEERING'], 5, 'OPEN', 2],
      ['Beeldvorming: verhalen van nieuwe Nederlanders', ['PUBLIC_PERCEPTION'], 6, 'DRAFT', 0],
      ['Werkervaringsplekken bij mkb-bedrijven', ['LABOUR_MARKET'], 7, 'OPEN', 2],
      ['Zomerschool voor statushouders 2025', ['EDUCATION'], 8, 'DECIDED', 3],
    ] as const
  ).map(
    ([title, themes, fund, status, applications], index): DemoCall => ({
      title,
      description: `${title}. Een oproep van het fonds voor initiatieven in heel Nederland.`,
      themes: [...themes],
      provinceCodes: [],
      national: true,
      minGrant: 2_500,
      maxGrant: 20_000,
      places: 3 + (index % 3),
      funders: [[fund, 60_000]],
      rubric: STANDARD_RUBRIC,
      questions: [],
      status,
      opens: status === 'DECIDED' ? -200 : -7 - index,
      deadline: status === 'DECIDED' ? -150 : 30 + index * 7,
      applications,
      reviewed: status === 'DECIDED',
      awards: status === 'DECIDED' ? 2 : 0,
      rejections: status === 'DECIDED' ? 1 : 0,
      ageDays: status === 'DECIDED' ? 210 : 15 - index,
    }),
  ),
];

export async function seedCalls(tx: EntityManager, today = new Date()): Promise<{ calls: number; applications: number; awards: number }> {
  const random = new Random(CALLS_SEED);
  const funds: { id: string }[] = await tx.query(
    `SELECT o.id FROM organisation o JOIN fund_profile p ON p.organisation_id = o.id WHERE o.kind = 'FUND' ORDER BY o.migrant_led DESC, o.name, o.id`,
  );
  const reviewers: { id: string }[] = await tx.query(
    `SELECT id FROM account WHERE email IN ('kennis@koppel.demo', 'overheid@koppel.demo') ORDER BY email`,
  );
  let applicationCount = 0;
  let awardCount = 0;
  const used = new Set<string>();
  for (const demo of DEMO_CALLS) {
    const created = new Date(today.getTime() - demo.ageDays * DAY);
    const callId = random.uuid();
    await tx.insert(Call, {
      id: callId,
      title: demo.title,
      description: demo.description,
      status: demo.status,
      themes: demo.themes as Call['themes'],
      provinceCodes: demo.provinceCodes,
      national: demo.national,
      minGrant: demo.minGrant,
      maxGrant: demo.maxGrant,
      places: demo.places,
      opensOn: isoDay(new Date(today.getTime() + demo.opens * DAY)),
      deadline: new Date(today.getTime() + demo.deadline * DAY),
      questions: demo.questions,
      openedAt: demo.status === 'DRAFT' ? null : created,
      closedAt: demo.status === 'CLOSED' || demo.status === 'DECIDED' ? new Date(today.getTime() + demo.deadline * DAY) : null,
      decidedAt: demo.status === 'DECIDED' ? new Date(today.getTime() + (demo.deadline + 14) * DAY) : null,
      createdAt: created,
      updatedAt: created,
    });
    const funders = demo.funders
      .map(([index, amount], position) => ({ callId, fundId: funds[index % funds.length]?.id as string, amount, position }))
      .filter((f, i, all) => f.fundId && all.findIndex((g) => g.fundId === f.fundId) === i);
    await tx.insert(CallFunder, funders);
    const rubric = demo.rubric.map(([title, description, maxPoints], position) => ({
      id: random.uuid(),
      callId,
      position,
      title,
      description,
      maxPoints,
    }));
    await tx.insert(Criterion, rubric);
    if (demo.reviewed && reviewers.length)
      await tx.insert(
        CallReviewer,
        reviewers.map((r) => ({ callId, accountId: r.id, createdAt: created })),
      );
    if (!demo.applications || demo.status === 'DRAFT') continue;

    // Published initiatives on the call's themes, of NGOs and migrant-led initiatives, each in one call only.
    const candidates: { id: string; organisationId: string; budget: number }[] = await tx.query(
      `SELECT i.id, i.organisation_id AS "organisationId", coalesce(i.budget_requested, 0) AS budget
         FROM initiative i JOIN organisation o ON o.id = i.organisation_id
        WHERE i.status = 'PUBLISHED' AND i.themes && $1::text[] AND o.kind IN ('NGO', 'INITIATIVE')
        ORDER BY i.id`,
      [demo.themes],
    );
    const chosen = candidates.filter((c) => !used.has(c.id)).slice(0, demo.applications);
    const applications = chosen.map((initiative, index) => {
      used.add(initiative.id);
      const amountRequested = Math.min(demo.maxGrant, Math.max(demo.minGrant, Math.round(initiative.budget / 500) * 500 || demo.maxGrant));
      const submitted = new Date(created.getTime() + (index + 1) * DAY);
      return {
        id: random.uuid(),
        callId,
        initiativeId: initiative.id,
        organisationId: initiative.organisationId,
        status: (demo.status === 'OPEN' ? 'SUBMITTED' : 'UNDER_REVIEW') as Application['status'],
        amountRequested,
        motivation:
          'Ons initiatief sluit aan op deze oproep: wij werken al jaren met statushouders in de regio en hebben een netwerk van vrijwilligers en werkgevers.',
        answers: demo.questions.map((q) =>
          q.startsWith('Hoeveel') ? 'Vijf sponsors.' : 'Wij werken samen met drie werkgevers in de regio.',
        ),
        score: null as number | null,
        reviewCount: 0,
        createdAt: submitted,
        updatedAt: submitted,
      };
    });
    if (!applications.length) continue;
    if (demo.reviewed && reviewers.length) {
      const reviews = applications.flatMap((application) =>
        reviewers.map((reviewer) => {
          const scores = rubric.map((c) => ({ criterionId: c.id, points: random.int(Math.floor(c.maxPoints / 3), c.maxPoints) }));
          return {
            id: random.uuid(),
            applicationId: application.id,
            reviewerId: reviewer.id,
            scores,
            total: scores.reduce((sum, s) => sum + s.points, 0),
            comment: random.pick([
              'Sterk plan, goed netwerk.',
              'Mooi bereik, begroting wat krap.',
              'Haalbaar, maar de aansluiting kan scherper.',
            ]),
          };
        }),
      );
      for (const application of applications) {
        const totals = reviews.filter((r) => r.applicationId === application.id).map((r) => r.total);
        application.score = meanScore(totals);
        application.reviewCount = totals.length;
      }
      await tx.insert(Application, applications);
      await tx.insert(Review, reviews);
    } else {
      await tx.insert(Application, applications);
    }
    applicationCount += applications.length;

    // Awards to the best scores, rejections for the lowest; each award as the funders' commitments.
    const ranked = [...applications].sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || a.createdAt.getTime() - b.createdAt.getTime());
    const left = new Map(funders.map((f) => [f.fundId, f.amount]));
    for (const application of ranked.slice(0, demo.awards)) {
      const amount = Math.min(application.amountRequested, demo.maxGrant);
      const parts = splitProRata(
        amount,
        funders.map((f) => ({ key: f.fundId, weight: left.get(f.fundId) ?? 0 })),
      );
      for (const part of parts) left.set(part.key, (left.get(part.key) ?? 0) - part.amount);
      const { short } = await lowerBudgetsAvailable(
        tx,
        parts.map((p) => ({ fundId: p.key, amount: p.amount })),
      );
      if (short.length) continue;
      await recordAwardCommitments(
        tx,
        parts
          .filter((p) => p.amount > 0)
          .map((p) => ({
            organisationId: p.key,
            initiativeId: application.initiativeId,
            applicationId: application.id,
            amount: p.amount,
            description: demo.title,
          })),
      );
      await tx.update(
        Application,
        { id: application.id },
        { status: 'AWARDED', amountAwarded: amount, decidedAt: new Date(today.getTime() + (demo.deadline + 7) * DAY) },
      );
      await markInitiativeFunded(tx, application.initiativeId);
      awardCount++;
    }
    const awarded = new Set(ranked.slice(0, demo.awards).map((a) => a.id));
    const rejected = demo.rejections ? ranked.slice(-demo.rejections).filter((a) => !awarded.has(a.id)) : [];
    for (const application of rejected) {
      await tx.update(
        Application,
        { id: application.id },
        {
          status: 'REJECTED',
          reason: 'Helaas: er waren meer goede aanvragen dan plaatsen.',
          decidedAt: new Date(today.getTime() + (demo.deadline + 7) * DAY),
        },
      );
    }
  }
  return { calls: DEMO_CALLS.length, applications: applicationCount, awards: awardCount };
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);
