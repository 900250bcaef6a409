import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { setLang } from '../shared/i18n';
import { server } from './server';
// The console's catalogues, as ConsoleRoot registers them when its chunk loads.
import '../console/messages';

// Ant Design measures the page through these; happy-dom may lack them.
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) satisfies MediaQueryList;
}
if (!window.ResizeObserver) {
  window.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
});

afterEach(() => {
  cleanup();
  server.resetHandlers();
  // The interface language is remembered on the device: every test starts in the default, zh-CN.
  localStorage.clear();
  setLang('zh-CN');
});

afterAll(() => {
  server.close();
});
