/**
 * What demo providers are made of (demo/generate-providers.ts): brand, person and street names, the
 * words of the service forms, and how often each kind and filing state occurs.
 */
import type { FilingState, ProviderKind, ServiceForm } from '@tuoyu/domain';

export const BRANDS = [
  '小太阳',
  '向日葵',
  '小橡树',
  '彩虹',
  '童心',
  '爱心',
  '启航',
  '好孩子',
  '小星星',
  '金色摇篮',
  '蒲公英',
  '小海豚',
  '河套',
  '阳光宝贝',
  '春苗',
  '乐育',
];
export const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '赵',
  '黄',
  '周',
  '吴',
  '徐',
  '孙',
  '马',
  '胡',
  '郭',
];
export const STREETS = [
  '胜利路',
  '新华街',
  '解放西街',
  '建设路',
  '团结路',
  '临狼路',
  '五一街',
  '朔方路',
  '光明街',
  '河套大街',
];
export const EMPLOYERS = ['河套酒业', '巴彦淖尔供电公司', '市第一医院', '金川集团', '蒙牛乳业', '农垦集团'];
export const HOSPITALS = ['市妇幼保健院', '区人民医院', '县中医医院', '旗妇幼保健计划生育服务中心'];

export const FORM_WORD: Record<ServiceForm, string> = {
  full_day: '全日托',
  half_day: '半日托',
  hourly: '计时托',
  temporary: '临时托',
};

export const KIND_WEIGHTS: [ProviderKind, number][] = [
  ['institution', 0.55],
  ['kindergarten_class', 0.2],
  ['family_point', 0.1],
  ['employer', 0.08],
  ['medical', 0.07],
];

export const STATUS_WEIGHTS: [FilingState, number][] = [
  ['filed', 0.76],
  ['submitted', 0.08],
  ['returned', 0.04],
  ['draft', 0.05],
  ['change_submitted', 0.03],
  ['suspended', 0.02],
  ['deregistered', 0.02],
];

export const ORG_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
