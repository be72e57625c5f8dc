import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormats, type Formats } from '../../../lib/i18n/format';

export interface RouteFormats extends Formats {
  /** A day, e.g. `Nov 26, 2026` (en) or `26 de nov. de 2026` (pt-BR). */
  date(iso: string): string;
}

/** The app's formats plus the date a route was created on, in the language in use. */
export function useRouteFormats(): RouteFormats {
  const formats = useFormats();
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  return useMemo(() => {
    const day = new Intl.DateTimeFormat(language, { dateStyle: 'medium' });
    return {
      ...formats,
      date: (iso: string) => {
        const at = Date.parse(iso);
        return Number.isNaN(at) ? '' : day.format(at);
      },
    };
  }, [formats, language]);
}
