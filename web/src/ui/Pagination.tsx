import { Link, useLocation } from 'react-router';
import { useMessages } from '../i18n/language';
import { uiMessages } from './messages';
import styles from './Pagination.module.css';

interface PaginationProps {
  /** 1-based page number, from the address. */
  page: number;
  pageSize: number;
  shown: number;
  total: number;
  endCursor?: string | null;
  hasNextPage: boolean;
}

/**
 * Cursor paging whose place is in the address (`?pagina=2&na=<cursor>`), so a page can be shared and reloaded.
 * Back goes one page back through the browser's history; "first page" always works.
 */
export function Pagination({ page, pageSize, shown, total, endCursor, hasNextPage }: PaginationProps) {
  const m = useMessages(uiMessages);
  const location = useLocation();
  const href = (next: URLSearchParams) => {
    const text = next.toString();
    return `${location.pathname}${text ? `?${text}` : ''}`;
  };
  const params = new URLSearchParams(location.search);
  const first = new URLSearchParams(params);
  first.delete('na');
  first.delete('pagina');
  const nextParams = new URLSearchParams(params);
  if (endCursor) nextParams.set('na', endCursor);
  nextParams.set('pagina', String(page + 1));

  const from = shown === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = (page - 1) * pageSize + shown;
  if (total <= pageSize && page === 1) return null;
  return (
    <nav className={styles.paging} aria-label={m.paging}>
      <p className={styles.count}>{m.pageOf(from, to, total)}</p>
      <div className={styles.links}>
        {page > 1 && <Link to={href(first)}>{m.firstPage}</Link>}
        {hasNextPage && endCursor && (
          <Link to={href(nextParams)} rel="next">
            {m.nextPage}
          </Link>
        )}
      </div>
    </nav>
  );
}
