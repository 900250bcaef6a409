/**
 * The OpenAPI 3 document, generated from the zod route schemas; UI at /api/docs. Other systems
 * generate clients from it, so every operation gets a stable operationId (from method and path),
 * its module as tag, its declared access as `x-access`, and its 4xx answers as problem+json.
 */
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { rolesWith } from '@tuoyu/contracts';
import type { FastifyInstance, HTTPMethods } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import type { OpenAPIV3 } from 'openapi-types';
import type { Config } from '../config';
import type { RouteAccess } from './context';

/** Tags are module names; each described in Chinese and English. */
const TAGS: Record<string, string> = {
  platform: '平台：健康检查、接口文档 Platform: health, API document',
  auth: '登录、会话与本人密码 Login, session and own password',
  users: '账号管理 Account administration',
  audit: '审计日志 Audit trail',
  reference: '行政区划、人口与成员单位 Divisions, population and member units',
  public: '公众服务（无需登录）Public services (no login)',
  providers: '机构登记与账号 Provider registration and accounts',
  filings: '备案与收费上限 Filings and fee ceilings',
  files: '附件上传下载 Document upload and download',
  children: '班级与在托婴幼儿 Classes and enrolled children',
  staff: '从业人员与禁业名单 Staff register and ban list',
  attendance: '考勤与师生比 Attendance and staff-to-child ratio',
  settings: '标准参数 Standards parameters',
  calendar: '节假日与工作日 Holidays and working days',
  booking: '临时托与计时托预约 Hourly and temporary care bookings',
  'health-checks': '晨午检 Daily health checks',
  'child-health': '儿童健康管理与系统管理率 Child health management and I-2',
  reports: '月报 Monthly reports',
  applications: '入托申请与候补 Applications and waitlist',
  supervision: '检查表与双随机抽查 Checklists and random inspection draws',
  inspections: '检查与整改 Inspections and rectification',
  complaints: '投诉举报与家长委员会 Complaints and parent committees',
  incidents: '安全事故与应急预案 Incidents and emergency plans',
  credit: '黑名单与信用记录 Blacklist and credit records',
  risk: '风险监测 Risk monitoring',
  todo: '待办 To-do counts',
  jc: '联席会议：会议、纪要与督办任务 Joint conference: meetings, minutes and tracked tasks',
  'jc-bulletins': '联席会议工作进展通报 Joint conference progress bulletins',
  'jc-registers': '专家指导委员会与行业协会 Expert committee and industry association registers',
  'jc-plan':
    '实施方案任务清单、推进矩阵与旗县区实施办法 The plan’s tasks, the matrix and the counties’ measures',
  'jc-assessment': '督查考核：旗县区与成员单位年度考核 Annual assessment of counties and member units',
};

/** RFC 9457 problem details, as platform/error-handler.ts sends them. */
const Problem: OpenAPIV3.SchemaObject = {
  type: 'object',
  required: ['type', 'title', 'status', 'code'],
  properties: {
    type: { type: 'string', format: 'uri' },
    title: { type: 'string' },
    status: { type: 'integer', minimum: 400, maximum: 599 },
    detail: { type: 'string' },
    code: { type: 'string', description: '稳定的错误代码 Stable error code, e.g. request.invalid' },
    instance: { type: 'string' },
    requestId: { type: 'string' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['path', 'message'],
        properties: { path: { type: 'string' }, message: { type: 'string' } },
      },
    },
  },
};

const PROBLEM_ANSWERS: Record<string, string> = {
  400: '请求内容有误 Invalid request',
  401: '需要登录 Login required',
  403: '无权操作 Forbidden',
  404: '不存在或不在辖区内 Not found (or outside your jurisdiction)',
  409: '与当前状态冲突 Conflicts with the current state',
  413: '请求过大 Request too large',
  415: '不支持的内容类型 Unsupported media type',
  422: '违反业务规则 A business rule is broken',
  429: '请求过于频繁 Too many requests',
};

