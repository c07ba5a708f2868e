import { Link } from 'react-router';
import { useMessages } from '../../../i18n/language';
import { Button, ButtonAnchor } from '../../../ui/Button';
import { briefingPath, collectionMarkdownUrl, useBriefing } from '../hooks/useBriefing';
import { knowledgeMessages } from '../messages';
import styles from './Knowledge.module.css';

/** The briefing basket: how many are chosen, and what to do with them (print view, Markdown, clear). */
export function BriefingBar() {
  const m = useMessages(knowledgeMessages);
  const briefing = useBriefing();
  const count = briefing.ids.length;
  return (
    <section className={styles.briefing} aria-labelledby="briefing-title" data-print="hide">
      <h2 id="briefing-title" className={styles.briefingTitle}>
        {m.briefing}
      </h2>
      <p className={styles.briefingCount} aria-live="polite">
        {count > 0 ? m.briefingCount(count) : m.briefingHint}
      </p>
      {count > 0 && (
        <div className={styles.briefingActions}>
          <Link className={styles.briefingLink} to={briefingPath(briefing.ids)}>
            {m.briefingView}
          </Link>
          <ButtonAnchor href={collectionMarkdownUrl(briefing.ids)} download>
            {m.downloadMarkdown}
          </ButtonAnchor>
          <Button variant="quiet" onClick={briefing.clear}>
            {m.clearBriefing}
          </Button>
        </div>
      )}
    </section>
  );
}
