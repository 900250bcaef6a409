/**
 * The filing (备案) workflow — 《托育机构登记和备案办法（试行）》: the provider submits, the county
 * health commission files within 5 working days or returns it for correction; later changes are
 * filed the same way, and a filing can be suspended or ended (注销).
 *
 *   draft ─submit→ submitted ─accept→ filed ─submit_change→ change_submitted ─accept→ filed
 *                      │  ↑                 │  ↑                   └─return→ filed (change refused)
 *                   return│ submit        suspend│ resume
 *                      ↓  │                 ↓  │
 *                    returned            suspended ─deregister→ deregistered (also from filed)
 */
import type { LocalizedText } from './provider-kinds';

export const FILING_ACTIONS = [
  'submit',
  'return',
  'accept',
  'submit_change',
  'suspend',
  'resume',
  'deregister',
] as const;
export type FilingAction = (typeof FILING_ACTIONS)[number];

/** Filing states (登记和备案办法): the workflow of one provider's filing record. */
export const FILING_STATUSES = [
  'draft',
  'submitted',
  'returned',
  'filed',
  'change_submitted',
  'suspended',
  'deregistered',
] as const;
export type FilingStatus = (typeof FILING_STATUSES)[number];
/** The same states, under the name the workflow's functions use. */
export type FilingState = FilingStatus;

export const FILING_STATUS_NAMES: Readonly<Record<FilingStatus, LocalizedText>> = {
  draft: { zh: '草稿', en: 'Draft' },
  submitted: { zh: '待审核', en: 'Awaiting review' },
  returned: { zh: '已退回', en: 'Returned' },
  filed: { zh: '已备案', en: 'Filed' },
  change_submitted: { zh: '变更待审核', en: 'Change awaiting review' },
  suspended: { zh: '已暂停', en: 'Suspended' },
  deregistered: { zh: '已注销', en: 'Deregistered' },
};

const TRANSITIONS: Readonly<Record<FilingState, Partial<Record<FilingAction, FilingState>>>> = {
  draft: { submit: 'submitted' },
  submitted: { return: 'returned', accept: 'filed' },
  returned: { submit: 'submitted' },
  filed: { submit_change: 'change_submitted', suspend: 'suspended', deregister: 'deregistered' },
  change_submitted: { accept: 'filed', return: 'filed' },
  suspended: { resume: 'filed', deregister: 'deregistered' },
  deregistered: {},
};

/** The state an action leads to, or null when the action is not allowed in this state. */
export function nextFilingState(state: FilingState, action: FilingAction): FilingState | null {
  return TRANSITIONS[state][action] ?? null;
}

/** The actions allowed now (for showing only the buttons that work). */
export function allowedFilingActions(state: FilingState): FilingAction[] {
  return Object.keys(TRANSITIONS[state]) as FilingAction[];
}

/** The provider may edit its form while drafting, after a return, and (as a change) once filed. */
export function isFilingEditable(state: FilingState): boolean {
  return state === 'draft' || state === 'returned' || state === 'filed';
}

/** Shown to the public ("find care"): filed and operating. */
export const isPubliclyListed = (state: FilingState): boolean =>
  state === 'filed' || state === 'change_submitted';
