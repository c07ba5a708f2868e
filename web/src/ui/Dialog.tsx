import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useMessages } from '../i18n/language';
import styles from './Dialog.module.css';
import { uiMessages } from './messages';

interface DialogProps {
  open: boolean;
  title: string;
  onClose(): void;
  children: ReactNode;
}

/** A modal `<dialog>`: the browser traps focus, Escape closes it, and focus returns to what opened it. */
export function Dialog({ open, title, onClose, children }: DialogProps) {
  const m = useMessages(uiMessages);
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog ref={ref} className={styles.dialog} aria-labelledby={titleId} onClose={onClose}>
      <div className={styles.head}>
        <h2 id={titleId}>{title}</h2>
        <button type="button" className={styles.close} aria-label={m.close} onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {open && children}
    </dialog>
  );
}
