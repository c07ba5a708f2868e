import { createContext, type ReactNode, use, useCallback, useMemo, useRef, useState } from 'react';
import { useMessages } from '../i18n/language';
import { uiMessages } from './messages';
import styles from './Toast.module.css';

/** A button in the toast, e.g. "Ongedaan maken": it closes the toast and runs `onClick`. */
export interface ToastAction {
  label: string;
  onClick(): void;
}

interface Toast {
  id: number;
  message: string;
  action?: ToastAction;
}

type ShowToast = (message: string, options?: { action?: ToastAction }) => void;

const ToastContext = createContext<ShowToast | null>(null);

/** Says what succeeded, in a live region that is always in the page so screen readers hear each new message. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const m = useMessages(uiMessages);
  const [toasts, setToasts] = useState<Toast[]>([]);
  const next = useRef(1);

  const dismiss = useCallback((id: number) => setToasts((current) => current.filter((toast) => toast.id !== id)), []);
  const show = useCallback<ShowToast>(
    (message, options) => {
      const id = next.current++;
      setToasts((current) => [...current.slice(-2), { id, message, action: options?.action }]);
      // An action needs time to be found (by keyboard, the region is at the end of the page).
      window.setTimeout(() => dismiss(id), options?.action ? 15_000 : 8000);
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
              {toast.action && (
                <button
                  type="button"
                  className={styles.action}
                  onClick={() => {
                    dismiss(toast.id);
                    toast.action?.onClick();
                  }}
                >
                  {toast.action.label}
                </button>
              )}
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

export function useToast(): ShowToast {
  const toast = use(ToastContext);
  if (!toast) throw new Error('useToast needs a <ToastProvider> above it');
  return toast;
}
