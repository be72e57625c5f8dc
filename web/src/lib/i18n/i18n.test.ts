import { describe, expect, it } from 'vitest';
import { currentLanguage, i18n } from './i18n';

describe('i18n', () => {
  it('speaks English and Brazilian Portuguese, and marks the page with the language in use', async () => {
    await i18n.changeLanguage('pt-BR');
    expect(currentLanguage()).toBe('pt-BR');
    expect(document.documentElement.lang).toBe('pt-BR');
    expect(i18n.t('connection.open')).toBe('Ao vivo');

    await i18n.changeLanguage('en');
    expect(document.documentElement.lang).toBe('en');
    expect(i18n.t('connection.open')).toBe('Live');
  });

  it('reads any Portuguese as Brazilian Portuguese and anything else it lacks as English', async () => {
    await i18n.changeLanguage('pt');
    expect(currentLanguage()).toBe('pt-BR');
    expect(i18n.t('connection.open')).toBe('Ao vivo');
    await i18n.changeLanguage('de-DE');
    expect(currentLanguage()).toBe('en');
    expect(i18n.t('connection.open')).toBe('Live');
  });
});
