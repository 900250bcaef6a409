/** Serves the built web app from the same process; unknown non-API paths get index.html (SPA). */
import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { sendProblem } from './error-handler';

export async function registerWeb(app: FastifyInstance, webDist: string) {
  const hasWeb = existsSync(join(webDist, 'index.html'));
  const assets = join(webDist, 'assets') + sep;
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webDist,
      wildcard: false,
      index: false,
      // Our own Cache-Control below; send's default (public, max-age=0) would overwrite it.
      cacheControl: false,
      // Vite names assets by content hash: cache them for a year; index.html never.
      setHeaders: (res, path) => {
        res.setHeader(
          'cache-control',
          path.startsWith(assets) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  }
  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0] ?? '';
    if (path.startsWith('/api/') || path === '/api' || req.method !== 'GET' || !hasWeb) {
      return sendProblem(req, reply, 'route.not_found', { method: req.method, url: path });
    }
    if (/\.[a-z0-9]+$/i.test(path)) return sendProblem(req, reply, 'not_found');
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
