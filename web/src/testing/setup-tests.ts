import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { i18n } from '../lib/i18n/i18n';

// waitFor and findBy* give up after 1 s by default, which a busy 2-core machine can exceed; the
// bound stays, only longer.
configure({ asyncUtilTimeout: 5000 });

// Tests read the English texts unless they switch language themselves.
beforeEach(async () => {
  await i18n.changeLanguage('en');
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});
