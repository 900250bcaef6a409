import type { Permission } from '@tuoyu/contracts';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import type { AppContext } from '../context';
import { registerAuth } from './plugin';

describe('every /api route declares its access', () => {
  it('refuses to start with a route that declares none', async () => {
    const app = Fastify();
    registerAuth(app, {} as AppContext);
    app.register(async (scope) => {
      scope.get('/api/forgotten', async () => ({ secret: true }));
    });
    await expect(app.ready()).rejects.toThrow('GET /api/forgotten declares no config.access');
  });

  it('refuses to start with a route naming a permission nobody holds', async () => {
    const app = Fastify();
    registerAuth(app, {} as AppContext);
    const access = { permission: 'filings.approve' as Permission };
    app.register(async (scope) => {
      scope.get('/api/typo', { config: { access } }, async () => ({}));
    });
    await expect(app.ready()).rejects.toThrow('GET /api/typo declares an unknown permission filings.approve');
  });

  it('starts with declared routes, and with undeclared ones outside /api', async () => {
    const app = Fastify();
    registerAuth(app, {} as AppContext);
    app.get('/api/open', { config: { access: 'public' } }, async () => ({}));
    app.get('/api/mine', { config: { access: 'authenticated' } }, async () => ({}));
    app.get('/api/filings-x', { config: { access: { permission: 'filings.read' } } }, async () => ({}));
    app.get('/assets/app.js', async () => '');
    await expect(app.ready()).resolves.toBeTruthy();
    await app.close();
  });
});
