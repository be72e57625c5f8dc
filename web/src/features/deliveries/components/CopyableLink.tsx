import { useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';

export interface CopyableLinkProps {
  title: string;
  url: string;
  /** A line under the link: whose key it is, until when it works. */
  explain: string;
  onDismiss: () => void;
  /** Test hooks such as `data-driver-link` on the box. */
  hooks?: HTMLAttributes<HTMLDivElement> & Record<`data-${string}`, string>;
}

/** A link to hand over (a driver's, a customer's): shown whole, with a copy button and what it is. */
export function CopyableLink({ title, url, explain, onDismiss, hooks }: CopyableLinkProps) {
  const { t } = useTranslation('fleet');
  const [copied, setCopied] = useState<boolean | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <div className="driver-link" role="group" aria-label={title} {...hooks}>
      <div className="driver-link-top">
        <strong>{title}</strong>
        <button type="button" className="link" onClick={onDismiss}>
          {t('common:dismiss')}
        </button>
      </div>
      <div className="driver-link-row">
        <input type="text" readOnly value={url} aria-label={title} onFocus={(event) => event.target.select()} />
        <button type="button" onClick={() => void copy()}>
          {t('driverLink.copy')}
        </button>
      </div>
      <p className="muted">{explain}</p>
      {copied !== null && <span role="status">{t(copied ? 'driverLink.copied' : 'driverLink.copyFailed')}</span>}
    </div>
  );
}
