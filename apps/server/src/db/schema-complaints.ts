/** Table types of complaints (migration 2026112910_complaints): complaints and parent committees. */
import type { ComplaintCategory, ComplaintEventKind, ComplaintOutcome, ComplaintStatus } from '@tuoyu/domain';
import type { Generated } from 'kysely';

export interface ParentCommitteeTable {
  id: Generated<number>;
  provider_id: number;
  name: string;
  created_by: number;
  created_at: string;
}

export interface CommitteeMemberTable {
  id: Generated<number>;
  committee_id: number;
  user_id: number;
  added_by: number;
  added_at: string;
  removed_at: string | null;
}

export interface ComplaintTable {
  id: Generated<number>;
  tracking_code: string;
  provider_id: number | null;
  provider_name: string | null;
  division_code: string;
  township_code: string | null;
  assigned_user_id: number | null;
  category: ComplaintCategory;
  description: string;
  anonymous: number;
  contact_enc: string | null;
  filed_by_user_id: number | null;
  committee_id: number | null;
  status: ComplaintStatus;
  outcome: ComplaintOutcome | null;
  reply: string | null;
  received_at: string;
  received_on: string;
  acknowledge_by: string;
  answer_by: string;
  acknowledged_at: string | null;
  answered_at: string | null;
  answered_by: number | null;
  escalated_at: string | null;
  updated_at: string;
}

export interface ComplaintEventTable {
  id: Generated<number>;
  complaint_id: number;
  kind: ComplaintEventKind;
  actor_id: number | null;
  text: string | null;
  at: string;
}

export interface ComplaintsTables {
  parent_committees: ParentCommitteeTable;
  committee_members: CommitteeMemberTable;
  complaints: ComplaintTable;
  complaint_events: ComplaintEventTable;
}
