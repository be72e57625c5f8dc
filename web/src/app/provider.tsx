import { Component, StrictMode, type ErrorInfo, type ReactNode } from 'react';
import { SessionProvider } from '../lib/session/session-context';
import { i18n } from '../lib/i18n/i18n';

/** App-wide providers: strict mode, a last-resort error screen, and who is signed in. */
export function AppProvider({ children }: { children: ReactNode }) {
  return (
    <StrictMode>
      <ErrorBoundary>
        <SessionProvider>{children}</SessionProvider>
      </ErrorBoundary>
    </StrictMode>
  );
}

class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Unhandled UI error', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" className="fatal">
        <h1>{i18n.t('somethingWentWrong')}</h1>
        <p>{this.state.error.message}</p>
        <button type="button" onClick={() => window.location.reload()}>
          {i18n.t('reload')}
        </button>
      </div>
    );
  }
}
