import type { publicInspectionsZhCN } from './public-inspections.zh-CN';

/** English, the same keys as the Chinese file (compiler-checked). */
export const publicInspectionsEn: Record<keyof typeof publicInspectionsZhCN, string> = {
  'pi.title': 'Inspection results',
  'pi.lead':
    'Results of inspections by the health commission and other authorities are public, with the problems found and how they were fixed.',
  'pi.loading': 'Loading inspection results…',
  'pi.error': 'Inspection results cannot be loaded right now. Please try again later.',
  'pi.empty': 'No published inspection results yet.',
  'pi.result.pass': 'Pass',
  'pi.result.rectify': 'Rectify by deadline',
  'pi.result.fail': 'Fail',
  'pi.kind.random': 'Random inspection',
  'pi.kind.complaint': 'Complaint check',
  'pi.kind.campaign': 'Campaign',
  'pi.kind.follow_up': 'Follow-up',
  'pi.units': 'Inspected by {units}',
  'pi.findingsSummary': '{n} problems found, {fixed} fixed',
  'pi.allFixed': 'all fixed',
  'pi.status.open': 'Being fixed',
  'pi.status.rectified': 'Fix reported, awaiting verification',
  'pi.status.verified': 'Fixed',
  'pi.deadline': 'due {date}',
  'pi.rectifiedAt': 'reported {date}',
  'pi.verifiedAt': 'verified {date}',
};
