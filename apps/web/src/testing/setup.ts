import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { setLang } from '../shared/i18n';
import { listen, server, takeUnanswered } from './server';
// The console's catalogues, as ConsoleRoot registers them when its chunk loads.
import '../console/messages';

// Lazy sections load their chunk on first render; a busy machine needs more than the default 1 s.
configure({ asyncUtilTimeout: 5_000 });

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
  listen();
});

afterEach(() => {
  cleanup();
  server.resetHandlers();
  // The interface language is remembered on the device: every test starts in the default, zh-CN.
  localStorage.clear();
  setLang('zh-CN');
  const unanswered = takeUnanswered();
  // A page asked for something the test did not expect: say which, rather than pass by accident.
  if (unanswered.length > 0) throw new Error(`No test handler answered: ${unanswered.join(', ')}`);
});

afterAll(() => {
  server.close();
});
