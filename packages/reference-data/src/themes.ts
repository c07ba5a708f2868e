import type { Labels } from './labels.js';

/** The five sub-themes of the alliance, fixed and in this order. */
export const THEME_SLUGS = ['EDUCATION', 'LABOUR_MARKET', 'TRAUMA_CARE', 'VOLUNTEERING', 'PUBLIC_PERCEPTION'] as const;

export type ThemeSlug = (typeof THEME_SLUGS)[number];

export const THEME_LABELS: Record<ThemeSlug, Labels> = {
  EDUCATION: { nl: 'onderwijs', en: 'education' },
  LABOUR_MARKET: { nl: 'toeleiding naar de arbeidsmarkt', en: 'labour-market access' },
  TRAUMA_CARE: { nl: 'trauma en geestelijke gezondheidszorg', en: 'trauma care and mental health' },
  VOLUNTEERING: { nl: 'matching en vrijwilligerswerk', en: 'matching and volunteering' },
  PUBLIC_PERCEPTION: { nl: 'beeldvorming', en: 'public perception' },
};
