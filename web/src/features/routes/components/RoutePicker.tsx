import { useTranslation } from 'react-i18next';
import type { Route } from '../../../types/api';

export interface RoutePickerProps {
  routes: readonly Pick<Route, 'id' | 'title'>[];
  value: string | null;
  onChange: (routeId: string) => void;
  disabled?: boolean;
}

/** A select listing the route titles. */
export function RoutePicker({ routes, value, onChange, disabled = false }: RoutePickerProps) {
  const { t } = useTranslation('fleet');
  return (
    <label className="field">
      <span className="field-label">{t('route.label')}</span>
      <select
        name="route"
        value={value ?? ''}
        disabled={disabled || routes.length === 0}
        onChange={(event) => onChange(event.target.value)}
      >
        {routes.length === 0 && <option value="">{t('route.loading')}</option>}
        {routes.map((route) => (
          <option key={route.id} value={route.id}>
            {route.title}
          </option>
        ))}
      </select>
    </label>
  );
}
