/**
 * Regenerates apps/server/src/db/reference/*.json from the project's shared reference material
 * (../shared/reference and the plan text). The JSON is committed: the server never reads ../shared
 * at run time, so a deployment needs nothing outside the repository.
 *
 * Run: npx tsx scripts/build-reference.ts [path/to/shared]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const shared = process.argv[2] ?? join(import.meta.dirname, '..', '..', 'shared');
const out = join(import.meta.dirname, '..', 'apps', 'server', 'src', 'db', 'reference');

function csv(name: string): Record<string, string>[] {
  const [head, ...rows] = readFileSync(join(shared, 'reference', name), 'utf8')
    .trim()
    .split(/\r?\n/);
  const cols = (head ?? '').split(',');
  return rows.map((r) => Object.fromEntries(r.split(',').map((v, i) => [cols[i] ?? `c${i}`, v.trim()])));
}

const SEATS: Record<string, string> = {
  '150802': '临河区',
  '150821': '隆兴昌镇',
  '150822': '巴彦高勒镇',
  '150823': '乌拉山镇',
  '150824': '海流图镇',
  '150825': '巴音宝力格镇',
  '150826': '陕坝镇',
};

const counties = csv('counties-census2020.csv');
const city = counties.find((c) => c.county_code === '150800');
const divisions = [
  {
    code: '150800',
    name: '巴彦淖尔市',
    level: 'city',
    parentCode: null,
    kind: '地级市',
    statisticalOnly: false,
    seat: '临河区',
    areaKm2: Number(city?.area_km2_nmg_yearbook2021),
  },
  ...counties
    .filter((c) => c.county_code !== '150800')
    .map((c) => ({
      code: c.county_code,
      name: c.county_name,
      level: 'county',
      parentCode: '150800',
      kind: c.county_name?.endsWith('区') ? '市辖区' : c.county_name?.endsWith('县') ? '县' : '旗',
      statisticalOnly: false,
      seat: SEATS[c.county_code ?? ''] ?? null,
      areaKm2: Number(c.area_km2_nmg_yearbook2021),
    })),
  ...csv('divisions-townships.csv').map((t) => ({
    code: t.township_code_9,
    name: t.township_name,
    level: 'township',
    parentCode: t.county_code,
    kind: t.is_civil_affairs_township === 'yes' ? t.township_type : '统计单位',
    statisticalOnly: t.is_civil_affairs_township !== 'yes',
    seat: null,
    areaKm2: null,
  })),
];

const populations = counties.map((c) => ({
  divisionCode: c.county_code,
  year: 2020,
  residents: Number(c.pop_census2020),
  source: '第七次全国人口普查(2020-11-01)',
}));

// Annex 四 of the plan: one paragraph per member unit, "(一)市委编办。…".
const plan = readFileSync(join(shared, 'domain', 'bayannur-plan-2021.zh.txt'), 'utf8');
const annex = plan.slice(plan.indexOf('四、成员单位职责分工'), plan.indexOf('五、工作要求'));
const duties = new Map<string, string>();
for (const m of annex.matchAll(/^\s*\(([一二三四五六七八九十]+)\)[^。]+。(.+)$/gm)) {
  duties.set(`四(${m[1]})`, (m[2] ?? '').trim());
}
const LOCAL_NAMES: Record<string, string> = { youth: '团委', bianban: '委编办', hetao: '河套学院' };
const units = csv('plan-units.csv').map((u, i) => ({
  code: u.code,
  name: u.name,
  shortName: u.short,
  // The name a county-level counterpart carries after its division's name: 临河区 + 卫生健康委.
  localName: LOCAL_NAMES[u.code ?? ''] ?? (u.short ?? '').replace(/^市/, ''),
  role: u.role_in_joint_conference?.startsWith('lead')
    ? 'lead'
    : u.role_in_joint_conference === 'member'
      ? 'member'
      : 'other',
  dutiesClause: u.duties_annex_clause || null,
  duties: duties.get(u.duties_annex_clause ?? '') ?? null,
  sort: i + 1,
}));
const missing = units.filter((u) => u.dutiesClause && !u.duties).map((u) => u.code);
if (missing.length) throw new Error(`duties not found for ${missing.join(', ')}`);

const note = (source: string) => ({ source, generatedBy: 'scripts/build-reference.ts' });
writeFileSync(
  join(out, 'divisions.json'),
  `${JSON.stringify({ ...note('GB/T 2260; NBS 统计用区划代码 2023; 内蒙古统计年鉴2021 (areas)'), items: divisions }, null, 1)}\n`,
);
writeFileSync(
  join(out, 'populations.json'),
  `${JSON.stringify({ ...note('巴彦淖尔市第七次全国人口普查公报; NBS 中国人口普查分县资料—2020'), items: populations }, null, 1)}\n`,
);
writeFileSync(
  join(out, 'units.json'),
  `${JSON.stringify({ ...note('巴政办发〔2021〕20号 附件 联席会议制度 二、四'), items: units }, null, 1)}\n`,
);
// The plan's own tasks (二、三), each with the units the plan makes responsible.
const planTasks = csv('plan-tasks.csv').map((t, i) => ({
  id: t.id,
  section: t.section,
  title: t.title,
  responsibleUnits: (t.responsible_units ?? '').split(';').filter(Boolean),
  notes: t.notes ?? '',
  sort: i + 1,
}));
const unknown = planTasks.flatMap((t) => t.responsibleUnits).filter((c) => !units.some((u) => u.code === c));
if (unknown.length) throw new Error(`plan tasks name unknown units: ${unknown.join(', ')}`);
writeFileSync(
  join(out, 'plan-tasks.json'),
  `${JSON.stringify({ ...note('巴政办发〔2021〕20号 二、三 (plan-tasks.csv)'), items: planTasks }, null, 1)}\n`,
);
console.log(
  `divisions ${divisions.length}, populations ${populations.length}, units ${units.length}, plan tasks ${planTasks.length}`,
);
