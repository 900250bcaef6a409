import type { Problem } from '@tuoyu/contracts';
import { getLang, translate } from './i18n';

/** A failed API call, carrying the server's problem+json (RFC 9457) answer. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail || problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.code = problem.code;
    this.problem = problem;
  }

  /** Field errors (`errors[].path`) the server attached, e.g. `password`, `mobile`. */
  get fieldErrors(): { path: string; message: string }[] {
    return this.problem.errors ?? [];
  }
}

/** The message to show a person for any error, preferring the server's own words. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.problem.detail || error.problem.title;
  if (error instanceof Error) return error.message;
  return String(error);
}

export type QueryValue = string | number | boolean | null | undefined;

/** `?a=1&b=x` from the filled values only, so empty filters do not reach the server. */
export function toQueryString(query: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

type Navigate = (to: string) => void;

// The router installs its own navigate at start-up (no full page reload); until then, a plain one.
let navigate: Navigate = (to) => window.location.assign(to);

/** Lets the API client move the person to the login or password page without a reload. */
export function setApiNavigate(fn: Navigate): void {
  navigate = fn;
}

const CONSOLE_PREFIX = '/console';
const PASSWORD_PAGE = '/console/password';

function onConsolePage(): boolean {
  return window.location.pathname.startsWith(CONSOLE_PREFIX);
}

/** Sends the person where the server says they must go: to log in, or to change their password. */
function redirectFor(status: number, code: string, path: string): void {
  if (!onConsolePage()) return;
  if (status === 401 && !path.startsWith('/api/auth/login')) {
    const next = window.location.pathname + window.location.search;
    navigate(`/login?next=${encodeURIComponent(next)}`);
    return;
  }
  if (
    status === 403 &&
    code === 'auth.password_change_required' &&
    window.location.pathname !== PASSWORD_PAGE
  ) {
    navigate(PASSWORD_PAGE);
  }
}

function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'status' in value && 'title' in value;
}

/** Turns any failed response into an ApiError, even one that is not problem+json (a proxy's 502 page). */
async function problemFrom(response: Response): Promise<Problem> {
  const body: unknown = await response.json().catch(() => null);
  if (isProblem(body)) {
    return { ...body, code: body.code ?? `http.${response.status}`, detail: body.detail ?? body.title };
  }
  const title = response.statusText || `HTTP ${response.status}`;
  return {
    type: 'about:blank',
    title,
    status: response.status,
    detail: title,
    code: `http.${response.status}`,
  };
}

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  method?: Method;
  body?: unknown;
  query?: Record<string, QueryValue>;
  signal?: AbortSignal;
}

/**
 * Calls the platform API. Sends the chosen language so server messages arrive in it, and the
 * `X-Requested-With` header on every mutating request (the server's CSRF guard refuses it without).
 */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': getLang() };
  if (method !== 'GET') headers['X-Requested-With'] = 'tuoyu';
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(path + toQueryString(options.query ?? {}), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    const detail = translate(getLang(), 'common.networkError');
    throw new ApiError({ type: 'about:blank', title: detail, status: 0, detail, code: 'network' });
  }

  if (!response.ok) {
    const problem = await problemFrom(response);
    redirectFor(problem.status, problem.code, path);
    throw new ApiError(problem);
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export const api = {
  get: <T>(path: string, query?: Record<string, QueryValue>, signal?: AbortSignal) =>
    apiRequest<T>(path, { query, signal }),
  post: <T>(path: string, body?: unknown) => apiRequest<T>(path, { method: 'POST', body: body ?? {} }),
  put: <T>(path: string, body: unknown) => apiRequest<T>(path, { method: 'PUT', body }),
  patch: <T>(path: string, body: unknown) => apiRequest<T>(path, { method: 'PATCH', body }),
};

/** Sends one file as multipart/form-data (field `file`), with the same headers and errors as apiRequest. */
export async function apiUpload<T>(path: string, file: File): Promise<T> {
  const body = new FormData();
  body.append('file', file);
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Accept-Language': getLang(), 'X-Requested-With': 'tuoyu' },
      credentials: 'same-origin',
      body,
    });
  } catch {
    const detail = translate(getLang(), 'common.networkError');
    throw new ApiError({ type: 'about:blank', title: detail, status: 0, detail, code: 'network' });
  }
  if (!response.ok) {
    const problem = await problemFrom(response);
    redirectFor(problem.status, problem.code, path);
    throw new ApiError(problem);
  }
  return (await response.json()) as T;
}
