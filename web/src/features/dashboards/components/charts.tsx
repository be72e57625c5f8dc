import {
  Area,
  AreaChart,
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useTranslation } from 'react-i18next';
import { useDashboardFormats, type DashboardFormats } from '../hooks/use-dashboard-formats';
import type { DeliveriesPoint, RouteBar, ViewersPoint } from '../utils/chart-series';

/** The brand colours (see app.css). */
export const COLORS = { requested: '#e8590c', delivered: '#2b8a3e', viewers: '#1c7ed6' } as const;

const TIME_CHART_HEIGHT = 220;

function TimeAxis({ spanMs, format }: { spanMs: number; format: DashboardFormats }) {
  return (
    <XAxis
      dataKey="t"
      type="number"
      scale="time"
      domain={['dataMin', 'dataMax']}
      tickFormatter={(t: number) => format.tick(t, spanMs)}
      minTickGap={32}
      fontSize={12}
    />
  );
}

/** Requested vs delivered per bucket. */
export function DeliveriesChart({ series, spanMs }: { series: readonly DeliveriesPoint[]; spanMs: number }) {
  const { t } = useTranslation('dashboards');
  const format = useDashboardFormats();
  return (
    <ResponsiveContainer width="100%" height={TIME_CHART_HEIGHT} initialDimension={{ width: 600, height: TIME_CHART_HEIGHT }}>
      <LineChart data={series as DeliveriesPoint[]} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        {TimeAxis({ spanMs, format })}
        <YAxis allowDecimals={false} width={40} fontSize={12} tickFormatter={(n: number) => format.count(n)} />
        <Tooltip labelFormatter={(at) => format.dateTime(Number(at))} formatter={(value) => format.count(Number(value))} />
        <Legend />
        <Line type="monotone" dataKey="requested" name={t('deliveries.requested')} stroke={COLORS.requested} strokeWidth={2} dot={false} isAnimationActive={false} />
        <Line type="monotone" dataKey="delivered" name={t('deliveries.delivered')} stroke={COLORS.delivered} strokeWidth={2} dot={false} isAnimationActive={false} />
      </LineChart>
    </ResponsiveContainer>
  );
}

/** Browsers open at any moment of each bucket. */
export function ViewersChart({ series, spanMs }: { series: readonly ViewersPoint[]; spanMs: number }) {
  const { t } = useTranslation('dashboards');
  const format = useDashboardFormats();
  return (
    <ResponsiveContainer width="100%" height={TIME_CHART_HEIGHT} initialDimension={{ width: 600, height: TIME_CHART_HEIGHT }}>
      <AreaChart data={series as ViewersPoint[]} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        {TimeAxis({ spanMs, format })}
        <YAxis allowDecimals={false} width={40} fontSize={12} tickFormatter={(n: number) => format.count(n)} />
        <Tooltip labelFormatter={(at) => format.dateTime(Number(at))} formatter={(value) => format.count(Number(value))} />
        <Area type="stepAfter" dataKey="open" name={t('viewers.series')} stroke={COLORS.viewers} fill={COLORS.viewers} fillOpacity={0.2} isAnimationActive={false} />
      </AreaChart>
    </ResponsiveContainer>
  );
}

export interface RouteBarsChartProps {
  bars: readonly RouteBar[];
  /** Name of the measure in the tooltip, already translated, e.g. "Requested". */
  name: string;
  color: string;
  /** `horizontal`: one row per route (a ranking); `vertical`: one column per route. */
  orientation: 'horizontal' | 'vertical';
}

const truncate = (text: string, max = 18) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function BarTooltip({ active, payload, name }: { active?: boolean; payload?: readonly { payload?: RouteBar }[]; name: string }) {
  const { t } = useTranslation('dashboards');
  const format = useDashboardFormats();
  const bar = payload?.[0]?.payload;
  if (!active || !bar) return null;
  return (
    <div className="chart-tooltip">
      <strong>{bar.label}</strong>
      <div>{t('chart.value', { name, value: format.count(bar.value) })}</div>
      <div>{t('chart.averageDuration', { duration: format.duration(bar.averageDurationSeconds) })}</div>
    </div>
  );
}

/** One bar per route. */
export function RouteBarsChart({ bars, name, color, orientation }: RouteBarsChartProps) {
  const format = useDashboardFormats();
  const count = (n: number) => format.count(n);
  const data = bars as RouteBar[];
  const tooltip = <Tooltip content={(props) => <BarTooltip active={props.active} payload={props.payload} name={name} />} />;
  if (orientation === 'horizontal') {
    const height = 40 + bars.length * 30;
    return (
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 500, height }}>
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 4 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} fontSize={12} tickFormatter={count} />
          <YAxis type="category" dataKey="label" width={120} fontSize={12} tickFormatter={(t: string) => truncate(t)} />
          {tooltip}
          <Bar dataKey="value" name={name} fill={color} radius={[0, 4, 4, 0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    );
  }
  return (
    <ResponsiveContainer width="100%" height={260} initialDimension={{ width: 500, height: 260 }}>
      <BarChart data={data} margin={{ top: 8, right: 16, bottom: 40, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" interval={0} angle={-30} textAnchor="end" fontSize={12} tickFormatter={(t: string) => truncate(t, 14)} />
        <YAxis allowDecimals={false} width={40} fontSize={12} tickFormatter={count} />
        {tooltip}
        <Bar dataKey="value" name={name} fill={color} radius={[4, 4, 0, 0]} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
