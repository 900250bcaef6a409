/** The OpenAPI 3 document, generated from the zod route schemas; UI at /api/docs. */
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import type { Config } from '../config';

export async function registerOpenApi(app: FastifyInstance, config: Config) {
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: '托育服务平台 API (Tuoyu)',
        description:
          '巴彦淖尔市托育服务平台接口。错误以 application/problem+json (RFC 9457) 返回；写操作须带请求头 `X-Requested-With: tuoyu`。',
        version: config.version,
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'tuoyu_sid' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
}
