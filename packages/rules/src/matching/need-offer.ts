import { type Locale, THEME_LABELS, type ThemeSlug } from '@koppel/reference-data';
import { euros, round2 } from './format.js';

/**
 * How well an offer meets a need (a company's internships for a labour-market initiative, volunteers
 * for a buddy project, a venue), the same both ways. Only the same kind matches at all (a hard
 * filter); then theme, place, how much is offered against how much is needed, and text. Fixed points:
 * these matches are few, so nobody tunes them.
 */
export const NEED_OFFER_CRITERIA = ['theme', 'place', 'capacity', 'text'] as const;
export type NeedOfferCriterion = (typeof NEED_OFFER_CRITERIA)[number];
export const NEED_OFFER_POINTS: Readonly<Record<NeedOfferCriterion, number>> = Object.freeze({
  theme: 30,
  place: 30,
  capacity: 20,
  text: 20,
});

/** Fractions of the place points: same municipality > either is anywhere (or online) > same province. */
export const PLACE_LEVELS = { MUNICIPALITY: 1, ANYWHERE: 0.8, PROVINCE: 0.6, ELSEWHERE: 0 } as const;
/** A `ts_rank` of this much or more between the two texts earns all text points. */
export const NEED_OFFER_TEXT_FULL = 0.2;

export type NeedOfferKind = 'FUNDING' | 'VOLUNTEERS' | 'EXPERTISE' | 'JOBS_INTERNSHIPS' | 'VENUE' | 'MEDIA';

export interface NeedOfferFacts {
  kind: NeedOfferKind;
  theme: ThemeSlug | null;
  /** null: anywhere in the country, or online. */
  municipalityCode: string | null;
  provinceCode: string | null;
  quantity: number | null;
  amount: number | null;
}

export interface NeedOfferSituation {
  locale: Locale;
  /** Who reads: the one with the need (`matchOffers`) or the one with the offer (`matchNeeds`). */
  perspective: 'need' | 'offer';
  placeName: (code: string) => string;
}

export interface NeedOfferReason {
  criterion: NeedOfferCriterion;
  fraction: number;
  points: number;
  maxPoints: number;
  explanation: string;
}

export const sameKind = (need: Pick<NeedOfferFacts, 'kind'>, offer: Pick<NeedOfferFacts, 'kind'>) => need.kind === offer.kind;

export function scoreNeedOffer(
  need: NeedOfferFacts,
  offer: NeedOfferFacts,
  textRank: number,
  situation: NeedOfferSituation,
): { score: number; reasons: NeedOfferReason[] } {
  const { locale, placeName } = situation;
  const t = (nl: string, en: string) => (locale === 'nl' ? nl : en);
  const other = situation.perspective === 'need' ? offer : need;
  const theme = (slug: ThemeSlug) => THEME_LABELS[slug][locale];

  const themeReason = (): [number, string] => {
    if (need.theme && offer.theme && need.theme === offer.theme)
      return [1, t(`Thema: ${theme(need.theme)} (ook het uwe)`, `Theme: ${theme(need.theme)} (yours too)`)];
    if (!need.theme || !offer.theme) return [0.5, t('Geen thema opgegeven aan één kant', 'No theme given on one side')];
    return [0, t(`Thema: ${theme(other.theme as ThemeSlug)} (niet het uwe)`, `Theme: ${theme(other.theme as ThemeSlug)} (not yours)`)];
  };
  const placeReason = (): [number, string] => {
    if (!need.municipalityCode || !offer.municipalityCode)
      return [
        PLACE_LEVELS.ANYWHERE,
        other.municipalityCode
          ? t(`In ${placeName(other.municipalityCode)}; u bent overal`, `In ${placeName(other.municipalityCode)}; you are anywhere`)
          : t('Overal of online', 'Anywhere or online'),
      ];
    const there = placeName(other.municipalityCode as string);
    if (need.municipalityCode === offer.municipalityCode)
      return [PLACE_LEVELS.MUNICIPALITY, t(`In ${there}, net als u`, `In ${there}, like you`)];
    if (need.provinceCode && need.provinceCode === offer.provinceCode)
      return [
        PLACE_LEVELS.PROVINCE,
        t(`In ${there}, in uw provincie ${placeName(need.provinceCode)}`, `In ${there}, in your province ${placeName(need.provinceCode)}`),
      ];
    return [PLACE_LEVELS.ELSEWHERE, t(`In ${there}, buiten uw provincie`, `In ${there}, outside your province`)];
  };
  const capacityReason = (): [number, string] => {
    const money = need.kind === 'FUNDING';
    const wanted = money ? need.amount : need.quantity;
    const offered = money ? offer.amount : offer.quantity;
    const show = (n: number) => (money ? euros(n, locale) : String(n));
    if (!wanted || offered === null) return [0.5, t('Hoeveelheid niet aan beide kanten bekend', 'Amount not known on both sides')];
    return [
      Math.min(1, offered / wanted),
      t(`Aangeboden ${show(offered)}; nodig ${show(wanted)}`, `Offered ${show(offered)}; needed ${show(wanted)}`),
    ];
  };
  const textReason = (): [number, string] => [
    Math.min(1, textRank / NEED_OFFER_TEXT_FULL),
    textRank > 0
      ? t(
          `De omschrijvingen sluiten op elkaar aan (relevantie ${textRank.toFixed(2).replace('.', ',')})`,
          `The descriptions match (relevance ${textRank.toFixed(2)})`,
        )
      : t('De omschrijvingen hebben geen woorden gemeen', 'The descriptions share no words'),
  ];
  const parts: Record<NeedOfferCriterion, [number, string]> = {
    theme: themeReason(),
    place: placeReason(),
    capacity: capacityReason(),
    text: textReason(),
  };
  const reasons = NEED_OFFER_CRITERIA.map((criterion): NeedOfferReason => {
    const [fraction, explanation] = parts[criterion];
    return {
      criterion,
      fraction,
      points: round2(NEED_OFFER_POINTS[criterion] * fraction),
      maxPoints: NEED_OFFER_POINTS[criterion],
      explanation,
    };
  });
  return { score: round2(reasons.reduce((sum, r) => sum + r.points, 0)), reasons };
}
