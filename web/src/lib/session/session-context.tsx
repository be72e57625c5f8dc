import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { onUnauthorized } from '../api-client';
import type { Session, SignIn } from '../../types/api';
import { canDispatch, getSession, signIn as postSignIn, signOut as deleteSession } from './session';

export type SessionState =
  | { status: 'loading' }
  | { status: 'ready'; session: Session }
  | { status: 'error'; message: string };

export interface SessionValue {
  state: SessionState;
  signIn: (credentials: SignIn) => Promise<void>;
  signOut: () => Promise<void>;
  reload: () => void;
}

const SessionContext = createContext<SessionValue | null>(null);

/**
 * Who is using the app, read once at start (`GET /api/session`) and after signing in or out. A 401
 * from any other request means the session ended (it expired, the user was removed): the app then
 * asks again who is there.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    getSession(controller.signal).then(
      (session) => setState({ status: 'ready', session }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => controller.abort();
  }, [attempt]);

  useEffect(
    () =>
      onUnauthorized(() =>
        setState((current) =>
          current.status === 'ready' && current.session.user !== null
            ? { status: 'ready', session: { ...current.session, user: null } }
            : current,
        ),
      ),
    [],
  );

  const signIn = useCallback(async (credentials: SignIn) => {
    const session = await postSignIn(credentials);
    setState({ status: 'ready', session });
  }, []);
  const signOut = useCallback(async () => {
    await deleteSession();
    setState((current) => (current.status === 'ready' ? { status: 'ready', session: { ...current.session, user: null } } : current));
  }, []);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const value = useMemo(() => ({ state, signIn, signOut, reload }), [state, signIn, signOut, reload]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The session; outside a {@link SessionProvider} (a component tested alone) the app behaves as when it runs open. */
export function useSession(): SessionValue {
  return useContext(SessionContext) ?? OPEN;
}

const OPEN: SessionValue = {
  state: { status: 'ready', session: { mode: 'open', singleSignOn: false, user: null } },
  signIn: () => Promise.resolve(),
  signOut: () => Promise.resolve(),
  reload: () => undefined,
};

/** Whether this user may start, cancel, import and hand out links (everyone when the backend runs open). */
export function useCanDispatch(): boolean {
  const { state } = useSession();
  return state.status === 'ready' && canDispatch(state.session);
}
