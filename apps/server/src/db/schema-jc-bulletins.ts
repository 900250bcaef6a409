/** Table types of the joint conference's bulletins and its two registers (issue 12 items 6 and 1). */
import type { JcAssociationRole, JcBulletinStatus, JcExpertField } from '@tuoyu/domain';
import type { Generated } from 'kysely';

export interface JcBulletinTable {
  id: Generated<number>;
  title: string;
  period_from: string;
  period_to: string;
  /** The office's text, paragraphs separated by blank lines. */
  body: string;
  status: JcBulletinStatus;
  number: string | null;
  year: number | null;
  seq: number | null;
  /** The figures frozen at issue (JSON of JcBulletinFigures); null while a draft. */
  figures: string | null;
  public_summary: string | null;
  is_public: number;
  issued_on: string | null;
  issued_at: string | null;
  issued_by: number | null;
  created_by: number;
  created_at: string;
  updated_at: string;
}

export interface JcBulletinUnitTable {
  bulletin_id: number;
  unit_code: string;
  acknowledged_at: string | null;
  acknowledged_by: number | null;
}

export interface JcExpertTable {
  id: Generated<number>;
  name: string;
  field: JcExpertField;
  employer: string;
  title: string;
  mobile_enc: string | null;
  mobile_masked: string | null;
  appointed_from: string;
  appointed_to: string | null;
  active: number;
  created_at: string;
  updated_at: string;
}

export interface JcAssociationMemberTable {
  id: Generated<number>;
  provider_id: number;
  joined_on: string;
  role: JcAssociationRole;
  active: number;
  created_at: string;
  updated_at: string;
}

export interface JcBulletinTables {
  jc_bulletins: JcBulletinTable;
  jc_bulletin_units: JcBulletinUnitTable;
  jc_experts: JcExpertTable;
  jc_association_members: JcAssociationMemberTable;
}
