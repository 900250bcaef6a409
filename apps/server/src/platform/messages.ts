/**
 * The catalogue of error codes: a stable code, its HTTP status, a title and a detail template in
 * Chinese and English. Clients and tests rely on the codes; never renumber or reuse one.
 */
import type { Bilingual } from './i18n';

export interface ErrorDef {
  status: number;
  title: Bilingual;
  detail: Bilingual;
}

const def = (status: number, title: [string, string], detail: [string, string]): ErrorDef => ({
  status,
  title: { zh: title[0], en: title[1] },
  detail: { zh: detail[0], en: detail[1] },
});

export const ERRORS = {
  'request.invalid': def(
    400,
    ['请求内容有误', 'Invalid request'],
    ['请检查标出的字段后重试。', 'Please check the fields listed and try again.'],
  ),
  'request.malformed': def(
    400,
    ['请求格式有误', 'Malformed request'],
    ['请求体不是有效的 JSON：{reason}', 'The request body is not valid JSON: {reason}'],
  ),
  'request.too_large': def(
    413,
    ['请求内容过大', 'Request too large'],
    ['请求内容超过上限。', 'The request body exceeds the limit.'],
  ),
  'request.unsupported_media': def(
    415,
    ['不支持的内容类型', 'Unsupported media type'],
    ['请以 application/json 提交。', 'Send the body as application/json.'],
  ),
  'auth.required': def(
    401,
    ['请先登录', 'Login required'],
    [
      '您尚未登录或登录已过期，请重新登录。',
      'You are not logged in or your session has expired. Please log in again.',
    ],
  ),
  // The same answer for a wrong password, an unknown username and a locked account (issue 9):
  // it must not tell which usernames exist or which accounts are locked.
  'auth.invalid_credentials': def(
    401,
    ['用户名或密码错误', 'Wrong username or password'],
    [
      '用户名或密码错误。多次错误后需等待一段时间才能再试；如仍无法登录，请联系系统管理员。',
      'Wrong username or password. After several failures you must wait before trying again; if you still cannot log in, contact the system administrator.',
    ],
  ),
  'auth.throttled': def(
    429,
    ['尝试过于频繁', 'Too many attempts'],
    [
      '密码验证失败次数过多，请 {seconds} 秒后再试。',
      'Too many failed password checks; try again in {seconds} seconds.',
    ],
  ),
  'auth.disabled': def(
    403,
    ['账号已停用', 'Account disabled'],
    [
      '该账号已被停用，请联系系统管理员。',
      'This account has been disabled. Please contact the system administrator.',
    ],
  ),
  'auth.password_change_required': def(
    403,
    ['请先修改密码', 'Password change required'],
    [
      '首次登录或密码被重置后，须先修改密码才能继续使用。',
      'You must change your password (first login or after a reset) before you can continue.',
    ],
  ),
  'auth.wrong_old_password': def(
    422,
    ['原密码不正确', 'Current password is wrong'],
    ['原密码不正确。', 'The current password is wrong.'],
  ),
  'auth.weak_password': def(
    422,
    ['新密码不符合要求', 'Password too weak'],
    [
      '密码须至少 10 个字符、不易被猜中，且不得包含用户名或使用公开的演示密码。',
      'Passwords need at least 10 characters, must be hard to guess, and must not contain the username or be the published demo password.',
    ],
  ),
  'auth.password_reused': def(
    422,
    ['新密码不能与原密码相同', 'Same password'],
    ['新密码不能与原密码相同。', 'The new password must differ from the current one.'],
  ),
  'csrf.missing_header': def(
    403,
    ['请求被拒绝', 'Request refused'],
    [
      '缺少请求头 X-Requested-With: tuoyu（跨站请求防护）。',
      'Missing header X-Requested-With: tuoyu (cross-site request protection).',
    ],
  ),
  forbidden: def(
    403,
    ['无权操作', 'Not allowed'],
    ['您的角色无权进行此操作。', 'Your role is not allowed to do this.'],
  ),
  'forbidden.scope': def(
    403,
    ['超出辖区', 'Outside your jurisdiction'],
    ['{what}超出您的管辖范围。', '{what} is outside your jurisdiction.'],
  ),
  not_found: def(
    404,
    ['未找到', 'Not found'],
    ['未找到该记录，或您无权查看。', 'No such record, or it is not visible to you.'],
  ),
  'route.not_found': def(
    404,
    ['未找到', 'Not found'],
    ['没有这个接口：{method} {url}', 'No such endpoint: {method} {url}'],
  ),
  'route.bad_url': def(
    400,
    ['网址有误', 'Bad URL'],
    [
      '网址中有无法解码的字符（百分号编码不完整或不是 UTF-8）。',
      'The URL has characters that cannot be decoded (incomplete percent-encoding or not UTF-8).',
    ],
  ),
  'route.url_too_long': def(
    414,
    ['网址过长', 'URL too long'],
    ['网址（或其中的一段）超过长度上限。', 'The URL (or one of its segments) is longer than allowed.'],
  ),
  'request.headers_too_large': def(
    431,
    ['请求头过大', 'Request headers too large'],
    [
      '请求头超过上限，请清除本站的 Cookie 后重试。',
      "The request headers exceed the limit; clear this site's cookies and try again.",
    ],
  ),
  'request.timeout': def(
    408,
    ['请求超时', 'Request timeout'],
    ['请求未能在时限内发送完毕，请重试。', 'The request was not sent in time; please try again.'],
  ),
  'request.bad_http': def(
    400,
    ['请求无法解析', 'Unreadable request'],
    [
      '请求不符合 HTTP 协议，无法处理。',
      'The request does not follow the HTTP protocol and cannot be handled.',
    ],
  ),
  conflict: def(409, ['操作冲突', 'Conflict'], ['{reason}', '{reason}']),
  'user.username_taken': def(
    409,
    ['用户名已存在', 'Username taken'],
    ['用户名 {username} 已被使用。', 'The username {username} is already in use.'],
  ),
  'rule.violated': def(422, ['不符合规则', 'Rule broken'], ['{reason}', '{reason}']),
  rate_limited: def(
    429,
    ['请求过于频繁', 'Too many requests'],
    ['请求过于频繁，请 {seconds} 秒后再试。', 'Too many requests; try again in {seconds} seconds.'],
  ),
  internal: def(
    500,
    ['服务器内部错误', 'Internal server error'],
    [
      '服务器出现错误，已记录（请求号 {requestId}）。请稍后重试。',
      'The server failed; it has been logged (request {requestId}). Please try again later.',
    ],
  ),
} satisfies Record<string, ErrorDef>;

