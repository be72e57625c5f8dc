import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from './i18n';

const NAMES: Record<Language, string> = { en: 'English', 'pt-BR': 'Português (Brasil)' };

/** Lets the user pick the app's language; the choice is remembered in this browser. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const current: Language = i18n.resolvedLanguage === 'pt-BR' ? 'pt-BR' : 'en';
  return (
    <label className="language-switcher">
      <span className="visually-hidden">{t('language')}</span>
      <select value={current} onChange={(event) => void i18n.changeLanguage(event.target.value)}>
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {NAMES[language]}
          </option>
        ))}
      </select>
    </label>
  );
}
