import { useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ROUTE_FILE_EXTENSIONS } from '../utils/route-file';
import { MAX_ROUTE_FILE_MIB } from '../utils/error-message';
import styles from './RoutesPage.module.css';

export interface RouteDropZoneProps {
  onFile: (file: File) => void;
  busy: boolean;
}

/** Takes one route file, dropped on it or chosen with the file dialog (click, Enter or Space). */
export function RouteDropZone({ onFile, busy }: RouteDropZoneProps) {
  const { t } = useTranslation('routes');
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  };
  const open = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    input.current?.click();
  };

  return (
    <div
      className={styles.dropZone}
      data-testid="route-drop-zone"
      data-over={over}
      aria-busy={busy}
      role="button"
      tabIndex={0}
      onClick={() => input.current?.click()}
      onKeyDown={open}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <span>{busy ? t('import.reading') : t('import.drop')}</span>
      <span className="muted">{t('import.accepted', { limit: MAX_ROUTE_FILE_MIB })}</span>
      <input
        ref={input}
        type="file"
        hidden
        accept={ROUTE_FILE_EXTENSIONS.join(',')}
        data-testid="route-file-input"
        onClick={(event) => event.stopPropagation()}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </div>
  );
}
