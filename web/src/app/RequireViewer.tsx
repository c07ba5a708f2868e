import { Navigate, Outlet, useLocation } from 'react-router';
import { useViewer } from '../features/account/hooks/useViewer';
import { ErrorNotice, Loading } from '../ui/States';

/** `/inloggen?terug=/account`: where to return after signing in. Only paths on this site. */
export function signInPath(returnTo: string): string {
  return `/inloggen?terug=${encodeURIComponent(returnTo)}`;
}

export function safeReturnPath(value: string | null): string | null {
  return value?.startsWith('/') && !value.startsWith('//') ? value : null;
}

/** Routes under this one need a signed-in viewer; a visitor goes to /inloggen and comes back here afterwards. */
export function RequireViewer() {
  const { viewer, loading, error, refetch } = useViewer();
  const location = useLocation();
  if (loading) return <Loading />;
  if (error && !viewer) return <ErrorNotice onRetry={() => void refetch()} />;
  if (!viewer) return <Navigate to={signInPath(location.pathname + location.search)} replace />;
  return <Outlet />;
}

/** For /beheer: alliance admins only; others see a not-found page, as the API answers FORBIDDEN. */
export function RequireAdmin({ fallback }: { fallback: React.ReactNode }) {
  const { viewer } = useViewer();
  return viewer?.isAdmin ? <Outlet /> : fallback;
}
