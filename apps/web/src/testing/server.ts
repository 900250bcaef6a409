import { setupServer } from 'msw/node';

/**
 * The API as the web tests see it: no handlers by default, each test says what the server
 * answers (`server.use(http.get(…))`); a request nobody answered fails the test.
 */
export const server = setupServer();
