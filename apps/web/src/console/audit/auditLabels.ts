import { isMessageKey, type MessageKey, type Translate } from '../../shared/i18n';
import { consoleAuditZhCN } from './messages';

const ACTION_PREFIX = 'audit.action.';
const ENTITY_PREFIX = 'audit.entity.';

/**
 * Audit codes in words (auth.login → 登录). The server may add codes before the catalogue knows
 * them: those are shown as they are.
 */
export function actionLabel(code: string, t: Translate): string {
  const key = `${ACTION_PREFIX}${code}`;
  return isMessageKey(key) ? t(key) : code;
}

export function entityLabel(code: string, t: Translate): string {
  const key = `${ENTITY_PREFIX}${code}`;
  return isMessageKey(key) ? t(key) : code;
}

function codesWithPrefix(prefix: string): string[] {
  return (Object.keys(consoleAuditZhCN) as MessageKey[])
    .filter((k) => k.startsWith(prefix))
    .map((k) => k.slice(prefix.length));
}

/** Suggestions for the filter boxes: every code the catalogue names, with its words. */
export function actionOptions(t: Translate) {
  return codesWithPrefix(ACTION_PREFIX).map((code) => ({
    value: code,
    label: `${actionLabel(code, t)}（${code}）`,
  }));
}

export function entityOptions(t: Translate) {
  return codesWithPrefix(ENTITY_PREFIX).map((code) => ({
    value: code,
    label: `${entityLabel(code, t)}（${code}）`,
  }));
}
