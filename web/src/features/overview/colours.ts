import { interpolateBlues } from 'd3-scale-chromatic';

/** The colour of zero (nothing there): a light grey, apart from the blues of the classes. */
export const ZERO_COLOUR = '#f1f1ee';

export interface ColourClass {
  /** Lowest and highest value in the class (inclusive). */
  from: number;
  to: number;
  colour: string;
}

/**
 * Up to five classes of the regions' values above zero, by quantile (so a few large cities do not leave every other
 * region in the lightest class), coloured on the sequential ColorBrewer Blues scheme, which colour-blind readers can
 * tell apart as lighter and darker. Zero has a class of its own.
 */
export function colourClasses(values: number[]): ColourClass[] {
  const positive = values.filter((value) => value > 0).sort((a, b) => a - b);
  if (positive.length === 0) return [];
  const bounds: number[] = [];
  const steps = Math.min(5, positive.length);
  for (let i = 1; i <= steps; i++) {
    const value = positive[Math.min(positive.length - 1, Math.ceil((i / steps) * positive.length) - 1)] as number;
    if (bounds.at(-1) !== value) bounds.push(value);
  }
  return bounds.map((to, i) => {
    const from = i === 0 ? (positive[0] as number) : (positive.find((value) => value > (bounds[i - 1] as number)) as number);
    const t = bounds.length === 1 ? 0.75 : 0.3 + (0.7 * i) / (bounds.length - 1);
    return { from, to, colour: interpolateBlues(t) };
  });
}

export function colourOf(value: number, classes: ColourClass[]): string {
  if (value <= 0) return ZERO_COLOUR;
  return (classes.find((c) => value <= c.to) ?? classes.at(-1))?.colour ?? ZERO_COLOUR;
}
