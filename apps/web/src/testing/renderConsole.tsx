import type { Me } from '@tuoyu/contracts';
import { HttpResponse, http } from 'msw';
import { ConsoleRoot } from '../console/ConsoleRoot';
import { type PageRoute, renderRoutes } from './render';
import { server } from './server';

// Apart from render.tsx so that public-page tests do not load Ant Design.
/**
 * Renders `url` in the console as `me`: the real console root (Ant Design, the session gate, the
 * layout with its menu and page guard) with `pages` inside it; the session answers with `me`.
 */
export function renderConsole(url: string, me: Me, ...pages: PageRoute[]) {
  server.use(http.get('/api/auth/session', () => HttpResponse.json({ user: me })));
  return renderRoutes(url, [{ path: '/console', Component: ConsoleRoot, children: pages }]);
}
