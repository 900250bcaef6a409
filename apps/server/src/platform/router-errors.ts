/**
 * Answers for requests that never reach a route, which Fastify and Node otherwise answer with
 * their own plain JSON and without the security headers: a URL the router cannot decode (400) or
 * with an over-long segment (414), found by the router (`frameworkErrors`); and requests Node's
 * HTTP parser refuses before Fastify sees them (`clientError`: headers too large 431, timeout 408,
 * anything else 400). Each is problem+json with the same security headers as every answer.
 */
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type {
  ConnectionError,
  FastifyError,
  FastifyReply,
  FastifyRequest,
  FastifyServerOptions,
} from 'fastify';
import type { Config } from '../config';
import { problemDocument, sendProblem } from './error-handler';
import { langOf } from './i18n';
import type { ErrorCode } from './messages';
import { MAX_URL_LENGTH, securityHeaders } from './security';

const FRAMEWORK_CODES: Record<string, ErrorCode> = {
  FST_ERR_BAD_URL: 'route.bad_url',
  FST_ERR_MAX_PARAM_LENGTH: 'route.url_too_long',
};

/** What Node's parser error means for the client (https://nodejs.org/api/http.html#event-clienterror). */
function clientErrorCode(err: ConnectionError): ErrorCode {
  if (err.code === 'ERR_HTTP_REQUEST_TIMEOUT') return 'request.timeout';
  if (err.code !== 'HPE_HEADER_OVERFLOW') return 'request.bad_http';
  // Node counts the request line with the headers: when the request line alone is longer than
  // we serve, the URL is what is too long. `rawPacket` is typed as its JSON form, but Node hands
  // over the Buffer the parser stopped in (the request's start unless it arrived in pieces).
  const raw = err.rawPacket as unknown;
  const packet = Buffer.isBuffer(raw) ? raw.toString('latin1') : '';
  const lineEnd = packet.indexOf('\r\n');
  const requestLine = lineEnd === -1 ? packet : packet.slice(0, lineEnd);
  const urlTooLong = /^[A-Z]+ \S/.test(requestLine) && requestLine.length > MAX_URL_LENGTH;
  return urlTooLong ? 'route.url_too_long' : 'request.headers_too_large';
}

/** Fastify options that route these answers through the problem+json catalogue. */
export function routerErrorOptions(
  config: Config,
): Pick<FastifyServerOptions, 'frameworkErrors' | 'clientErrorHandler'> {
  const headers = securityHeaders(config);
  return {
    frameworkErrors(error: FastifyError, req: FastifyRequest, reply: FastifyReply) {
      // No onRequest hook ran: do here what they do for every answer.
      req.lang = langOf(req.headers['accept-language']);
      reply.headers(headers).header('x-request-id', req.id);
      const code = FRAMEWORK_CODES[error.code];
      if (code) {
        req.log.info({ err: error }, 'router refused the URL');
        return sendProblem(req, reply, code);
      }
      req.log.error({ err: error }, 'router error');
      return sendProblem(req, reply, 'internal', { requestId: req.id });
    },
    clientErrorHandler(err: ConnectionError, socket: Socket) {
      // A reset connection has nobody left to answer.
      if (err.code === 'ECONNRESET' || socket.destroyed) return;
      const code = clientErrorCode(err);
      const problem = problemDocument(code, 'zh');
      const body = JSON.stringify(problem);
      const head = [
        `HTTP/1.1 ${problem.status} ${STATUS_CODES[problem.status]}`,
        'content-type: application/problem+json; charset=utf-8',
        'content-language: zh-CN',
        `content-length: ${Buffer.byteLength(body)}`,
        'connection: close',
        ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
      ];
      if (socket.writable) socket.write(`${head.join('\r\n')}\r\n\r\n${body}`);
      socket.destroy(err);
    },
  };
}
