import { useMessages } from '../../../i18n/language';
import { useBriefing } from '../hooks/useBriefing';
import { knowledgeMessages } from '../messages';
import styles from './Knowledge.module.css';

/** Adds an item to the briefing basket or takes it out; a toggle button, so screen readers hear its state. */
export function BriefingToggle({ id, question }: { id: string; question: string }) {
  const m = useMessages(knowledgeMessages);
  const briefing = useBriefing();
  const chosen = briefing.has(id);
  return (
    <button
      type="button"
      className={styles.toggle}
      aria-pressed={chosen}
      aria-label={`${m.addToBriefing}: ${question}`}
      disabled={!chosen && briefing.full}
      onClick={() => briefing.toggle(id)}
      data-print="hide"
    >
      <span aria-hidden="true">{chosen ? '✓' : '+'}</span> {m.addToBriefing}
    </button>
  );
}
