/** Table types of supervision (migration 2026112909_supervision): checklists, plans, inspections. */
import type {
  ChecklistCategory,
  ChecklistRisk,
  ChecklistStatus,
  FindingOutcome,
  FindingStatus,
  InspectionKind,
  InspectionResult,
  InspectionStatus,
  RevealReason,
} from '@tuoyu/domain';
import type { Generated } from 'kysely';

export interface ChecklistTable {
  id: Generated<number>;
  code: string;
  version: number;
  name: string;
  status: ChecklistStatus;
  created_by: number | null;
  created_at: string;
}

export interface ChecklistItemTable {
  id: Generated<number>;
  checklist_id: number;
  seq: number;
  category: ChecklistCategory;
  risk: ChecklistRisk;
  text: string;
  legal_basis: string;
}

export interface InspectorConflictTable {
  id: Generated<number>;
  inspector_id: number;
  provider_id: number;
  reason: string;
  declared_at: string;
  withdrawn_at: string | null;
}

export interface InspectionPlanTable {
  id: Generated<number>;
  name: string;
  division_code: string;
  checklist_id: number;
  per_check: number;
  due_by: string;
  /** The draw seed sha256(serverSeed:witnessInput), '' until the draw (legacy plans: the public seed). */
  seed: string;
  /** The encrypted server seed (migration 2026120202_draw_commitment); null for legacy plans. */
  server_seed_enc: string | null;
  seed_commitment: string | null;
  witness_input: string | null;
  witness_name: string | null;
  revealed_at: string | null;
  revealed_by: number | null;
  reveal_reason: RevealReason | null;
  strata_json: string;
  inspectors_json: string;
  conflicts_json: string;
  published_by: number;
  published_at: string;
  selected_json: string | null;
  drawn_by: number | null;
  drawn_at: string | null;
}

export interface InspectionTable {
  id: Generated<number>;
  plan_id: number | null;
  provider_id: number;
  division_code: string;
  checklist_id: number;
  kind: InspectionKind;
  status: InspectionStatus;
  due_by: string | null;
  result: InspectionResult | null;
  summary: string | null;
  inspected_on: string | null;
  submitted_at: string | null;
  submitted_by: number | null;
  publish_due: string | null;
  published_at: string | null;
  complaint_id: number | null;
  created_by: number;
  created_at: string;
  closed_at: string | null;
}

export interface InspectionInspectorTable {
  inspection_id: number;
  user_id: number;
}

export interface InspectionFindingTable {
  id: Generated<number>;
  inspection_id: number;
  item_id: number;
  outcome: FindingOutcome;
  note: string | null;
  /** JSON array of file ids. */
  photo_file_ids: Generated<string>;
  status: FindingStatus | null;
  deadline: string | null;
  reply: string | null;
  reply_file_ids: Generated<string>;
  replied_at: string | null;
  replied_by: number | null;
  verified_at: string | null;
  verified_by: number | null;
  rejection: string | null;
}

export interface SupervisionTables {
  checklists: ChecklistTable;
  checklist_items: ChecklistItemTable;
  inspector_conflicts: InspectorConflictTable;
  inspection_plans: InspectionPlanTable;
  inspections: InspectionTable;
  inspection_inspectors: InspectionInspectorTable;
  inspection_findings: InspectionFindingTable;
}
