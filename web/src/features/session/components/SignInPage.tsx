import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../../components/Notice';
import { ApiError } from '../../../lib/api-client';
import { LanguageSwitcher } from '../../../lib/i18n/LanguageSwitcher';
import { SINGLE_SIGN_ON_PATH } from '../../../lib/session/session';
import { useSession } from '../../../lib/session/session-context';
import styles from './SignIn.module.css';

/**
 * Asks who is there when the backend runs signed in: user name and password of the local store,
 * and single sign-on when the backend has a provider. The page asked for is shown once signed in.
 * `?error=` from a single sign-on that came back without success is said plainly.
 */
export function SignInPage() {
  const { t } = useTranslation('session');
  const { state, signIn } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(() => ssoError(window.location.search));
  const singleSignOn = state.status === 'ready' && state.session.singleSignOn;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn({ username, password });
    } catch (cause) {
      setError(cause instanceof ApiError && cause.status === 401 ? 'wrong' : cause instanceof ApiError && cause.status === 429 ? 'tooMany' : 'failed');
      setBusy(false);
    }
  };

  return (
    <main className={styles.page}>
      <form className={styles.card} onSubmit={(event) => void submit(event)} aria-label={t('title')} data-testid="sign-in">
        <h1>{t('title')}</h1>
        <label>
          {t('username')}
          <input name="username" autoComplete="username" required value={username} onChange={(event) => setUsername(event.target.value)} />
        </label>
        <label>
          {t('password')}
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </label>
        {error && <Notice kind="error">{t(`errors.${error}`)}</Notice>}
        <button type="submit" disabled={busy}>
          {t('submit')}
        </button>
        {singleSignOn && (
          <>
            <p className={`muted ${styles.or}`}>{t('or')}</p>
            <a className="button" href={SINGLE_SIGN_ON_PATH}>
              {t('singleSignOn')}
            </a>
          </>
        )}
        <LanguageSwitcher />
      </form>
    </main>
  );
}

function ssoError(search: string): string | null {
  const error = new URLSearchParams(search).get('error');
  return error === 'no-role' ? 'noRole' : error === 'single-sign-on' ? 'singleSignOnFailed' : null;
}
