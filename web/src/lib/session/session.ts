import { apiClient } from '../api-client';
import type { Session, SignIn } from '../../types/api';

export const getSession = (signal?: AbortSignal) => apiClient.get<Session>('/api/session', signal);

export const signIn = (credentials: SignIn) => apiClient.post<Session>('/api/session', credentials);

export const signOut = () => apiClient.delete<void>('/api/session');

/** Where the backend starts a single sign-on with its OpenID Connect provider (a full page load, not a fetch). */
export const SINGLE_SIGN_ON_PATH = '/oauth2/authorization/oidc';

/** Whoever may change things: anyone when the backend runs open, else a signed-in dispatcher. */
export function canDispatch(session: Session | null): boolean {
  if (session === null) return false;
  return session.mode === 'open' || (session.user?.roles.includes('dispatcher') ?? false);
}

/** Whether the app must ask who is there before showing a page. */
export function needsSignIn(session: Session): boolean {
  return session.mode === 'signed-in' && session.user === null;
}
