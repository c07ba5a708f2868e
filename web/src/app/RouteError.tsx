import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { useMessages } from '../i18n/language';
import { Button } from '../ui/Button';
import { Page } from '../ui/Page';
import { appMessages } from './messages';
import { NotFound } from './NotFound';

/** A page that threw while rendering (or a lazy page that failed to load, e.g. after a new release). */
export function RouteError() {
  const error = useRouteError();
  const m = useMessages(appMessages);
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;
  return (
    <Page title={m.errorTitle}>
      <p>{m.errorBody}</p>
      <p>
        <Button variant="primary" onClick={() => window.location.reload()}>
          {m.reload}
        </Button>{' '}
        <Link to="/">{m.notFoundHome}</Link>
      </p>
    </Page>
  );
}
