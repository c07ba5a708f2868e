import { useLanguage, useMessages } from '../../../i18n/language';
import { type ColourClass, ZERO_COLOUR } from '../colours';
import { type Figure, formatFigure } from '../figures';
import { overviewMessages } from '../messages';
import styles from './Overview.module.css';

/** The map's classes, zero and the gap hatch, each with a swatch and its range in words. */
export function Legend({ figure, classes, showGap }: { figure: Figure; classes: ColourClass[]; showGap: boolean }) {
  const m = useMessages(overviewMessages);
  const { t } = useLanguage();
  const format = (value: number) => formatFigure(figure, value, t.locale);
  return (
    <figure className={styles.legend}>
      <figcaption>
        {m.legend}: {m.figures[figure].toLowerCase()}
      </figcaption>
      <ul>
        <li>
          <span className={styles.swatch} style={{ background: ZERO_COLOUR }} aria-hidden="true" />
          {m.legendZero}
        </li>
        {classes.map((c) => (
          <li key={c.to}>
            <span className={styles.swatch} style={{ background: c.colour }} aria-hidden="true" />
            {c.from === c.to ? format(c.to) : `${format(c.from)} – ${format(c.to)}`}
          </li>
        ))}
        {showGap && (
          <li>
            <span className={`${styles.swatch} ${styles.hatch}`} aria-hidden="true" />
            {m.legendGap}
          </li>
        )}
      </ul>
    </figure>
  );
}
