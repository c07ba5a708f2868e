import { ApolloProvider } from '@apollo/client/react';
import { RouterProvider } from 'react-router/dom';
import { useLanguage } from '../i18n/language';
import { ToastProvider } from '../ui/Toast';
import { apolloClientFor } from './apollo';
import { router } from './router';

export function App() {
  const { language } = useLanguage();
  return (
    <ApolloProvider client={apolloClientFor(language)}>
      <ToastProvider>
        <RouterProvider router={router} />
      </ToastProvider>
    </ApolloProvider>
  );
}
