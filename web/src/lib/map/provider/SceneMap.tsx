import type { ComponentType, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../../components/Notice';
import { GoogleSceneMap } from '../google/GoogleSceneMap';
import type { SceneMapProps } from '../map-scene';
import type { MapProviderConfig } from './map-provider';
import { useMapProvider } from './use-map-provider';
import { useProviderConfig } from './use-provider-config';
import styles from './SceneMap.module.css';

export interface SceneMapSwitchProps extends SceneMapProps {
  /**
   * The MapLibre renderer of a scene: passed in, since shared code knows no feature's components;
   * a component, or a function that renders one with props of its own besides the scene's.
   */
  maplibre: ComponentType<SceneMapProps> | { render: (props: SceneMapProps) => ReactNode };
  /** The provider fields of `/api/config`; read from the backend when left out. */
  config?: MapProviderConfig | null;
  /** How long Google Maps may take to load (default 8 s). */
  googleTimeoutMs?: number;
}

/**
 * The map of a scene, drawn by the configured provider: MapLibre + OpenStreetMap by default,
 * Google Maps when `/api/config` asks for it. When Google Maps cannot be used it says so and
 * draws MapLibre. The wrapper carries `data-map-provider` (`pending`, `maplibre`, `google`)
 * and, after a fallback, `data-map-fallback` (the reason).
 */
export function SceneMap({ maplibre: MapLibreRenderer, config, googleTimeoutMs, ...props }: SceneMapSwitchProps) {
  const { t } = useTranslation();
  const fetched = useProviderConfig(config !== undefined);
  const state = useMapProvider(config !== undefined ? config : fetched, { timeoutMs: googleTimeoutMs });
  const fallback = state.provider === 'maplibre' ? state.fallback : null;
  return (
    <div className={styles.sceneMap} data-map-provider={state.provider} data-map-fallback={fallback ?? undefined}>
      {fallback && (
        <div className={styles.notice} data-map-notice="fallback">
          <Notice kind="info">{t('map.fallback')}</Notice>
        </div>
      )}
      {state.provider === 'maplibre' &&
        ('render' in MapLibreRenderer ? MapLibreRenderer.render(props) : <MapLibreRenderer {...props} />)}
      {state.provider === 'google' && <GoogleSceneMap api={state.api} {...props} />}
      {state.provider === 'pending' && <p className={styles.pending}>{t('map.loading')}</p>}
    </div>
  );
}
