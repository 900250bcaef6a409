/**
 * The demo's incident reports (demo/incidents.ts loads them): what happened, when it was reported
 * (some after the 24-hour limit), and how far the county has followed it up.
 */
import type { IncidentSeverity, IncidentType } from '@tuoyu/domain';

export interface DemoIncident {
  county: '150802' | '150821';
  /** Index into the county's listed providers (0 in 临河区 is provider 1). */
  provider: number;
  type: IncidentType;
  severity: IncidentSeverity;
  occurredHoursAgo: number;
  reportedAfterHours: number;
  children: number;
  description: string;
  actionsTaken: string;
  guardiansNotifiedAfterHours: number | null;
  acknowledged: boolean;
  updates: { by: 'provider' | 'county'; afterHours: number; text: string }[];
  close?: { afterHours: number; summary: string };
}

export const INCIDENTS: DemoIncident[] = [
  {
    county: '150802',
    provider: 0,
    type: 'fall',
    severity: 'minor',
    occurredHoursAgo: 24 * 9,
    reportedAfterHours: 2,
    children: 1,
    description: '户外活动时幼儿在滑梯下方奔跑跌倒，右膝擦伤约 2 厘米。',
    actionsTaken: '保健员当即清洗消毒并包扎，观察 30 分钟无异常，已排查滑梯周边地垫。',
    guardiansNotifiedAfterHours: 1,
    acknowledged: false,
    updates: [
      { by: 'provider', afterHours: 26, text: '家长反馈幼儿恢复良好；已在滑梯出口加铺防滑地垫。' },
      { by: 'county', afterHours: 50, text: '已电话回访家长，情况属实，处置得当。' },
    ],
    close: { afterHours: 72, summary: '伤情轻微，已妥善处置并完成场地整改，予以结案。' },
  },
  {
    county: '150802',
    provider: 0,
    type: 'foreign_body',
    severity: 'serious',
    occurredHoursAgo: 50,
    reportedAfterHours: 1,
    children: 1,
    description: '午餐后一名幼儿将串珠玩具塞入鼻腔，取出困难。',
    actionsTaken: '立即停止活动，保健员陪同、园长随车送巴彦淖尔市医院耳鼻喉科取出异物，无损伤。',
    guardiansNotifiedAfterHours: 0.5,
    acknowledged: true,
    updates: [
      {
        by: 'provider',
        afterHours: 20,
        text: '已全面清理小于 3 厘米的小件玩具，并对保育人员开展异物伤害预防培训。',
      },
    ],
  },
  {
    county: '150802',
    provider: 0,
    type: 'infectious_disease',
    severity: 'minor',
    occurredHoursAgo: 20,
    reportedAfterHours: 3,
    children: 3,
    description: '托小班晨检发现 3 名幼儿手、口部出现疱疹，疑似手足口病。',
    actionsTaken: '3 名幼儿已由家长接回就医，班级暂停混班活动，玩具和餐具全面消毒，已报告区疾控中心。',
    guardiansNotifiedAfterHours: 0.5,
    acknowledged: false,
    updates: [],
  },
  {
    county: '150802',
    provider: 1,
    type: 'burn',
    severity: 'serious',
    occurredHoursAgo: 76,
    reportedAfterHours: 40,
    children: 1,
    description: '保育员倒开水时未放在幼儿够不到的位置，一名幼儿手背烫伤，起水疱。',
    actionsTaken: '冷水冲洗 15 分钟后送医，诊断为浅二度烫伤，已包扎；涉事保育员停岗。',
    guardiansNotifiedAfterHours: 2,
    acknowledged: false,
    updates: [],
  },
  {
    county: '150802',
    provider: 2,
    type: 'abuse_allegation',
    severity: 'critical',
    occurredHoursAgo: 8,
    reportedAfterHours: 2,
    children: 1,
    description: '家长反映幼儿腿部有掐痕，怀疑保育人员体罚。',
    actionsTaken: '涉事人员已停岗，机构已封存当日监控录像并报告公安机关和区卫健委。',
    guardiansNotifiedAfterHours: 0,
    acknowledged: false,
    updates: [],
  },
  {
    county: '150802',
    provider: 3,
    type: 'poisoning',
    severity: 'minor',
    occurredHoursAgo: 24 * 35,
    reportedAfterHours: 4,
    children: 2,
    description: '午点后 2 名幼儿出现呕吐，疑似食物不耐受。',
    actionsTaken: '留样送检，幼儿经医院观察后返家；送检结果未检出致病菌。',
    guardiansNotifiedAfterHours: 1,
    acknowledged: false,
    updates: [{ by: 'provider', afterHours: 48, text: '市场监管部门留样检测合格，已调整午点食谱。' }],
    close: { afterHours: 24 * 5, summary: '检测排除食物中毒，结案。' },
  },
  {
    county: '150821',
    provider: 0,
    type: 'suffocation',
    severity: 'critical',
    occurredHoursAgo: 30,
    reportedAfterHours: 1,
    children: 1,
    description: '进餐时一名幼儿被整颗葡萄卡住气道，出现呛咳、面色发紫。',
    actionsTaken: '保育员立即实施海姆立克急救法，异物排出，送县医院检查无大碍。',
    guardiansNotifiedAfterHours: 0.5,
    acknowledged: true,
    updates: [
      { by: 'county', afterHours: 6, text: '已现场核查，要求机构将圆形食物切小后供应并开展全员急救复训。' },
      { by: 'provider', afterHours: 24, text: '已完成全员海姆立克急救复训，食谱已调整。' },
    ],
  },
  {
    county: '150821',
    provider: 1,
    type: 'fall',
    severity: 'serious',
    occurredHoursAgo: 24 * 4,
    reportedAfterHours: 55,
    children: 1,
    description: '幼儿攀爬窗边矮柜时跌落，左前臂骨折。',
    actionsTaken: '送县医院打石膏固定；窗边矮柜已移除。',
    guardiansNotifiedAfterHours: 1,
    acknowledged: false,
    updates: [],
  },
  {
    county: '150821',
    provider: 2,
    type: 'fire',
    severity: 'minor',
    occurredHoursAgo: 24 * 20,
    reportedAfterHours: 3,
    children: 0,
    description: '厨房油锅起火，厨师用灭火毯扑灭，无人员受伤。',
    actionsTaken: '按预案组织幼儿疏散至操场，用时 2 分钟；排油烟管道已清洗。',
    guardiansNotifiedAfterHours: null,
    acknowledged: false,
    updates: [{ by: 'county', afterHours: 30, text: '消防部门已复查，厨房消防设施完好。' }],
    close: { afterHours: 24 * 3, summary: '处置及时，无人员伤亡，结案。' },
  },
  {
    county: '150821',
    provider: 3,
    type: 'traffic',
    severity: 'minor',
    occurredHoursAgo: 5,
    reportedAfterHours: 1,
    children: 1,
    description: '离园时家长电动车在机构门口与另一车辆剐蹭，幼儿轻微擦伤。',
    actionsTaken: '保健员处理伤口，已提醒家长接送时为幼儿佩戴头盔。',
    guardiansNotifiedAfterHours: 0,
    acknowledged: false,
    updates: [],
  },
];
