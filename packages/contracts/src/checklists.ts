/** The city's versioned checklists, the inspector pool and inspectors' declared conflicts. */
import { z } from 'zod';
import { DivisionCode, MultilineText, QueryFlagOr01, Text } from './common';
import { ChecklistCategory, ChecklistRisk, ChecklistStatus } from './enums';

export const ChecklistItem = z.object({
  id: z.number().int(),
  seq: z.number().int(),
  category: ChecklistCategory,
  risk: ChecklistRisk,
  text: z.string(),
  legalBasis: z.string(),
});
export type ChecklistItem = z.infer<typeof ChecklistItem>;

export const Checklist = z.object({
  id: z.number().int(),
  code: z.string(),
  version: z.number().int(),
  name: z.string(),
  status: ChecklistStatus,
  createdAt: z.string(),
  createdByName: z.string().nullable(),
  items: z.array(ChecklistItem),
});
export type Checklist = z.infer<typeof Checklist>;

export const ChecklistList = z.object({ items: z.array(Checklist) });
export type ChecklistList = z.infer<typeof ChecklistList>;

export const ChecklistQuery = z.object({
  /** Every version (history), newest first within a code; default: active versions only. */
  history: QueryFlagOr01.default(false),
});

const ChecklistItemBody = z.object({
  category: ChecklistCategory,
  risk: ChecklistRisk,
  text: MultilineText(500),
  legalBasis: MultilineText(300),
});

export const ChecklistUpdateBody = z.object({
  name: Text(100),
  items: z.array(ChecklistItemBody).min(1).max(200),
});
export type ChecklistUpdateBody = z.infer<typeof ChecklistUpdateBody>;

export const ChecklistCreateBody = ChecklistUpdateBody.extend({
  code: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{1,31}$/, { error: 'lowercase letters, digits and hyphens' }),
});
export type ChecklistCreateBody = z.infer<typeof ChecklistCreateBody>;

export const Inspector = z.object({
  id: z.number().int(),
  displayName: z.string(),
  role: z.string(),
  unit: z.string().nullable(),
  unitName: z.string().nullable(),
  divisionCode: z.string(),
  divisionName: z.string(),
});
export type Inspector = z.infer<typeof Inspector>;

export const InspectorQuery = z.object({ divisionCode: DivisionCode.optional() });
export const InspectorList = z.object({ items: z.array(Inspector) });
export type InspectorList = z.infer<typeof InspectorList>;

export const ConflictBody = z.object({
  providerId: z.number().int().positive(),
  reason: MultilineText(300),
});
export type ConflictBody = z.infer<typeof ConflictBody>;

export const InspectorConflict = z.object({
  id: z.number().int(),
  inspectorId: z.number().int(),
  inspectorName: z.string(),
  providerId: z.number().int(),
  providerName: z.string(),
  divisionCode: z.string(),
  reason: z.string(),
  declaredAt: z.string(),
  withdrawnAt: z.string().nullable(),
});
export type InspectorConflict = z.infer<typeof InspectorConflict>;
export const ConflictList = z.object({ items: z.array(InspectorConflict) });
export type ConflictList = z.infer<typeof ConflictList>;

export type ChecklistQuery = z.infer<typeof ChecklistQuery>;
export type InspectorQuery = z.infer<typeof InspectorQuery>;
/** Providers in the inspector's area, for declaring a conflict. */
export const ConflictProvider = z.object({
  id: z.number().int(),
  name: z.string(),
  divisionCode: z.string(),
});
export type ConflictProvider = z.infer<typeof ConflictProvider>;
export const ConflictProviderList = z.object({ items: z.array(ConflictProvider) });
export type ConflictProviderList = z.infer<typeof ConflictProviderList>;
