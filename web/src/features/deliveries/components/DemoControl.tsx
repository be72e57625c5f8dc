import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormats } from '../../../lib/i18n/format';
import { createDelivery } from '../api/create-delivery';
import { clampDemoCount, DEFAULT_DEMO, MAX_DEMO, MIN_DEMO, runDemo, type DemoProgress } from '../utils/run-demo';

export interface DemoControlProps {
  routeIds: readonly string[];
}

/**
 * Launches N deliveries spread round-robin over the routes (`POST /api/deliveries`, each with
 * its own Idempotency-Key, at most six in flight), with progress and the latest error.
 */
export function DemoControl({ routeIds }: DemoControlProps) {
  const { t } = useTranslation('fleet');
  const formats = useFormats();
  const [text, setText] = useState(String(DEFAULT_DEMO));
  const [progress, setProgress] = useState<DemoProgress | null>(null);
  const running = useRef<AbortController | null>(null);
  useEffect(() => () => running.current?.abort(), []);

  const launch = () => {
    const count = clampDemoCount(Number(text));
    setText(String(count));
    const controller = new AbortController();
    running.current = controller;
    void runDemo({
      count,
      routeIds,
      create: (routeId, signal) => createDelivery(routeId, { signal }),
      onProgress: (next) => {
        if (running.current === controller) setProgress(next);
      },
      signal: controller.signal,
    }).finally(() => {
      if (running.current === controller) running.current = null;
    });
  };
  const busy = progress !== null && !progress.done;

  return (
    <details className="demo" data-demo={busy ? 'running' : progress ? 'done' : 'idle'}>
      <summary>{t('demo.title')}</summary>
      <div className="demo-body">
        <label className="field">
          <span className="field-label">{t('demo.count')}</span>
          <input
            type="number"
            name="demo-count"
            min={MIN_DEMO}
            max={MAX_DEMO}
            step={1}
            value={text}
            disabled={busy}
            onChange={(event) => setText(event.target.value)}
          />
        </label>
        {busy ? (
          <button type="button" onClick={() => running.current?.abort()}>
            {t('demo.stop')}
          </button>
        ) : (
          <button type="button" disabled={routeIds.length === 0} onClick={launch}>
            {t('demo.run')}
          </button>
        )}
      </div>
      {routeIds.length === 0 && <p className="muted">{t('demo.noRoutes')}</p>}
      {progress && (
        <div className="demo-progress" role="status">
          <progress max={progress.total} value={progress.started + progress.failed} />
          <span>{t('demo.progress', { started: formats.count(progress.started), total: formats.count(progress.total) })}</span>
          {progress.failed > 0 && (
            <span className="demo-error">
              {t('demo.failed', { count: progress.failed, message: progress.lastError ?? '' })}
            </span>
          )}
        </div>
      )}
    </details>
  );
}
