import type { publicBlacklistZhCN } from './public-blacklist.zh-CN';

/** English, the same keys as the Chinese file (compiler-checked). */
export const publicBlacklistEn: Record<keyof typeof publicBlacklistZhCN, string> = {
  'pb.title': 'Blacklist',
  'pb.lead':
    'Childcare providers blacklisted for serious violations, and people banned by law from childcare work. For people, only the name and a masked ID number are published, as the law allows.',
  'pb.tab.providers': 'Providers',
  'pb.tab.persons': 'Banned people',
  'pb.loading': 'Loading the blacklist…',
  'pb.loadError': 'The blacklist cannot be loaded right now',
  'pb.emptyProviders': 'No provider is blacklisted at the moment',
  'pb.emptyPersons': 'No banned person is published at the moment',
  'pb.creditCode': 'Credit code',
  'pb.decision': 'Decision',
  'pb.legalBasis': 'Legal basis',
  'pb.decided': 'Decided on, by',
  'pb.decidedOn': 'Decided on',
  'pb.personsNote': 'These people are banned by law from childcare work; providers must check before hiring.',
  'pb.banner.title': 'This provider is on the blacklist',
  'pb.banner.decided': 'Decided on {date} by {unit}',
  'pb.banner.more': 'See the whole blacklist',
};
