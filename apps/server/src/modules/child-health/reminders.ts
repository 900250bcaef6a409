/**
 * Parents' reminders (issue 11 item 5), sent by a daily job into 我的消息: a week before a
 * check-up's window opens, and the day after a counted one's window closed without it. The
 * guardians' mobiles reach parent accounts through keyed hashes; each notice has a unique
 * de-duplication key, so a repeated run sends nothing twice.
 */
import { addDays } from '@tuoyu/domain';
import type { AppContext } from '../../platform/context';
import { nowIso } from '../../platform/time';
import { insertNoticeOnce } from '../notices/queries';
import { duesWithParents } from './queries-reminders';
import { isCountedAge } from './view';

const dateZh = (d: string) => `${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;

export async function sendHealthReminders(ctx: AppContext, day: string) {
  let upcoming = 0;
  let missed = 0;
  for (const d of await duesWithParents(ctx.db, { dueFrom: addDays(day, 7) })) {
    const sent = await insertNoticeOnce(ctx.db, {
      user_id: d.user_id,
      provider_id: null,
      child_id: null,
      health_child_id: d.child_id,
      kind: 'child_health.due',
      title: `${d.name}的${d.age_months}月龄健康检查快到了`,
      body: `${d.name}满 ${d.age_months} 个月的健康检查可从${dateZh(d.due_from)}起到${dateZh(d.due_to)}前做，请带孩子到${d.township}的卫生院或社区卫生服务中心。`,
      created_at: nowIso(),
      read_at: null,
      dedupe_key: `child_health.due:${d.child_id}:${d.age_months}:${d.user_id}`,
    });
    if (sent) upcoming++;
  }
  for (const d of await duesWithParents(ctx.db, { dueTo: addDays(day, -1) })) {
    if (!isCountedAge(d.age_months)) continue;
    const sent = await insertNoticeOnce(ctx.db, {
      user_id: d.user_id,
      provider_id: null,
      child_id: null,
      health_child_id: d.child_id,
      kind: 'child_health.missed',
      title: `${d.name}的${d.age_months}月龄健康检查没有做`,
      body: `${d.name}满 ${d.age_months} 个月的健康检查时间已过（${dateZh(d.due_to)}前）。请尽快联系${d.township}的卫生院或社区卫生服务中心补做。`,
      created_at: nowIso(),
      read_at: null,
      dedupe_key: `child_health.missed:${d.child_id}:${d.age_months}:${d.user_id}`,
    });
    if (sent) missed++;
  }
  return { upcoming, missed };
}
