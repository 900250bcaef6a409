import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentType } from 'react';
import { createMemoryRouter, type RouteObject, RouterProvider } from 'react-router';
import { PublicLayout } from '../public/PublicLayout';

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

/** Renders `url` through `routes` in a memory router, with a fresh query cache and a user to act. */
export function renderRoutes(url: string, routes: RouteObject[]) {
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
