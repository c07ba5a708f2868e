import { useEffect, useRef } from 'react';
import { Outlet, ScrollRestoration, useLocation, useNavigation } from 'react-router';
import { useLanguage } from '../i18n/language';
import styles from './App.module.css';
import { Footer } from './Footer';
import { Header } from './Header';

/** The frame of every page: skip link, header with the main navigation, the page, footer. */
export function Layout() {
  const { t } = useLanguage();
  const location = useLocation();
  const navigation = useNavigation();
  const main = useRef<HTMLElement>(null);
  const firstPath = useRef(location.pathname);

  // After a client-side navigation to another page, focus goes to the content, as after a full page load a
  // screen reader starts at the top; changing only the filters (the query string) keeps focus where it is.
  useEffect(() => {
    if (location.pathname === firstPath.current) return;
    firstPath.current = '';
    const heading = main.current?.querySelector('h1');
    if (heading) {
      heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: true });
    } else main.current?.focus({ preventScroll: true });
  }, [location.pathname]);

  return (
    <>
      <a className={styles.skipLink} href="#main">
        {t.skipToContent}
      </a>
      <Header />
      <div className={styles.progress} data-active={navigation.state === 'loading'} aria-hidden="true" />
      <main id="main" ref={main} tabIndex={-1} className={styles.main}>
        <Outlet />
      </main>
      <Footer />
      <ScrollRestoration />
    </>
  );
}
