import { useTranslation } from 'react-i18next';
import { useSession } from './session-context';
import styles from './UserMenu.module.css';

/** The signed-in user's name, role and "Sign out"; nothing when the backend runs open. */
export function UserMenu() {
  const { t } = useTranslation('session');
  const { state, signOut } = useSession();
  if (state.status !== 'ready' || state.session.user === null) return null;
  const { user } = state.session;
  return (
    <span className={styles.user} data-testid="user-menu">
      <span title={user.roles.map((role) => t(`roles.${role}`)).join(', ')}>{user.name}</span>
      <button type="button" className="link" onClick={() => void signOut()}>
        {t('signOut')}
      </button>
    </span>
  );
}
