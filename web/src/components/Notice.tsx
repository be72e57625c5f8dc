import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type NoticeKind = 'error' | 'success' | 'info';

export interface NoticeProps {
  kind: NoticeKind;
  children: ReactNode;
  onDismiss?: () => void;
}

/** A one-line message; errors are announced assertively. */
export function Notice({ kind, children, onDismiss }: NoticeProps) {
  const { t } = useTranslation();
  return (
    <div className={`notice notice-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      <span>{children}</span>
      {onDismiss && (
        <button type="button" className="link" aria-label={t('dismiss')} onClick={onDismiss}>
          ×
        </button>
      )}
    </div>
  );
}