export type ErrorCode = keyof typeof ERRORS;

/** Field-level messages used across modules (errors[].message). */
export const FIELD_MESSAGES = {
  required: { zh: '必填', en: 'Required' },
  invalidMobile: {
    zh: '手机号码格式不正确（11 位，以 1 开头）',
    en: 'Not a valid mobile number (11 digits starting with 1)',
  },
  invalidUsername: {
    zh: '用户名须为 3–32 位小写字母、数字或 . _ -，以字母或数字开头',
    en: 'Username: 3–32 lowercase letters, digits or . _ -, starting with a letter or digit',
  },
  unknownDivision: { zh: '没有这个行政区划代码', en: 'No such division code' },
  unknownUnit: { zh: '没有这个单位代码', en: 'No such unit code' },
  duplicateFeeCeiling: {
    zh: '同一班型和服务形式只能有一个上限',
    en: 'Only one ceiling per class type and service form',
  },
  unitRequired: { zh: '部门用户须选择所属单位', en: 'A department officer needs a unit' },
  divisionLevel: { zh: '该角色须为{level}级辖区', en: 'This role needs a {level}-level jurisdiction' },
  outsideScope: { zh: '超出您的管辖范围', en: 'Outside your jurisdiction' },
  roleNotAllowed: { zh: '您不能创建或授予该角色', en: 'You may not create or grant this role' },
  wrongOldPassword: { zh: '原密码不正确', en: 'The current password is wrong' },
  samePassword: { zh: '新密码不能与原密码相同', en: 'Must differ from the current password' },
  usernameTaken: { zh: '该用户名已被使用', en: 'This username is already in use' },
} as const;
