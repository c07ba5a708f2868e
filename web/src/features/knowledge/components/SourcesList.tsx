import styles from './Knowledge.module.css';

export interface Source {
  title: string;
  url: string;
  publisher?: string | null;
  year?: number | null;
}

/** The sources as a numbered list; the address is printed out in full on paper, where a link cannot be clicked. */
export function SourcesList({ sources }: { sources: readonly Source[] }) {
  return (
    <ol className={styles.sources}>
      {sources.map((source) => (
        <li key={source.url}>
          <a href={source.url} rel="nofollow noopener noreferrer">
            {source.title}
          </a>
          {(source.publisher || source.year) && (
            <span className={styles.muted}> · {[source.publisher, source.year].filter(Boolean).join(', ')}</span>
          )}
          <span className={styles.printUrl}>{source.url}</span>
        </li>
      ))}
    </ol>
  );
}
