import { useTranslation } from 'react-i18next';
import { useFormats } from '../../../lib/i18n/format';
import type { DeliveryStatus } from '../../../types/api';

export interface VehiclePopupProps {
  deliveryId: string;
  routeTitle: string;
  status: DeliveryStatus;
  /** 0..1 */
  progress: number;
  distanceLeftMeters: number | null;
  etaMs: number | null;
  speedMps: number | null;
  /** The clock the ETA is added to (epoch ms). */
  nowMs: number;
}

/** What the map's popup tells about the selected vehicle. */
export function VehiclePopup(props: VehiclePopupProps) {
  const { t } = useTranslation('fleet');
  const formats = useFormats();
  const unknown = t('popup.unknown');
  return (
    <div className="vehicle-popup" data-popup-delivery-id={props.deliveryId}>
      <strong>{props.routeTitle}</strong>
      <dl>
        <dt>{t('popup.status')}</dt>
        <dd>{t(`status.${props.status}`)}</dd>
        <dt>{t('popup.progress')}</dt>
        <dd>{formats.percent(props.progress)}</dd>
        <dt>{t('popup.left')}</dt>
        <dd>{props.distanceLeftMeters === null ? unknown : formats.distance(props.distanceLeftMeters)}</dd>
        <dt>{t('popup.eta')}</dt>
        <dd>
          {props.etaMs === null
            ? unknown
            : t('popup.etaValue', { time: formats.time(props.nowMs + props.etaMs), duration: formats.duration(props.etaMs) })}
        </dd>
        <dt>{t('popup.speed')}</dt>
        <dd>{props.speedMps === null ? unknown : formats.speed(props.speedMps)}</dd>
      </dl>
      <small className="delivery-id">{props.deliveryId}</small>
    </div>
  );
}
