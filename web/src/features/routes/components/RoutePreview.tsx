import { useTranslation } from 'react-i18next';
import type { RouteDraft } from '../api/route-types';
import { useRouteFormats } from '../hooks/use-route-formats';
import styles from './RoutesPage.module.css';

export interface RoutePreviewProps {
  draft: RouteDraft;
  title: string;
  onTitleChange: (title: string) => void;
  onSave: () => void;
  onCancel: () => void;
  saving: boolean;
}

/** The route a file would create: its title (editable), points and length; Save stores it. */
export function RoutePreview({ draft, title, onTitleChange, onSave, onCancel, saving }: RoutePreviewProps) {
  const { t } = useTranslation('routes');
  const format = useRouteFormats();
  const points = draft.geometry.coordinates.length;
  return (
    <form
      className={styles.preview}
      data-testid="route-preview"
      data-points={points}
      data-title={title}
      aria-label={t('preview.label')}
      onSubmit={(event) => {
        event.preventDefault();
        onSave();
      }}
    >
      <label className="field">
        <span className="field-label">{t('preview.title')}</span>
        <input value={title} onChange={(event) => onTitleChange(event.target.value)} required />
      </label>
      <p className={styles.figures}>
        <span data-figure="points">{t('preview.points', { count: points, formatted: format.count(points) })}</span>
        <span data-figure="length">{format.distance(draft.lengthMeters)}</span>
      </p>
      <div className={styles.actions}>
        <button type="submit" className="primary" data-testid="route-save" disabled={saving || title.trim() === ''}>
          {saving ? t('preview.saving') : t('preview.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('preview.cancel')}
        </button>
      </div>
    </form>
  );
}
