import { createContext, type ReactNode, use, useCallback, useEffect, useMemo, useState } from 'react';
import { type Language, languages, type Messages, messages } from './messages';

const STORAGE_KEY = 'koppel.language';

interface LanguageContextValue {
  language: Language;
  setLanguage(language: Language): void;
  t: Messages;
  formatNumber(value: number): string;
}

const LanguageContext = createContext<LanguageContextValue | null>(null);

/** Dutch unless the visitor chose English before; the choice is kept in localStorage. */
export function storedLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return languages.find((language) => language === stored) ?? 'nl';
  } catch {
    // Storage can be blocked (privacy settings); Dutch it is.
    return 'nl';
  }
}

export function LanguageProvider({ initial, children }: { initial: Language; children: ReactNode }) {
  const [language, setLanguageState] = useState(initial);

  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not persisted, still switched.
    }
  }, []);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const value = useMemo<LanguageContextValue>(() => {
    const t = messages[language];
    const numberFormat = new Intl.NumberFormat(t.locale);
    return { language, setLanguage, t, formatNumber: (value) => numberFormat.format(value) };
  }, [language, setLanguage]);

  return <LanguageContext value={value}>{children}</LanguageContext>;
}

export function useLanguage(): LanguageContextValue {
  const value = use(LanguageContext);
  if (!value) throw new Error('useLanguage needs a <LanguageProvider> above it');
  return value;
}

/**
 * A feature's own texts, Dutch and English side by side; English must have every key Dutch has.
 * `const messages = defineMessages({ nl: {…}, en: {…} })`, then `const m = useMessages(messages)`.
 */
export function defineMessages<T>(messages: { nl: T; en: NoInfer<T> }): Record<Language, T> {
  return messages;
}

export function useMessages<T>(messages: Record<Language, T>): T {
  return messages[useLanguage().language];
}
