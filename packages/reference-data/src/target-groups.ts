import type { Labels } from './labels.js';

/** Who an initiative is for. Groups of people, never individuals: Koppel holds no data about beneficiaries. */
export const TARGET_GROUP_SLUGS = [
  'STATUSHOUDERS',
  'ASYLUM_SEEKERS',
  'CHILDREN_AND_YOUTH',
  'WOMEN',
  'FAMILIES',
  'MIGRATION_BACKGROUND',
  'PROFESSIONALS_AND_VOLUNTEERS',
] as const;

export type TargetGroupSlug = (typeof TARGET_GROUP_SLUGS)[number];

export const TARGET_GROUP_LABELS: Record<TargetGroupSlug, Labels> = {
  STATUSHOUDERS: { nl: 'statushouders', en: 'refugees with a residence permit' },
  ASYLUM_SEEKERS: { nl: 'asielzoekers', en: 'asylum seekers' },
  CHILDREN_AND_YOUTH: { nl: 'kinderen en jongeren', en: 'children and youth' },
  WOMEN: { nl: 'vrouwen', en: 'women' },
  FAMILIES: { nl: 'gezinnen', en: 'families' },
  MIGRATION_BACKGROUND: {
    nl: 'mensen met een migratieachtergrond',
    en: 'people with a migration background',
  },
  PROFESSIONALS_AND_VOLUNTEERS: {
    nl: 'professionals en vrijwilligers die met hen werken',
    en: 'professionals and volunteers working with them',
  },
};
