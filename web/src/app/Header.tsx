import { NavLink } from 'react-router';
import { useViewer } from '../features/account/hooks/useViewer';
import { useLanguage, useMessages } from '../i18n/language';
import { LogoMark } from '../ui/LogoMark';
import styles from './Header.module.css';
import { LanguageSwitch } from './LanguageSwitch';
import { appMessages } from './messages';

export function Header() {
  const m = useMessages(appMessages);
  const { t } = useLanguage();
  const { viewer } = useViewer();
  const navClass = ({ isActive }: { isActive: boolean }) => (isActive ? `${styles.link} ${styles.current}` : styles.link);
  return (
    <header className={styles.header}>
      <div className={styles.inner}>
        <NavLink className={styles.brand} to="/" end>
          <LogoMark />
          <span>Koppel</span>
        </NavLink>
        <div className={styles.tools}>
          {viewer ? (
            <NavLink className={navClass} to="/account" title={m.signedInAs(viewer.name)}>
              {m.account}
            </NavLink>
          ) : (
            <NavLink className={navClass} to="/inloggen">
              {m.signIn}
            </NavLink>
          )}
          <LanguageSwitch />
        </div>
        <nav className={styles.nav} aria-label={t.mainNavigation}>
          <ul>
            <li>
              <NavLink className={navClass} to="/initiatieven">
                {m.initiatives}
              </NavLink>
            </li>
            <li>
              <NavLink className={navClass} to="/oproepen">
                {m.calls}
              </NavLink>
            </li>
            <li>
              <NavLink className={navClass} to="/tafels">
                {m.tables}
              </NavLink>
            </li>
            <li>
              <NavLink className={navClass} to="/organisaties" end>
                {m.organisations}
              </NavLink>
            </li>
            <li>
              <NavLink className={navClass} to="/kennisbank">
                {m.knowledge}
              </NavLink>
            </li>
            <li>
              <NavLink className={navClass} to="/overzicht">
                {m.overview}
              </NavLink>
            </li>
            {viewer && (
              <li>
                <NavLink className={navClass} to="/mijn-organisaties">
                  {m.myOrganisations}
                </NavLink>
              </li>
            )}
            {viewer?.isAdmin && (
              <li>
                <NavLink className={navClass} to="/beheer">
                  {m.admin}
                </NavLink>
              </li>
            )}
          </ul>
        </nav>
      </div>
    </header>
  );
}
