/**
 * The strings of console/auth/. Chinese is the source; the English carries the same keys (the compiler
 * checks it). Registered by console/messages.ts.
 */
export const consoleAuthZhCN = {
  'login.intro': '政府部门、托育机构工作人员，以及预约计时托的家长在此登录。浏览公众网站无需登录。',
  'login.password': '密码',
  'login.failed': '登录失败',
  'login.backToPublic': '返回公众网站',
  'password.old': '原密码',
  'password.confirm': '确认新密码',
  'password.rules.title': '新密码须满足：',
  'password.rules.length': '至少 10 个字符（汉字、字母、数字、符号都算）',
  'password.rules.guessable': '不易被猜中：平台会检查常用密码、姓名、年份、键盘序列和平台名称',
  'password.rules.username': '不能包含用户名，不能使用公开的演示密码',
  'password.rules.example': '建议用几个不相关的词组成较长的口令，例如“河套-向日葵-Ride-47-Lamp”。',
  'password.mismatch': '两次输入的新密码不一致',
  'password.changed': '密码已修改',
  'password.mustChange.title': '请先修改密码',
  'password.mustChange.body': '首次登录或密码被重置后须修改密码，修改后才能使用平台的其他功能。',
} satisfies Record<string, string>;

export const consoleAuthEn: Record<keyof typeof consoleAuthZhCN, string> = {
  'login.intro':
    'For staff of government departments and providers, and for parents booking hourly care. Browsing the public site needs no login.',
  'login.password': 'Password',
  'login.failed': 'Login failed',
  'login.backToPublic': 'Back to the public site',
  'password.old': 'Current password',
  'password.confirm': 'Confirm new password',
  'password.rules.title': 'The new password must be:',
  'password.rules.length':
    'at least 10 characters (Chinese characters, letters, digits and symbols all count)',
  'password.rules.guessable':
    'hard to guess: the platform checks common passwords, names, years, keyboard rows and the platform’s name',
  'password.rules.username': 'without the username, and not the published demo password',
  'password.rules.example':
    'A long passphrase of several unrelated words works well, e.g. “河套-向日葵-Ride-47-Lamp”.',
  'password.mismatch': 'The two new passwords do not match',
  'password.changed': 'Password changed',
  'password.mustChange.title': 'Please change your password first',
  'password.mustChange.body':
    'After the first login or a password reset you must change your password before using the platform.',
};
