/**
 * The plan's own task list in the demo (issue 12 item 5): 2026 progress from ten of the eighteen
 * units on every task they are responsible for, and three counties' implementation measures
 * (临河区, 五原县 and 磴口县, whose regulator account `dengkou` is added here), each a small PDF made
 * in code so the demo ships no document.
 */
import { createHash } from 'node:crypto';
import { addDays, type JcPlanStatus } from '@tuoyu/domain';
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema';
import { writeContent } from '../modules/files/content';
import { insertFile } from '../modules/files/queries';
import { unitsOf } from '../modules/jc-plan/plan-tasks';
import { ensureYear, saveCountyMeasure, saveProgress, yearTasks } from '../modules/jc-plan/queries';
import { insertUser } from '../modules/users/queries';

/** The units that have reported in 2026, and how far each has got (by its tasks in order). */
const REPORTING: Record<string, JcPlanStatus[]> = {
  hrss: ['done', 'in_progress', 'in_progress', 'done'],
  health: ['done', 'in_progress', 'done', 'in_progress', 'done'],
  edu: ['in_progress', 'done', 'not_started'],
  civil: ['in_progress', 'done'],
  finance: ['done', 'in_progress'],
  fgw: ['in_progress', 'not_started', 'in_progress'],
  samr: ['done', 'in_progress'],
  women: ['done', 'in_progress'],
  union: ['in_progress'],
  housing: ['not_started', 'in_progress'],
};

const TEXT: Record<JcPlanStatus, (title: string) => string> = {
  done: (title) => `已完成“${title}”年度任务：制定了工作方案并全部落实，有关情况已报市联席会议办公室。`,
  in_progress: (title) => `“${title}”正在推进：已印发工作方案，完成年度目标约六成，四季度集中推进。`,
  not_started: (title) => `“${title}”尚未启动：已列入明年工作要点，待资金和场地落实后实施。`,
};

/** A one-page PDF with a line of text (Helvetica, ASCII), byte offsets computed for the xref table. */
export function demoPdf(line: string): Buffer {
  const stream = `BT /F1 16 Tf 72 760 Td (${line.replace(/[()\\]/g, '')}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

const MEASURES = [
  {
    code: '150802',
    user: 'linhe',
    title: '临河区促进3岁以下婴幼儿照护服务发展具体实施办法',
    issuedOn: '2026-03-18',
    en: 'Linhe',
  },
  {
    code: '150821',
    user: 'wuyuan',
    title: '五原县婴幼儿照护服务发展实施办法',
    issuedOn: '2026-04-02',
    en: 'Wuyuan',
  },
  {
    code: '150822',
    user: 'dengkou',
    title: '磴口县促进婴幼儿照护服务发展实施细则',
    issuedOn: '2026-05-20',
    en: 'Dengkou',
  },
];

export async function seedJcPlan(trx: Transaction<Database>, today: string, passwordHash: string) {
  const at = (daysAgo: number) => `${addDays(today, -daysAgo)}T02:30:00.000Z`;
  await insertUser(trx, {
    username: 'dengkou',
    display_name: '磴口县卫生健康委 赵科长',
    mobile_enc: null,
    mobile_hash: null,
    role: 'county_regulator',
    division_code: '150822',
    unit: 'health',
    status: 'active',
    password_hash: passwordHash,
    must_change_password: 0,
    failed_logins: 0,
    password_changed_at: at(0),
    created_at: at(0),
    updated_at: at(0),
  });
  const users = new Map(
    (await trx.selectFrom('users').select(['id', 'username']).execute()).map((u) => [u.username, u.id]),
  );
  const year = Number(today.slice(0, 4));
  await ensureYear(trx, year);
  const tasks = await yearTasks(trx, year);
  let n = 0;
  for (const [unit, statuses] of Object.entries(REPORTING)) {
    const by = users.get(`jc-${unit}`);
    if (!by) continue;
    const mine = tasks.filter((t) => unitsOf(t).includes(unit));
    for (const [i, task] of mine.entries()) {
      const status = statuses[i % statuses.length] ?? 'in_progress';
      const row = { year, task_id: task.task_id, unit_code: unit, updated_by: by };
      // Most reports were first made as in progress and updated since: the history keeps both.
      if (status === 'done')
        await saveProgress(trx, {
          ...row,
          status: 'in_progress',
          text: TEXT.in_progress(task.title),
          updated_at: at(120 + (n % 30)),
        });
      await saveProgress(trx, {
        ...row,
        status,
        text: TEXT[status](task.title),
        updated_at: at(10 + (n++ % 40)),
      });
    }
  }
  for (const [i, m] of MEASURES.entries()) {
    const by = users.get(m.user);
    if (!by) continue;
    const pdf = demoPdf(`${m.en} implementation measures (demo document)`);
    const key = `demo-jc-measure-${m.code}`;
    await writeContent(trx, key, pdf);
    const file = await insertFile(trx, {
      name: `${m.title}.pdf`,
      mime: 'application/pdf',
      size: pdf.length,
      sha256: createHash('sha256').update(pdf).digest('hex'),
      storage_key: key,
      owner_user_id: by,
      provider_id: null,
      division_code: m.code,
      created_at: at(200 - i * 30),
    });
    await saveCountyMeasure(trx, {
      division_code: m.code,
      title: m.title,
      issued_on: m.issuedOn,
      file_id: file.id,
      uploaded_by: by,
      uploaded_at: at(200 - i * 30),
    });
  }
}
