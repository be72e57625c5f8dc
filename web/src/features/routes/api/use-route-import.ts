import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkRouteFile, type RouteFile } from '../utils/route-file';
import { errorMessage, MAX_ROUTE_FILE_MIB } from '../utils/error-message';
import { importRoute, previewRoute } from './import-route';
import type { ManagedRoute, RouteDraft } from './route-types';

export interface RouteImport {
  /** The route the chosen file would create, as the server previewed it. */
  draft: RouteDraft | null;
  /** The title it will be saved under (the draft's, as the user edits it). */
  title: string;
  busy: 'preview' | 'save' | null;
  error: string | null;
  /** Checks the file, then asks the server for its preview; `title`: the one typed before, if any. */
  choose: (file: File, title: string) => void;
  setTitle: (title: string) => void;
  save: () => void;
  cancel: () => void;
}

/** Import of one route file: preview first, then save (the same file again, under the edited title). */
export function useRouteImport(onSaved: (route: ManagedRoute) => void): RouteImport {
  const { t } = useTranslation('routes');
  const [file, setFile] = useState<RouteFile | null>(null);
  const [draft, setDraft] = useState<RouteDraft | null>(null);
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState<RouteImport['busy']>(null);
  const [error, setError] = useState<string | null>(null);
  // Only the latest request's answer counts (a new file, or Cancel, makes earlier ones stale).
  const latest = useRef(0);

  const reset = () => {
    latest.current += 1;
    setFile(null);
    setDraft(null);
    setTitle('');
    setBusy(null);
  };

  const choose = (chosen: File, typedTitle: string) => {
    reset();
    const check = checkRouteFile(chosen);
    if (!check.ok) {
      setError(check.reason === 'size' ? t('errors.tooLarge', { limit: MAX_ROUTE_FILE_MIB }) : t('errors.fileType'));
      return;
    }
    const request = latest.current;
    setError(null);
    setBusy('preview');
    previewRoute(check.routeFile, typedTitle)
      .then((previewed) => {
        if (request !== latest.current) return;
        setFile(check.routeFile);
        setDraft(previewed);
        setTitle(previewed.title);
      })
      .catch((failure: unknown) => {
        if (request === latest.current) setError(errorMessage(failure, t));
      })
      .finally(() => {
        if (request === latest.current) setBusy(null);
      });
  };

  const save = () => {
    if (!file || busy) return;
    const request = latest.current;
    setError(null);
    setBusy('save');
    importRoute(file, title)
      .then((stored) => {
        if (request !== latest.current) return;
        reset();
        onSaved(stored);
      })
      .catch((failure: unknown) => {
        if (request !== latest.current) return;
        setError(errorMessage(failure, t));
        setBusy(null);
      });
  };

  const cancel = () => {
    reset();
    setError(null);
  };

  return { draft, title, busy, error, choose, setTitle, save, cancel };
}
