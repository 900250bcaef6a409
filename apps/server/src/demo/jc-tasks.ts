/**
 * The demo plenary's 6 agreed matters and their 14 tasks, dated in days from today so that every
 * status and light is present whenever the demo is loaded: green, yellow (due within 3 working
 * days) and red open tasks, an extension and a completion awaiting the office, and tasks done on
 * time, late, and on time after an approved extension.
 */
import type { JcTaskEventKind, JcTaskStatus } from '@tuoyu/domain';

export const PLENARY_MATTERS = [
  {
    title: '扩大普惠托育服务供给',
    detail:
      '落实每千人口拥有3岁以下婴幼儿托位数目标，新增普惠托位纳入年度民生实事，优先支持社区嵌入式托育点建设。',
  },
  {
    title: '新建居住区托育设施配套建设',
    detail:
      '新建居住区按标准配套建设托育服务设施，与住宅同步规划、同步建设、同步验收、同步交付；老城区通过购置、置换、租赁等方式补足。',
  },
  {
    title: '托育从业人员职业技能培训',
    detail: '将保育师、育婴员纳入职业技能提升行动，落实培训补贴，全年培训不少于500人次。',
  },
  {
    title: '落实托育机构税费优惠和财政补贴',
    detail: '落实社区家庭服务业税费优惠政策，兑现普惠托位建设补贴和运营补贴，水电气热执行居民价格。',
  },
  {
    title: '托育机构安全联合检查',
    detail: '开展托育机构消防、食品、治安等安全联合检查，实现"进一次门、查多项事"，问题限期整改。',
  },
  {
    title: '家庭科学育儿指导服务',
    detail: '依托妇女之家、婴幼儿照护服务指导中心开展家长课堂、入户指导，覆盖全部苏木乡镇（街道）。',
  },
];

interface DemoEvent {
  kind: JcTaskEventKind;
  /** Days from today. */
  at: number;
  unit?: string;
  text?: string;
  percent?: number;
  /** Days from today: the due date asked for (extension) or set (its approval). */
  dueOn?: number;
  approve?: boolean;
  reason?: string;
}

export interface DemoTask {
  matter: number;
  lead: string;
  co: string[];
  /** Days from today; the due date in effect (after any approved extension). */
  due: number;
  output: string;
  status: JcTaskStatus;
  events: DemoEvent[];
}

const progress = (at: number, percent: number, text: string, unit?: string): DemoEvent => ({
  kind: 'progress',
  at,
  percent,
  text,
  ...(unit ? { unit } : {}),
});
const completion = (at: number, text: string): DemoEvent => ({ kind: 'completion', at, text });
const approve = (at: number, extra: Partial<DemoEvent> = {}): DemoEvent => ({
  kind: 'decision',
  at,
  approve: true,
  ...extra,
});

export const DEMO_TASKS: DemoTask[] = [
  {
    matter: 0,
    lead: 'health',
    co: ['fgw', 'finance'],
    due: 60,
    output: '全市新增普惠托位600个',
    status: 'open',
    events: [
      progress(-120, 30, '已新增普惠托位185个，临河区、五原县各建成社区托育点2个'),
      progress(-30, 60, '累计新增普惠托位362个', 'finance'),
    ],
  },
  {
    matter: 0,
    lead: 'fgw',
    co: ['health'],
    due: 1,
    output: '普惠托育服务专项行动项目清单',
    status: 'open',
    events: [progress(-40, 70, '项目清单已征求各旗县区意见，正在汇总')],
  },
  {
    matter: 1,
    lead: 'nr',
    co: ['housing'],
    due: -12,
    output: '新建居住区托育设施配建规划指引',
    status: 'open',
    events: [progress(-150, 20, '已完成现状调研')],
  },
  {
    matter: 1,
    lead: 'housing',
    co: ['nr'],
    due: -60,
    output: '居住区配套托育设施验收工作机制',
    status: 'done',
    events: [
      progress(-100, 50, '起草验收工作机制'),
      completion(-65, '《新建居住区配套托育设施联合验收办法》已印发'),
      approve(-62),
    ],
  },
  {
    matter: 2,
    lead: 'hrss',
    co: ['union', 'women', 'health'],
    due: 20,
    output: '全年培训保育师、育婴员500人次',
    status: 'completion_requested',
    events: [
      progress(-150, 30, '一期培训结业162人'),
      progress(-80, 70, '累计培训368人次'),
      completion(-3, '全年累计培训527人次，补贴已拨付，附花名册'),
    ],
  },
  {
    matter: 2,
    lead: 'edu',
    co: ['hrss'],
    due: -150,
    output: '职业院校开设婴幼儿托育相关专业',
    status: 'done',
    events: [
      progress(-160, 50, '河套学院已申报婴幼儿托育服务与管理专业'),
      completion(-135, '专业已获批，秋季招生40人'),
      approve(-130),
    ],
  },
  {
    matter: 3,
    lead: 'finance',
    co: ['tax', 'fgw'],
    due: 2,
    output: '普惠托位建设和运营补贴资金拨付',
    status: 'extension_requested',
    events: [
      progress(-90, 40, '建设补贴已拨付首批'),
      { kind: 'extension', at: -2, dueOn: 45, reason: '运营补贴待年度核查结果，申请延期至年底后' },
    ],
  },
  {
    matter: 3,
    lead: 'tax',
    co: ['finance'],
    due: -100,
    output: '托育服务税费优惠政策宣传和落实情况报告',
    status: 'done',
    events: [completion(-105, '已向全部备案机构推送优惠政策，报告已报送'), approve(-103)],
  },
  {
    matter: 4,
    lead: 'samr',
    co: ['fire', 'police'],
    due: -3,
    output: '托育机构安全联合检查及整改台账',
    status: 'open',
    events: [
      progress(-20, 80, '已检查机构86家，发现问题41处'),
      completion(-10, '联合检查已完成'),
      { kind: 'decision', at: -8, approve: false, reason: '整改台账未附复查情况，请补充后再申请办结' },
    ],
  },
  {
    matter: 4,
    lead: 'fire',
    co: ['emergency'],
    due: 90,
    output: '托育机构消防安全标准化管理',
    status: 'open',
    events: [progress(-60, 30, '已制定标准化管理指引，启动试点')],
  },
  {
    matter: 4,
    lead: 'emergency',
    co: ['fire'],
    due: -40,
    output: '托育机构应急疏散演练全覆盖',
    status: 'done',
    events: [
      { kind: 'extension', at: -115, dueOn: -40, reason: '部分新备案机构尚未开园，申请延期' },
      approve(-113, { dueOn: -40 }),
      progress(-70, 60, '已完成演练142场'),
      completion(-45, '全部在园机构已完成演练'),
      approve(-43),
    ],
  },
  {
    matter: 5,
    lead: 'women',
    co: ['fp', 'health'],
    due: 2,
    output: '家长课堂覆盖全部苏木乡镇（街道）',
    status: 'open',
    events: [progress(-30, 50, '已覆盖36个苏木乡镇（街道）')],
  },
  {
    matter: 5,
    lead: 'civil',
    co: [],
    due: 120,
    output: '城乡社区托育服务需求摸底',
    status: 'open',
    events: [],
  },
  {
    matter: 5,
    lead: 'youth',
    co: ['women'],
    due: -20,
    output: '青年志愿者托育服务进社区活动',
    status: 'done',
    events: [completion(-25, '全年开展活动48场，服务家庭1,200余户'), approve(-22)],
  },
];
