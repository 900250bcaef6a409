/** Table types of the provider record: providers, the filing workflow, fee ceilings, the places summary. */
import type { ClassType, FilingStatus, LegalForm, ProviderKind, ServiceForm } from '@tuoyu/domain';
import type { Generated } from 'kysely';

export interface ProviderTable {
  id: Generated<number>;
  name: string;
  credit_code: string;
  legal_form: LegalForm;
  kind: ProviderKind;
  division_code: string;
  township_code: string | null;
  address: string;
  /** JSON array of service forms. */
  service_forms: string;
  legal_representative: string;
  contact_phone: string;
  registered_by_unit: string;
  registered_at: string;
  manager_user_id: number | null;
  public: Generated<number>;
  capacity: Generated<number>;
  enrolled: Generated<number>;
  inclusive: Generated<number>;
  service_mask: Generated<number>;
  min_monthly_fee_fen: number | null;
  age_from_months: Generated<number>;
  age_to_months: Generated<number>;
  lat: number | null;
  lng: number | null;
  created_at: string;
  updated_at: string;
}

export interface FilingTable {
  id: Generated<number>;
  provider_id: number;
  division_code: string;
  status: FilingStatus;
  data: string | null;
  filed_data: string | null;
  version: number;
  filing_number: string | null;
  submitted_at: string | null;
  due_date: string | null;
  filed_at: string | null;
  exception_reason: string | null;
  return_reason: string | null;
  checks: string | null;
  updated_at: string;
}

export interface FilingEventTable {
  id: Generated<number>;
  filing_id: number;
  at: string;
  action: string;
  from_status: FilingStatus | null;
  to_status: FilingStatus;
  actor_id: number | null;
  actor_username: string | null;
  actor_name: string | null;
  reason: string | null;
}

export interface FilingVersionTable {
  id: Generated<number>;
  filing_id: number;
  version: number;
  data: string;
  filed_at: string;
  filed_by: string | null;
}

export interface FilingCounterTable {
  county_code: string;
  year: number;
  seq: number;
}

export interface FeeCeilingTable {
  class_type: ClassType;
  service_form: ServiceForm;
  max_monthly_fen: number;
  updated_at: string;
}

export interface PlacesSummaryTable {
  division_code: string;
  places: number;
  inclusive_places: number;
  family_places: number;
  hourly_providers: number;
  providers: number;
  updated_at: string;
}

export interface ProviderTables {
  providers: ProviderTable;
  filings: FilingTable;
  filing_events: FilingEventTable;
  filing_versions: FilingVersionTable;
  filing_counters: FilingCounterTable;
  fee_ceilings: FeeCeilingTable;
  places_summary: PlacesSummaryTable;
}
