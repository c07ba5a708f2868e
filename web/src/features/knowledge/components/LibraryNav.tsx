import { NavLink } from 'react-router';
import { useMessages } from '../../../i18n/language';
import { knowledgeMessages } from '../messages';
import styles from './LibraryNav.module.css';

/** The two halves of the knowledge library: the questions and answers, and the partners' publications. */
export function LibraryNav() {
  const m = useMessages(knowledgeMessages);
  const tab = ({ isActive }: { isActive: boolean }) => (isActive ? `${styles.tab} ${styles.current}` : styles.tab);
  return (
    <nav className={styles.nav} aria-label={m.listTitle} data-print="hide">
      <ul>
        <li>
          <NavLink to="/kennisbank" end className={tab}>
            {m.libraryQuestions}
          </NavLink>
        </li>
        <li>
          <NavLink to="/publicaties" className={tab}>
            {m.libraryPublications}
          </NavLink>
        </li>
      </ul>
    </nav>
  );
}
