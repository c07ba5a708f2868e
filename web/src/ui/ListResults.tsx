import type { ReactNode } from 'react';
import { CardList } from './Card';
import styles from './ListResults.module.css';
import { Pagination } from './Pagination';
import { EmptyState, ErrorNotice, Loading } from './States';

/** What a list page shows of a connection: its count, its items and the paging. */
export interface ListConnection<T> {
  totalCount: number;
  edges: readonly { node: T }[];
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
}

export interface ListResultsProps<T> {
  connection: ListConnection<T> | undefined;
  loading: boolean;
  error: unknown;
  onRetry(): void;
  /** The page number and size of the URL's paging (`useUrlFilters`). */
  page: number;
  pageSize: number;
  texts: { results(count: number): string; noResultsTitle: string; noResultsBody: string; listTitle: string };
  children(node: T): ReactNode;
}

/**
 * The result side of every filtered list page: the count (announced as a status), loading, error and
 * empty states, the cards and the paging. While a new page or filter loads, the old results stay, dimmed.
 */
export function ListResults<T>({ connection, loading, error, onRetry, page, pageSize, texts, children }: ListResultsProps<T>) {
  return (
    <>
      <p className={styles.count} role="status">
        {connection ? texts.results(connection.totalCount) : ''}
      </p>
      {error ? <ErrorNotice onRetry={onRetry} /> : null}
      {!connection && loading && <Loading />}
      {connection && connection.totalCount === 0 && (
        <EmptyState title={texts.noResultsTitle}>
          <p>{texts.noResultsBody}</p>
        </EmptyState>
      )}
      {connection && connection.edges.length > 0 && (
        <div className={styles.results} data-stale={loading}>
          <CardList label={texts.listTitle}>{connection.edges.map(({ node }) => children(node))}</CardList>
          <Pagination
            page={page}
            pageSize={pageSize}
            shown={connection.edges.length}
            total={connection.totalCount}
            endCursor={connection.pageInfo.endCursor ?? null}
            hasNextPage={connection.pageInfo.hasNextPage}
          />
        </div>
      )}
    </>
  );
}
