import { geoMercator, geoPath } from 'd3-geo';
import { type KeyboardEvent, memo, useEffect, useMemo, useState } from 'react';
import { useMessages } from '../../../i18n/language';
import { ErrorNotice, Loading } from '../../../ui/States';
import { type ColourClass, colourOf } from '../colours';
import type { Figure, Level, RegionFigures } from '../figures';
import { overviewMessages } from '../messages';
import styles from './ChoroplethMap.module.css';
import { loadRegions, type RegionGeometry } from './geo';

const WIDTH = 520;
const HEIGHT = 600;
const GAP_PATTERN = 'overview-gap-hatch';
/** Before the figures arrive. */
const NO_DATA = '#e4e4e0';

interface ChoroplethMapProps {
  level: Level;
  figure: Figure;
  rows: Map<string, RegionFigures>;
  classes: ColourClass[];
  /** The accessible name of each region: its name and figures. */
  describe(code: string, name: string): string;
  active: string | null;
  selected: string | null;
  onActivate(code: string | null): void;
  onSelect(code: string): void;
}

/**
 * The Netherlands as an SVG choropleth: one focusable path per province or municipality (Mercator fitted to the
 * box), coloured by the figure's class, hatched where the theme has a gap. Hover or focus activates a region,
 * click, Enter or Space selects it.
 */
export function ChoroplethMap({ level, figure, rows, classes, describe, active, selected, onActivate, onSelect }: ChoroplethMapProps) {
  const m = useMessages(overviewMessages);
  const [geometry, setGeometry] = useState<RegionGeometry | null>(null);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the retry button: a new attempt loads again
  useEffect(() => {
    let live = true;
    setFailed(false);
    loadRegions().then(
      (loaded) => live && setGeometry(loaded),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [attempt]);

  const paths = useMemo(() => {
    if (!geometry) return null;
    const path = geoPath(geoMercator().fitSize([WIDTH, HEIGHT], geometry.all));
    const draw = (shapes: RegionGeometry['PROVINCE']) => shapes.map((shape) => ({ ...shape, d: path(shape.feature) ?? '' }));
    return { PROVINCE: draw(geometry.PROVINCE), MUNICIPALITY: draw(geometry.MUNICIPALITY), borders: path(geometry.provinceBorders) ?? '' };
  }, [geometry]);

  if (failed) return <ErrorNotice message={m.mapFailed} onRetry={() => setAttempt((n) => n + 1)} />;
  if (!paths) return <Loading label={m.mapLoading} />;

  const shapes = paths[level];
  const highlighted = shapes.find((shape) => shape.code === (active ?? selected));

  return (
    // biome-ignore lint/a11y/useSemanticElements: the map is an SVG; its regions are grouped under one name
    <svg
      className={styles.map}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="group"
      aria-label={m.mapLabel(m.levels[level], m.figures[figure])}
      onMouseLeave={() => onActivate(null)}
    >
      <defs>
        <pattern id={GAP_PATTERN} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#fbe3c8" />
          <line x1="0" y1="0" x2="0" y2="6" stroke="#7a3b00" strokeWidth="2.2" />
        </pattern>
      </defs>
      <Regions
        shapes={shapes}
        level={level}
        figure={figure}
        rows={rows}
        classes={classes}
        describe={describe}
        selected={selected}
        onActivate={onActivate}
        onSelect={onSelect}
      />
      {level === 'MUNICIPALITY' && <path className={styles.borders} d={paths.borders} />}
      {highlighted && <path className={styles.highlight} d={highlighted.d} />}
    </svg>
  );
}

type RegionsProps = Omit<ChoroplethMapProps, 'active'> & { shapes: (RegionGeometry['PROVINCE'][number] & { d: string })[] };

/** The regions themselves, apart from the highlight, so that moving the pointer does not redraw 342 paths. */
const Regions = memo(function Regions({ shapes, level, figure, rows, classes, describe, selected, onActivate, onSelect }: RegionsProps) {
  const onKeyDown = (event: KeyboardEvent, code: string) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(code);
    }
  };
  return (
    <g className={level === 'MUNICIPALITY' ? styles.municipalities : styles.provinces}>
      {shapes.map((shape) => {
        const row = rows.get(shape.code);
        const gap = row?.gap ?? false;
        return (
          // biome-ignore lint/a11y/useSemanticElements: an SVG region cannot be a <button>; it takes role, name and keys
          <path
            key={shape.code}
            d={shape.d}
            data-code={shape.code}
            data-gap={gap || undefined}
            fill={gap ? `url(#${GAP_PATTERN})` : row ? colourOf(row[figure], classes) : NO_DATA}
            role="button"
            tabIndex={0}
            aria-label={describe(shape.code, row?.name ?? shape.name)}
            aria-pressed={selected === shape.code}
            onMouseEnter={() => onActivate(shape.code)}
            onFocus={() => onActivate(shape.code)}
            onBlur={() => onActivate(null)}
            onClick={() => onSelect(shape.code)}
            onKeyDown={(event) => onKeyDown(event, shape.code)}
          />
        );
      })}
    </g>
  );
});
