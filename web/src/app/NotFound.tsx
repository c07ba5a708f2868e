import { Link } from 'react-router';
import { useMessages } from '../i18n/language';
import { Page } from '../ui/Page';
import { appMessages } from './messages';

export function NotFound() {
  const m = useMessages(appMessages);
  return (
    <Page title={m.notFoundTitle}>
      <p>{m.notFoundBody}</p>
      <p>
        <Link to="/">{m.notFoundHome}</Link>
      </p>
    </Page>
  );
}
