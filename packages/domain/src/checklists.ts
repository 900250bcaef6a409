/**
 * Inspection checklists (SPEC C5; plan (四)2 "进一次门、查多项事"): the categories and risk weights
 * of items, who may inspect where, and the default templates the city starts from, each item with
 * the standard it checks (standards.md).
 */
import type { LocalizedText } from './provider-kinds';

export const CHECKLIST_CATEGORIES = ['safety', 'fire', 'health', 'food', 'care', 'management'] as const;
export type ChecklistCategory = (typeof CHECKLIST_CATEGORIES)[number];

export const CHECKLIST_CATEGORY_NAMES: Readonly<Record<ChecklistCategory, LocalizedText>> = {
  safety: { zh: '安全保障', en: 'Safety' },
  fire: { zh: '消防安全', en: 'Fire safety' },
  health: { zh: '卫生保健', en: 'Health care' },
  food: { zh: '食品安全', en: 'Food safety' },
  care: { zh: '保育照护', en: 'Care quality' },
  management: { zh: '机构管理', en: 'Management' },
};

/** How much a failed item weighs (a failed high-risk item makes the provider high-risk). */
export const CHECKLIST_RISKS = ['high', 'medium', 'low'] as const;
export type ChecklistRisk = (typeof CHECKLIST_RISKS)[number];

export const CHECKLIST_RISK_NAMES: Readonly<Record<ChecklistRisk, LocalizedText>> = {
  high: { zh: '高风险', en: 'High risk' },
  medium: { zh: '中风险', en: 'Medium risk' },
  low: { zh: '低风险', en: 'Low risk' },
};

/** A checklist version in use, or one replaced by a newer version (kept for the inspections that used it). */
export const CHECKLIST_STATUSES = ['active', 'retired'] as const;
export type ChecklistStatus = (typeof CHECKLIST_STATUSES)[number];

/**
 * Units whose officers join inspections: the health commission (lead), and 消防, 公安 and 市场监管
 * for joint checks (plan (四)2 "进一次门、查多项事").
 */
export const INSPECTOR_UNITS = ['health', 'fire', 'police', 'samr'] as const;
export type InspectorUnit = (typeof INSPECTOR_UNITS)[number];

export interface InspectorCandidate {
  role: string;
  unit: string | null;
  divisionCode: string;
}

/** 150800 → "1508" (the whole city), 150802 → "150802", 150802001 → itself. */
function prefixOf(code: string): string {
  if (code.length !== 6) return code;
  let p = code;
  while (p.length > 2 && p.endsWith('00')) p = p.slice(0, -2);
  return p;
}

/**
 * Whether the user's role and unit make them an inspector at all: one of `inspectorRoles` (the
 * roles allowed to inspect, declared with the permissions in packages/contracts access.ts:
 * `INSPECTORS`), a department officer only in an inspecting unit.
 */
export function isInspectorRole(
  u: Pick<InspectorCandidate, 'role' | 'unit'>,
  inspectorRoles: readonly string[],
): boolean {
  if (!inspectorRoles.includes(u.role)) return false;
  return u.role !== 'department_officer' || (INSPECTOR_UNITS as readonly string[]).includes(u.unit ?? '');
}

/**
 * Whether the user may inspect providers in `divisionCode`: an inspector (see isInspectorRole)
 * whose own division contains it (county staff in their county, city staff anywhere in the city).
 */
export function mayInspectIn(
  u: InspectorCandidate,
  divisionCode: string,
  inspectorRoles: readonly string[],
): boolean {
  return isInspectorRole(u, inspectorRoles) && divisionCode.startsWith(prefixOf(u.divisionCode));
}

export interface ChecklistItemTemplate {
  category: ChecklistCategory;
  risk: ChecklistRisk;
  text: string;
  legalBasis: string;
}

export interface ChecklistTemplate {
  code: string;
  name: string;
  items: ChecklistItemTemplate[];
}

const SZ = '《托育机构设置标准（试行）》（国卫人口发〔2019〕58号）';
const GF = '《托育机构管理规范（试行）》（国卫人口发〔2019〕58号）';
const WS = 'WS/T 821—2023《托育机构质量评估标准》';
const DG = '《托育机构保育指导大纲（试行）》（2021）';
const SH = '《托育机构婴幼儿伤害预防指南（试行）》（2021）';
const WB = '《未成年人保护法》第六十二条';
const XF = '《中华人民共和国消防法》';
const SP = '《中华人民共和国食品安全法》';
const BA = '《托育机构登记和备案办法（试行）》';

const item = (
  category: ChecklistCategory,
  risk: ChecklistRisk,
  text: string,
  legalBasis: string,
): ChecklistItemTemplate => ({ category, risk, text, legalBasis });

