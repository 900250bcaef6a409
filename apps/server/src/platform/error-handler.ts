/**
 * The one error handler: every error leaves as application/problem+json (RFC 9457), titled in
 * Chinese by default and in English for `Accept-Language: en`. 5xx details stay in the log.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from './errors';
import { type Lang, langOf, render } from './i18n';
import { ERRORS, type ErrorCode } from './messages';
import { describeIssue, RequestValidationError } from './validation';

interface ProblemField {
  path: string;
  message: string;
}

function localParams(params: Record<string, string | number>, lang: Lang) {
  const out: Record<string, string | number> = { ...params };
  for (const [k, v] of Object.entries(params)) {
    const m = /^(.*)(Zh|En)$/.exec(k);
    if (m?.[1] && (m[2] === 'Zh') === (lang === 'zh')) out[m[1]] = v;
  }
  return out;
}

/** The problem+json document of `code` in `lang` (also written raw by `router-errors.ts`). */
export function problemDocument(
  code: ErrorCode,
  lang: Lang,
  params: Record<string, string | number> = {},
  extra: { instance?: string; requestId?: string; errors?: ProblemField[] } = {},
) {
  const def = ERRORS[code];
  const p = localParams(params, lang);
  return {
    type: `https://tuoyu.bayannur.gov.cn/problems/${code.replace(/\./g, '/')}`,
    title: render(def.title, lang, p),
    status: def.status,
    detail: render(def.detail, lang, p),
    code,
    ...(extra.instance !== undefined ? { instance: extra.instance } : {}),
    ...(extra.requestId !== undefined ? { requestId: extra.requestId } : {}),
    ...(extra.errors?.length ? { errors: extra.errors } : {}),
  };
}

export function sendProblem(
  req: FastifyRequest,
  reply: FastifyReply,
  code: ErrorCode,
  params: Record<string, string | number> = {},
  errors?: ProblemField[],
) {
  const lang = req.lang ?? langOf(req.headers['accept-language']);
  return reply
    .code(ERRORS[code].status)
    .type('application/problem+json; charset=utf-8')
    .header('content-language', lang === 'zh' ? 'zh-CN' : 'en')
    .send(
      problemDocument(code, lang, params, {
        instance: req.url.split('?')[0],
        requestId: req.id,
        ...(errors ? { errors } : {}),
      }),
    );
}

export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((err: FastifyError | AppError | Error, req, reply) => {
    const lang = req.lang ?? langOf(req.headers['accept-language']);
    if (err instanceof AppError) {
      const fields = err.fields.map((f) => ({ path: f.path, message: f.message[lang] }));
      if (err.status >= 500) req.log.error({ err }, 'app error');
      // A 429 of ours (auth.throttled) says how long to wait, as @fastify/rate-limit's do.
      if (err.status === 429 && typeof err.params.seconds === 'number') {
        reply.header('retry-after', String(err.params.seconds));
      }
      return sendProblem(req, reply, err.code, err.params, fields);
    }
    if (err instanceof RequestValidationError || (err as FastifyError).validation) {
      const context = (err as FastifyError).validationContext ?? 'body';
      const issues = err instanceof RequestValidationError ? err.issues : [];
      const fields = issues.map((i) => describeIssue(i, lang, context));
      return sendProblem(req, reply, 'request.invalid', {}, fields);
    }
    const fe = err as FastifyError;
    switch (fe.code) {
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
        return sendProblem(req, reply, 'request.malformed', { reason: fe.message });
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return sendProblem(req, reply, 'request.too_large');
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return sendProblem(req, reply, 'request.unsupported_media');
    }
    if (fe.statusCode === 429) {
      return sendProblem(req, reply, 'rate_limited', {
        seconds: Number(reply.getHeader('retry-after') ?? 60),
      });
    }
    if (fe instanceof SyntaxError)
      return sendProblem(req, reply, 'request.malformed', { reason: fe.message });
    if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
      req.log.info({ err }, 'client error');
      return sendProblem(req, reply, 'request.invalid', {}, [{ path: 'request', message: fe.message }]);
    }
    req.log.error({ err }, 'unhandled error');
    return sendProblem(req, reply, 'internal', { requestId: req.id });
  });
}
