import { useEffect, useRef, useState } from 'react';
import { useMessages } from '../../../i18n/language';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { useToast } from '../../../ui/Toast';
import { knowledgeMessages } from '../messages';
import styles from './Knowledge.module.css';

/**
 * Copies the API's `quote` (the short answer with organisation and first source) to the clipboard. When the browser
 * refuses (permission denied, no secure context), the quote opens selected in a dialog, to copy by hand.
 */
export function CopyQuoteButton({ quote }: { quote: string }) {
  const m = useMessages(knowledgeMessages);
  const toast = useToast();
  const [fallback, setFallback] = useState(false);
  const area = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (fallback) area.current?.select();
  }, [fallback]);

  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(quote);
      toast(m.quoteCopied);
    } catch {
      setFallback(true);
    }
  };

  return (
    <>
      <Button onClick={() => void copy()}>{m.copyQuote}</Button>
      <Dialog open={fallback} title={m.quoteDialogTitle} onClose={() => setFallback(false)}>
        <p>{m.quoteDialogBody}</p>
        <label className={styles.quoteLabel}>
          {m.quoteLabel}
          <textarea ref={area} className={styles.quoteArea} readOnly rows={5} value={quote} />
        </label>
      </Dialog>
    </>
  );
}
