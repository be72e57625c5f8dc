import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../../components/Notice';
import type { RouteImport } from '../api/use-route-import';
import { RouteDropZone } from './RouteDropZone';
import { RoutePreview } from './RoutePreview';
import styles from './RoutesPage.module.css';

/** A title to import under (optional), the drop zone, what went wrong, and the preview to save. */
export function RouteImportPanel({ routeImport }: { routeImport: RouteImport }) {
  const { t } = useTranslation('routes');
  const [typedTitle, setTypedTitle] = useState('');
  const { draft, busy, error } = routeImport;
  return (
    <section className={styles.section} aria-labelledby="route-import-heading">
      <h2 id="route-import-heading">{t('import.heading')}</h2>
      <label className="field">
        <span className="field-label">{t('import.title')}</span>
        <input value={typedTitle} placeholder={t('import.titlePlaceholder')} onChange={(event) => setTypedTitle(event.target.value)} />
      </label>
      <RouteDropZone onFile={(file) => routeImport.choose(file, typedTitle)} busy={busy === 'preview'} />
      <div aria-live="polite" data-import-error={error ?? undefined}>
        {error && <Notice kind="error">{error}</Notice>}
      </div>
      {draft && (
        <RoutePreview
          draft={draft}
          title={routeImport.title}
          onTitleChange={routeImport.setTitle}
          onSave={routeImport.save}
          onCancel={routeImport.cancel}
          saving={busy === 'save'}
        />
      )}
    </section>
  );
}