/** `GET /api/users/:id/password` → `getUsersByIdPassword`: stable and unique per method and path. */
export function operationIdOf(method: string, url: string): string {
  const words = url
    .replace(/^\/api\//, '')
    .split('/')
    .flatMap((seg) => (seg.startsWith(':') ? ['by', seg.slice(1)] : seg.split(/[^A-Za-z0-9]+/)))
    .filter(Boolean);
  const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  return method.toLowerCase() + words.map(cap).join('');
}

/**
 * The declared access as an OpenAPI extension: {public: true}, {authenticated: true} or the
 * permission with the roles that hold it, so a client needs no copy of the table.
 */
export function accessExtension(access: RouteAccess | undefined) {
  if (access === 'public') return { public: true };
  if (access === 'authenticated') return { authenticated: true };
  if (access && 'permission' in access)
    return { permission: access.permission, roles: [...rolesWith(access.permission)] };
  if (access) return { authenticated: true, allowPendingPasswordChange: true };
  return undefined;
}

type Operation = {
  parameters?: { in: string }[];
  requestBody?: unknown;
  responses?: Record<string, unknown>;
  'x-access'?: ReturnType<typeof accessExtension>;
  'x-upload'?: boolean;
};

/** Which 4xx an operation can answer, from what it takes and who may call it. */
function problemStatuses(method: string, op: Operation): string[] {
  const isWrite = method !== 'get' && method !== 'head';
  const isPublic = op['x-access']?.public === true;
  const out = ['400'];
  if (!isPublic) out.push('401');
  // Writes also need the CSRF header (403 without it).
  if (!isPublic || isWrite) out.push('403');
  if (op.parameters?.some((p) => p.in === 'path')) out.push('404');
  if (isWrite) out.push('409', '422');
  if (op.requestBody) out.push('413', '415');
  out.push('429');
  return out;
}

const UPLOAD_BODY = {
  required: true,
  content: {
    'multipart/form-data': {
      schema: {
        type: 'object',
        required: ['file'],
        properties: { file: { type: 'string', format: 'binary' } },
      },
    },
  },
};

export async function registerOpenApi(app: FastifyInstance, config: Config) {
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: '托育服务平台 API (Tuoyu)',
        description:
          '巴彦淖尔市托育服务平台接口。错误以 application/problem+json (RFC 9457) 返回；写操作须带请求头 `X-Requested-With: tuoyu`。每个操作的 `x-access` 说明谁可调用。',
        version: config.version,
      },
      // Relative: the document is served by the server it describes, behind whatever host name.
      servers: [{ url: '/', description: '本服务器 This server' }],
      tags: Object.entries(TAGS).map(([name, description]) => ({ name, description })),
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'tuoyu_sid' } },
        schemas: { Problem },
      },
      security: [{ session: [] }],
    },
    transform: (input) => {
      const out = jsonSchemaTransform(input);
      const method = ([] as HTTPMethods[]).concat(input.route.method)[0] ?? 'GET';
      const access = accessExtension(input.route.config?.access);
      const upload = input.route.schema?.consumes?.includes('multipart/form-data');
      const schema = {
        ...out.schema,
        ...(upload ? { 'x-upload': true } : {}),
        operationId: operationIdOf(method, input.url),
        ...(access ? { 'x-access': access } : {}),
        // Public operations need no session cookie.
        ...(access?.public ? { security: [] } : {}),
      };
      return { ...out, schema };
    },
    transformObject: (input) => {
      if (!('openapiObject' in input)) return input.swaggerObject;
      const { openapiObject } = input;
      const doc = openapiObject as { paths?: Record<string, Record<string, Operation>> };
      for (const ops of Object.values(doc.paths ?? {})) {
        for (const [method, op] of Object.entries(ops)) {
          // Uploads are read by the handler (platform/uploads.ts), so their body is declared here.
          if (op['x-upload']) {
            op.requestBody = UPLOAD_BODY;
            delete op['x-upload'];
          }
          op.responses ??= {};
          for (const status of problemStatuses(method, op)) {
            op.responses[status] ??= {
              description: PROBLEM_ANSWERS[status],
              content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
            };
          }
        }
      }
      return openapiObject;
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
}
