/** Table types of credit (migration 2026112912_credit): the provider blacklist, credit records. */
import type { CreditKind, CreditSubject } from '@tuoyu/domain';
import type { Generated } from 'kysely';

export interface BlacklistTable {
  id: Generated<number>;
  provider_id: number;
  division_code: string;
  decision: string;
  legal_basis: string;
  decided_on: string;
  deciding_unit: string;
  document_number: string | null;
  created_by: number;
  created_at: string;
  removed_at: string | null;
  removed_by: number | null;
  remove_reason: string | null;
}

export interface CreditRecordTable {
  id: Generated<number>;
  subject_type: CreditSubject;
  provider_id: number;
  staff_id: number | null;
  division_code: string;
  kind: CreditKind;
  title: string;
  basis: string;
  decided_on: string;
  expires_on: string | null;
  created_by: number;
  created_at: string;
}

export interface CreditTables {
  blacklist: BlacklistTable;
  credit_records: CreditRecordTable;
}
