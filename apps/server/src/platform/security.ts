/**
 * Security headers, the CSRF guard and rate limits (MLPS 2.0 level 3).
 * CSRF: browsers cannot add a custom header to a cross-site form post, and a cross-site fetch
 * with one triggers a CORS preflight that we never grant; SameSite=Lax cookies close the rest.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import fastifyHelmet, { type FastifyHelmetOptions } from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';
import { Redis } from 'ioredis';
import type { Config } from '../config';
import { AppError } from './errors';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
export const CSRF_HEADER = 'x-requested-with';
export const CSRF_VALUE = 'tuoyu';
/** Longest URL served (path and query), as nginx's default 8 KiB request-line buffer: longer is 414. */
export const MAX_URL_LENGTH = 8192;

/**
 * Behind a load balancer without TRUST_PROXY=1 every request seems to come from the proxy: one
 * visitor can use up the rate limit of all, and the audit trail records the proxy's address.
 * Warned at start when the settings suggest a proxy, and at the first forwarded request.
 */
function warnWhenBehindUntrustedProxy(app: FastifyInstance, config: Config) {
  if (config.trustProxy) return;
  const advice = 'set TRUST_PROXY=1 when a reverse proxy or load balancer forwards the requests';
  if (config.redisUrl || config.cookieSecure) {
    app.log.warn(`REDIS_URL or COOKIE_SECURE suggests a proxy in front, but TRUST_PROXY is off: ${advice}`);
  }
  let warned = false;
  app.addHook('onRequest', async (req) => {
    if (warned || req.headers['x-forwarded-for'] === undefined) return;
    warned = true;
    req.log.warn(`request forwarded by a proxy (X-Forwarded-For), but TRUST_PROXY is off: ${advice}`);
  });
}

/** The security headers of every answer: one policy for Fastify's hooks and for router errors. */
function helmetOptions(config: Config): FastifyHelmetOptions {
  return {
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        // Ant Design injects its CSS-in-JS as <style> elements.
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'frame-ancestors': ["'none'"],
        'form-action': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'upgrade-insecure-requests': null,
      },
    },
    // HSTS only means something behind HTTPS; the reverse proxy sets it there.
    strictTransportSecurity: config.cookieSecure,
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'same-origin' },
  };
}

/**
 * The same headers as a plain map, for answers written where no Fastify hook runs: URLs the router
 * cannot decode and requests Node's HTTP parser refuses (`router-errors.ts`). Helmet's middleware
 * only sets fixed values (no nonces here), so collecting them once is exact.
 */
export function securityHeaders(config: Config): Record<string, string> {
  const headers: Record<string, string> = {};
  const collector = {
    setHeader: (name: string, value: string) => {
      headers[name.toLowerCase()] = value;
    },
    removeHeader: () => {},
  };
  // The same options; helmet's ESM and CommonJS typings differ only in name.
  helmet(helmetOptions(config) as Parameters<typeof helmet>[0])(
    {} as IncomingMessage,
    collector as unknown as ServerResponse,
    () => {},
  );
  return headers;
}

export async function registerSecurity(app: FastifyInstance, config: Config) {
  await app.register(fastifyHelmet, helmetOptions(config));

  // Several app servers count together in Redis; one server counts in its own memory.
  const redis = config.redisUrl
    ? new Redis(config.redisUrl, { connectTimeout: 500, maxRetriesPerRequest: 1 })
    : undefined;
  if (redis) {
    redis.on('error', (err) => app.log.warn({ err: err.message }, 'rate-limit store (Redis) unavailable'));
    app.addHook('onClose', async () => {
      await redis.quit().catch(() => redis.disconnect());
    });
  }
  await app.register(rateLimit, {
    global: true,
    max: config.rateLimitPerMinute,
    timeWindow: '1 minute',
    allowList: (req) => !req.url.startsWith('/api/'),
    ...(redis ? { redis, nameSpace: 'tuoyu-rl-' } : {}),
    // Redis down: serve rather than answer every request with an error (the outage is logged).
    skipOnError: true,
  });
  warnWhenBehindUntrustedProxy(app, config);

  if (config.instanceHeader) {
    app.addHook('onRequest', async (_req, reply) => {
      reply.header('x-instance', config.instanceName);
    });
  }

  // Registered after helmet, so the 414 carries the security headers like every other answer.
  app.addHook('onRequest', async (req) => {
    if (req.url.length > MAX_URL_LENGTH) throw new AppError('route.url_too_long');
  });

  app.addHook('onRequest', async (req) => {
    if (SAFE_METHODS.has(req.method) || !req.url.startsWith('/api/')) return;
    if (req.headers[CSRF_HEADER] !== CSRF_VALUE) throw new AppError('csrf.missing_header');
  });
}
