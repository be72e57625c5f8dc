import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrackingLink } from '../../../types/api';
import { issueTrackingLink } from '../api/issue-tracking-link';
import { useHistoryFormats } from '../hooks/use-history-formats';
import { CopyableLink } from './CopyableLink';

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
  const issue = async () => {
    setState({ status: 'busy' });
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
  return (
    <CopyableLink
      title={t('customerLink.title')}
      url={`${window.location.origin}${state.link.path}`}
      explain={t('customerLink.explain', { expires: format.dateTime(state.link.expiresAt) })}
      onDismiss={() => setState({ status: 'idle' })}
      hooks={{ 'data-customer-link': deliveryId }}
    />
  );
}
