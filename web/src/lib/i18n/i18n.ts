import i18next, { type Resource } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';

/** The languages the app speaks; the first is the fallback. */
export const LANGUAGES = ['en', 'pt-BR'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Where the user's choice is kept between visits. */
export const LANGUAGE_STORAGE_KEY = 'codedelivery.language';

// One JSON file per language and feature namespace: src/locales/{language}/{namespace}.json.
const files = import.meta.glob<{ default: Record<string, unknown> }>('../../locales/*/*.json', { eager: true });

export function bundledResources(): Resource {
  const resources: Resource = {};
  for (const [path, module] of Object.entries(files)) {
    const match = /locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!match) continue;
    const [, language, namespace] = match as unknown as [string, string, string];
    (resources[language] ??= {})[namespace] = module.default;
  }
  return resources;
}

/**
 * Initialises i18next once: the language comes from the user's earlier choice, then the
 * browser's languages (`pt`, `pt-PT` and `pt-BR` all read Brazilian Portuguese), else English.
 */
export const i18n = i18next.createInstance();
// Screen readers, spell checkers and the browser's own formats follow the page's language.
i18n.on('languageChanged', () => {
  if (typeof document !== 'undefined') document.documentElement.lang = currentLanguage();
});
void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources: bundledResources(),
    supportedLngs: [...LANGUAGES, 'pt'],
    nonExplicitSupportedLngs: false,
    fallbackLng: { pt: ['pt-BR'], default: ['en'] },
    load: 'currentOnly',
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    detection: {
      order: ['localStorage', 'navigator'],
      lookupLocalStorage: LANGUAGE_STORAGE_KEY,
      caches: ['localStorage'],
      convertDetectedLanguage: (detected: string) => (detected.toLowerCase().startsWith('pt') ? 'pt-BR' : detected),
    },
    react: { useSuspense: false },
  });

/** The language in use, one of LANGUAGES. */
export function currentLanguage(): Language {
  return i18n.resolvedLanguage === 'pt-BR' ? 'pt-BR' : 'en';
}
