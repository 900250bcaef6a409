/** Table types of the platform: the audit chain, key-value meta, uploaded files and scheduled job runs. */
import type { Generated } from 'kysely';

export interface AuditLogTable {
  id: Generated<number>;
  seq: number;
  at: string;
  actor_id: number | null;
  actor_username: string | null;
  actor_role: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  division_code: string | null;
  changes: string | null;
  request_id: string | null;
  ip: string | null;
  prev_hash: string;
  hash: string;
}

export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
}

export interface MetaTable {
  key: string;
  value: string;
}

export interface FileTable {
  id: Generated<number>;
  name: string;
  mime: string;
  size: number;
  sha256: string;
  storage_key: string;
  owner_user_id: number;
  provider_id: number | null;
  division_code: string;
  created_at: string;
}

/** A file's content in 256 KiB pieces (migration 2026120204_files_and_jobs), keyed like the file row. */
export interface FileChunkTable {
  storage_key: string;
  seq: number;
  data: Buffer;
}

/** One run of a scheduled job; (job, slot) is unique, which is what makes a slot run once. */
export interface JobRunTable {
  id: Generated<number>;
  job: string;
  slot: string;
  instance: string;
  started_at: string;
  finished_at: string | null;
  outcome: 'running' | 'ok' | 'failed';
  /** JSON object of figures the handler returned. */
  counts: string | null;
  error: string | null;
}

export interface PlatformTables {
  audit_log: AuditLogTable;
  audit_head: AuditHeadTable;
  meta: MetaTable;
  files: FileTable;
  file_chunks: FileChunkTable;
  job_runs: JobRunTable;
}
