import { createContext, type ReactNode, use, useCallback, useMemo, useRef, useState } from 'react';
import { useMessages } from '../i18n/language';
import { uiMessages } from './messages';
import styles from './Toast.module.css';

interface Toast {
  id: number;
  message: string;
}

const ToastContext = createContext<((message: string) => void) | null>(null);

/** Says what succeeded, in a live region that is always in the page so screen readers hear each new message. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const m = useMessages(uiMessages);
  const [toasts, setToasts] = useState<Toast[]>([]);
  const next = useRef(1);

  const dismiss = useCallback((id: number) => setToasts((current) => current.filter((toast) => toast.id !== id)), []);
  const show = useCallback(
    (message: string) => {
      const id = next.current++;
      setToasts((current) => [...current.slice(-2), { id, message }]);
      window.setTimeout(() => dismiss(id), 8000);
    },
    [dismiss],
  );
  const value = useMemo(() => show, [show]);

  return (
    <ToastContext value={value}>
      {children}
      <section className={styles.region} aria-label={m.notifications}>
        {/* A live region without role="status": a page's own status (a result count) stays the only status. */}
        <div aria-live="polite" aria-atomic="false">
          {toasts.map((toast) => (
            <div key={toast.id} className={styles.toast}>
              <p>{toast.message}</p>
              <button type="button" className={styles.close} aria-label={m.close} onClick={() => dismiss(toast.id)}>
                <span aria-hidden="true">×</span>
              </button>
            </div>
          ))}
        </div>
      </section>
    </ToastContext>
  );
}

export function useToast(): (message: string) => void {
  const toast = use(ToastContext);
  if (!toast) throw new Error('useToast needs a <ToastProvider> above it');
  return toast;
}
