import { setupServer } from 'msw/node';

/**
 * The API as the web tests see it: no handlers by default, each test says what the server
 * answers (`server.use(http.get(…))`).
 */
export const server = setupServer();

const unanswered: string[] = [];

/** Start answering; a request no handler answers is remembered and fails the test (setup.ts). */
export function listen(): void {
  server.listen({
    onUnhandledRequest: (request) => {
      unanswered.push(`${request.method} ${new URL(request.url).pathname}`);
    },
  });
}

/** The requests no handler answered since the last call, then forgets them. */
export function takeUnanswered(): string[] {
  return unanswered.splice(0);
}
