import { TARGET_GROUP_SLUGS, THEME_SLUGS } from '@koppel/reference-data';

/**
 * The initiative feature's read model for matching: `initiative_match_profile` (migration
 * 1764000017000), kept current by this feature's trigger on `initiative`; other features read it, never
 * write it. One row per published initiative and place it counts for — each municipality, each of their
 * provinces, `NL` when national (its `place_codes`) — plus one `*` row per initiative, with:
 *
 * - `theme_mask`, `group_mask`: its themes and target groups as bit masks (bit i: slug i of THEME_SLUGS,
 *   TARGET_GROUP_SLUGS), read with `themeMask` / `groupMask` below;
 * - `budget_requested`, `starts_on`, `ends_on` (never null once published) and `completeness`
 *   (`initiative.match_completeness`);
 * - `search_vector`: the initiative's, on the `*` row only (NULL on place rows; migration 1764000019000).
 *
 * `initiative_match_profile_rank_idx` orders it by (place_code, theme_mask, group_mask, budget_requested)
 * and covers the rest, so a reader can fetch one place's initiatives with given theme and target-group
 * sets within a budget range as an index-only range scan — and rank the `*` rows' text in the same scan.
 */
export const MATCH_PROFILE_PLACE_ALL = '*';
export const MATCH_PROFILE_PLACE_NATIONAL = 'NL';

const maskOf =
  <T extends string>(order: readonly T[]) =>
  (slugs: readonly T[]): number =>
    slugs.reduce((mask, slug) => (order.includes(slug) ? mask | (1 << order.indexOf(slug)) : mask), 0);

export const themeMask = maskOf(THEME_SLUGS);
export const groupMask = maskOf(TARGET_GROUP_SLUGS);
/** Every mask value there can be (0 included). */
export const THEME_MASK_COUNT = 1 << THEME_SLUGS.length;
export const GROUP_MASK_COUNT = 1 << TARGET_GROUP_SLUGS.length;
