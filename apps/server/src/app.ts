/** buildApp: the Fastify instance with every platform plugin and module. No listening here. */
import { randomUUID } from 'node:crypto';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler } from 'fastify-type-provider-zod';
import type { Config } from './config';
import type { DbHandle } from './db';
import { applicationRoutes } from './modules/applications/routes';
import { attendanceRoutes } from './modules/attendance/routes';
import { auditRoutes } from './modules/audit/routes';
import { authRoutes } from './modules/auth/routes';
import { bookingRoutes } from './modules/booking/routes';
import { calendarRoutes } from './modules/calendar/routes';
import { checklistRoutes } from './modules/checklists/routes';
import { childHealthImportRoutes } from './modules/child-health/import-routes';
import { childHealthRoutes } from './modules/child-health/routes';
import { childrenRoutes } from './modules/children/routes';
import { complaintRoutes } from './modules/complaints/routes';
import { creditRoutes } from './modules/credit/routes';
import { directoryRoutes } from './modules/directory/routes';
import { fileRoutes } from './modules/files/routes';
import { MAX_FILE_BYTES } from './modules/files/service';
import { healthRoutes } from './modules/health/routes';
import { healthCheckRoutes } from './modules/health-checks/routes';
import { incidentRoutes } from './modules/incidents/routes';
import { indicatorRoutes } from './modules/indicators/routes';
import { inspectionPlanRoutes } from './modules/inspection-plans/routes';
import { inspectionRoutes } from './modules/inspections/routes';
import { jcRoutes } from './modules/jc/routes';
import { jcAssessmentRoutes } from './modules/jc-assessment/routes';
import { jcBulletinRoutes } from './modules/jc-bulletins/routes';
import { jcPlanRoutes } from './modules/jc-plan/routes';
import { jcRegisterRoutes } from './modules/jc-registers/routes';
import { providerRoutes } from './modules/providers/routes';
import { referenceRoutes } from './modules/reference/routes';
import { reportRoutes } from './modules/reports/routes';
import { riskRoutes } from './modules/risk/routes';
import { settingsRoutes } from './modules/settings/routes';
import { staffRoutes } from './modules/staff/routes';
import { todoRoutes } from './modules/todo/routes';
import { userRoutes } from './modules/users/routes';
import { registerAuth } from './platform/auth/plugin';
import type { AppContext } from './platform/context';
import { deriveKeys } from './platform/crypto';
import { registerErrorHandler } from './platform/error-handler';
import { langOf } from './platform/i18n';
import { registerOpenApi } from './platform/openapi';
import { routerErrorOptions } from './platform/router-errors';
import { registerSecurity } from './platform/security';
import { zodValidatorCompiler } from './platform/validation';
import { registerWeb } from './platform/web';

export interface AppDeps {
  config: Config;
  db: DbHandle;
  /** pino options; tests pass false to keep output quiet. */
  logger?: boolean | object;
}

export async function buildApp({
  config,
  db,
  logger,
}: AppDeps): Promise<{ app: FastifyInstance; ctx: AppContext }> {
  const ctx: AppContext = { db: db.db, engine: db.engine, keys: deriveKeys(config.secret), config };
  const app = Fastify({
    logger: logger ?? {
      level: config.logLevel,
      redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
    },
    genReqId: () => randomUUID(),
    requestIdHeader: 'x-request-id',
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
    // Graceful shutdown: close() stops accepting, lets in-flight requests finish.
    return503OnClosing: true,
    // Bad URLs and requests Node's parser refuses answer problem+json with the security headers.
    ...routerErrorOptions(config),
  });
  app.setValidatorCompiler(zodValidatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  app.decorateRequest('user', null);
  app.decorateRequest('lang', 'zh');
  app.addHook('onRequest', async (req, reply) => {
    req.lang = langOf(req.headers['accept-language']);
    reply.header('x-request-id', req.id);
  });

  registerErrorHandler(app);
  // Parents are often on weak 3G/4G: compress JSON and the web app's files (gzip or brotli).
  await app.register(compress, { global: true, threshold: 1024 });
  await app.register(cookie);
  // Uploads: one file of at most 10 MB per request (filing documents, Excel imports).
  await app.register(multipart, { limits: { fileSize: MAX_FILE_BYTES, files: 1, fields: 5 } });
  await registerSecurity(app, config);
  registerAuth(app, ctx);
  await registerOpenApi(app, config);

  await app.register(healthRoutes(ctx));
  await app.register(authRoutes(ctx));
  await app.register(userRoutes(ctx));
  await app.register(auditRoutes(ctx));
  await app.register(referenceRoutes(ctx));
  await app.register(providerRoutes(ctx));
  await app.register(fileRoutes(ctx));
  await app.register(directoryRoutes(ctx));
  await app.register(indicatorRoutes(ctx));
  await app.register(childrenRoutes(ctx));
  await app.register(childHealthRoutes(ctx));
  await app.register(childHealthImportRoutes(ctx));
  await app.register(jcRoutes(ctx));
  await app.register(jcBulletinRoutes(ctx));
  await app.register(jcRegisterRoutes(ctx));
  await app.register(jcPlanRoutes(ctx));
  await app.register(jcAssessmentRoutes(ctx));
  await app.register(staffRoutes(ctx));
  await app.register(attendanceRoutes(ctx));
  await app.register(settingsRoutes(ctx));
  await app.register(calendarRoutes(ctx));
  await app.register(bookingRoutes(ctx));
  await app.register(healthCheckRoutes(ctx));
  await app.register(reportRoutes(ctx));
  await app.register(applicationRoutes(ctx));
  await app.register(checklistRoutes(ctx));
  await app.register(inspectionPlanRoutes(ctx));
  await app.register(inspectionRoutes(ctx));
  await app.register(complaintRoutes(ctx));
  await app.register(incidentRoutes(ctx));
  await app.register(creditRoutes(ctx));
  await app.register(riskRoutes(ctx));
  await app.register(todoRoutes(ctx));

  await registerWeb(app, config.webDist);
  return { app, ctx };
}
