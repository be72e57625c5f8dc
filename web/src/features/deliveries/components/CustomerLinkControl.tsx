import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrackingLink } from '../../../types/api';
import { issueTrackingLink } from '../api/issue-tracking-link';
import { useHistoryFormats } from '../hooks/use-history-formats';

type LinkState = { status: 'idle' } | { status: 'busy' } | { status: 'done'; link: TrackingLink } | { status: 'error'; message: string };

/**
 * "Customer link": a link that lets a customer follow this one delivery (and nothing else) until it
 * expires, shown whole with a copy button. `[data-customer-link]` carries the delivery id; its input
 * holds the link.
 */
export function CustomerLinkControl({ deliveryId }: { deliveryId: string }) {
  const { t } = useTranslation('history');
  const format = useHistoryFormats();
  const [state, setState] = useState<LinkState>({ status: 'idle' });
  const [copied, setCopied] = useState<boolean | null>(null);
  const issue = async () => {
    setState({ status: 'busy' });
    setCopied(null);
    try {
      setState({ status: 'done', link: await issueTrackingLink(deliveryId) });
    } catch (error) {
      setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };
  if (state.status !== 'done') {
    return (
      <>
        <button type="button" className="link" data-action="customer-link" disabled={state.status === 'busy'} onClick={() => void issue()}>
          {t('customerLink.issue')}
        </button>
        {state.status === 'error' && <span role="alert">{t('customerLink.failed', { message: state.message })}</span>}
      </>
    );
  }
  const url = `${window.location.origin}${state.link.path}`;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <div className="driver-link" data-customer-link={deliveryId} role="group" aria-label={t('customerLink.title')}>
      <div className="driver-link-top">
        <strong>{t('customerLink.title')}</strong>
        <button type="button" className="link" onClick={() => setState({ status: 'idle' })}>
          {t('common:dismiss')}
        </button>
      </div>
      <div className="driver-link-row">
        <input type="text" readOnly value={url} aria-label={t('customerLink.title')} onFocus={(event) => event.target.select()} />
        <button type="button" onClick={() => void copy()}>
          {t('customerLink.copy')}
        </button>
      </div>
      <p className="muted">{t('customerLink.explain', { expires: format.dateTime(state.link.expiresAt) })}</p>
      {copied !== null && <span role="status">{t(copied ? 'customerLink.copied' : 'customerLink.copyFailed')}</span>}
    </div>
  );
}
