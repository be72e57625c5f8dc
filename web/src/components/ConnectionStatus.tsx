import { useTranslation } from 'react-i18next';
import type { SocketStatus } from '../lib/tracking-socket';

/** Shows whether live positions are flowing. */
export function ConnectionStatus({ status }: { status: SocketStatus }) {
  const { t } = useTranslation();
  return (
    <span
      className={`connection connection-${status}`}
      data-connection={status}
      title={status === 'incompatible' ? t('connection.incompatibleTitle') : undefined}
    >
      <span className="dot" aria-hidden="true" />
      {t(`connection.${status}`)}
    </span>
  );
}
