import { NavLink } from 'react-router';
import { useMessages } from '../../../i18n/language';
import styles from '../../organisations/components/ManageNav.module.css';
import { adminMessages } from '../messages';

export function AdminNav() {
  const m = useMessages(adminMessages);
  const tabs: [string, string][] = [
    ['/beheer', m.overview],
    ['/beheer/auditlog', m.auditLog],
    ['/beheer/gemeenten', m.municipalities],
  ];
  return (
    <nav className={styles.nav} aria-label={m.nav}>
      <ul>
        {tabs.map(([to, label]) => (
          <li key={to}>
            <NavLink end to={to} className={({ isActive }) => (isActive ? `${styles.tab} ${styles.current}` : styles.tab)}>
              {label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