/** The general template: one visit checks every dimension (进一次门、查多项事). */
export const GENERAL_CHECKLIST: ChecklistTemplate = {
  code: 'general',
  name: '托育机构综合检查表',
  items: [
    item(
      'management',
      'medium',
      '已在县级卫生健康部门备案，备案回执、营业执照或登记证书在有效期内并公示',
      BA,
    ),
    item(
      'management',
      'low',
      '机构名称含“托育”字样，登记的服务形式（全日托/半日托/计时托/临时托）与实际一致',
      BA,
    ),
    item('care', 'high', '各班实际照护人员与在园婴幼儿之比符合标准：乳儿班 1:3、托小班 1:5、托大班 1:7', SZ),
    item(
      'care',
      'medium',
      '各班人数不超过上限：乳儿班 10 人、托小班 15 人、托大班 20 人，混合编班 18 人',
      SZ,
    ),
    item('care', 'high', '未招收 6 个月以下婴儿入托（机构班级）', SZ),
    item('safety', 'high', '婴幼儿生活用房设在三层及以下，不设在地下室或半地下室', GF),
    item(
      'safety',
      'medium',
      '室内人均使用面积不少于 3 平方米、户外不少于 2 平方米（本市参数）；窗地面积比不小于 20%',
      GF,
    ),
    item('safety', 'high', '视频监控 24 小时设防，覆盖婴幼儿活动区域，录像保存不少于 90 日且未被删改', GF),
    item('safety', 'medium', '设一键报警装置并与公安联网或有效运行；保安员持保安员证在岗', GF),
    item(
      'safety',
      'high',
      '家具、玩具、设施无尖角、窒息、跌落、夹伤等隐患，药品和清洁剂存放在婴幼儿接触不到处',
      SH,
    ),
    item('management', 'high', '全体工作人员上岗前和每年进行健康检查，健康证明在有效期内', GF),
    item(
      'management',
      'high',
      '工作人员均有无犯罪记录证明，入职前和每年查询性侵害、虐待、暴力伤害等违法犯罪记录',
      WB,
    ),
    item(
      'management',
      'medium',
      '负责人具有大专以上学历、3 年以上相关管理经验并经培训；保育人员经培训合格',
      SZ,
    ),
    item('health', 'high', '保健人员经妇幼保健机构培训；收托 150 名以上婴幼儿的配备专职保健人员', SZ),
    item('health', 'high', '每日晨午检和全日健康观察有记录，异常情况及时告知监护人', DG),
    item('health', 'medium', '婴幼儿入托查验预防接种证和入托体检，离托 3 个月以上返托重新体检', GF),
    item('health', 'medium', '传染病登记、报告、隔离和消毒制度落实，有消毒记录', GF),
    item('care', 'medium', '每日户外活动不少于 2 小时（天气允许时），一日生活安排合理', DG),
    item('care', 'low', '照护计划、回应性照护和家园沟通有记录', DG),
    item('food', 'high', '提供膳食的持有食品经营许可证，炊事人员持健康证明', SP),
    item('food', 'high', '食品留样 48 小时以上、每样不少于 125 克，有留样记录', SP),
    item('food', 'medium', '带量食谱每周公示，原料进货查验和索证索票记录齐全', SP),
    item('fire', 'high', '通过消防验收或备案，疏散通道、安全出口畅通，消防设施完好有效', XF),
    item('fire', 'medium', '制定灭火和应急疏散预案并定期演练，有演练记录', XF),
    item('safety', 'medium', '制定自然灾害、传染病、食物中毒、踩踏、火灾、暴力等应急预案并演练', GF),
    item('management', 'medium', '投保至少一项责任保险，保单在有效期内', GF),
    item('management', 'low', '向社会公开收费项目和标准、保育内容、膳食、卫生保健和安全情况', GF),
    item('management', 'low', '按质量评估标准开展自评，问题有整改记录', WS),
  ],
};

/** A joint fire / public-safety template for checks with 消防 and 公安 officers. */
export const JOINT_SAFETY_CHECKLIST: ChecklistTemplate = {
  code: 'joint-safety',
  name: '消防与公共安全联合检查表',
  items: [
    item('fire', 'high', '通过消防验收或备案，使用性质与审批一致', XF),
    item('fire', 'high', '疏散通道、楼梯、安全出口畅通，未锁闭、未堵塞', XF),
    item('fire', 'high', '灭火器、应急照明、疏散指示标志配置齐全并在有效期内', XF),
    item('fire', 'medium', '电气线路规范，无私拉乱接，电动车未在室内停放或充电', XF),
    item('fire', 'medium', '灭火和应急疏散预案每半年至少演练一次，工作人员会报警、会疏散', XF),
    item('safety', 'high', '婴幼儿生活用房设在三层及以下，不设在地下室或半地下室', GF),
    item('safety', 'high', '视频监控全覆盖、24 小时设防，录像保存不少于 90 日', GF),
    item('safety', 'medium', '一键报警装置有效，门卫值守、来访登记和接送核验制度落实', GF),
    item('safety', 'medium', '保安员持保安员证上岗，配备必要防护器械', GF),
    item('management', 'high', '工作人员入职前和每年查询违法犯罪记录', WB),
  ],
};

export const DEFAULT_CHECKLISTS: ChecklistTemplate[] = [GENERAL_CHECKLIST, JOINT_SAFETY_CHECKLIST];
