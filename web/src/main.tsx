import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { LanguageProvider, storedLanguage } from './i18n/language';
import './ui/global.css';

const language = storedLanguage();
document.documentElement.lang = language;

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <LanguageProvider initial={language}>
      <App />
    </LanguageProvider>
  </StrictMode>,
);
