import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Me } from '@tuoyu/contracts';
import { HttpResponse, http } from 'msw';
import type { ComponentType } from 'react';
import { createMemoryRouter, type RouteObject, RouterProvider } from 'react-router';
import { ConsoleRoot } from '../console/ConsoleRoot';
import { PublicLayout } from '../public/PublicLayout';
import { server } from './server';

/** A page mounted at a route pattern, e.g. `{ path: 'providers/:id', Component: ProviderPage }`. */
export interface PageRoute {
  /** The pattern below `/` (public) or `/console` (console): `find`, `filings/:id`. */
  path: string;
  Component: ComponentType;
}

/** The app's query settings, without retries: a test's error answer shows at once. */
function testQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, refetchOnWindowFocus: false, retry: false },
      mutations: { retry: false },
    },
  });
}

function renderRoutes(url: string, routes: RouteObject[]) {
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const queryClient = testQueryClient();
  const user = userEvent.setup();
  const view = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...view, router, queryClient, user };
}

/** Renders `url` on the parents' site: the real public layout with `pages` inside it. */
export function renderPublic(url: string, ...pages: PageRoute[]) {
  return renderRoutes(url, [{ path: '/', Component: PublicLayout, children: pages }]);
}

/**
 * Renders `url` in the console as `me`: the real console root (Ant Design, the session gate, the
 * layout with its menu and page guard) with `pages` inside it; the session answers with `me`.
 */
export function renderConsole(url: string, me: Me, ...pages: PageRoute[]) {
  server.use(http.get('/api/auth/session', () => HttpResponse.json({ user: me })));
  return renderRoutes(url, [{ path: '/console', Component: ConsoleRoot, children: pages }]);
}
