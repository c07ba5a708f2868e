import styles from './Knowledge.module.css';

/**
 * The long answer as the API rendered it (`longAnswerHtml`). The only raw HTML the app inserts, and safe to: the API
 * renders the Markdown with markdown-it with raw HTML off (any tag, also one written straight into the database,
 * arrives escaped as text), drops `javascript:`/`data:` links and images, and the CSP forbids inline script besides.
 * Never pass `longAnswer` or any other text here.
 */
export function AnswerHtml({ html }: { html: string }) {
  return (
    <div
      className={styles.answer}
      data-testid="long-answer"
      // biome-ignore lint/security/noDangerouslySetInnerHtml: longAnswerHtml is escaped and link-checked by the API (see above)
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
