import { Descriptions, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../../shared/i18n';

/** A before/after pair as audit records commonly store it: `{from, to}`, `{old, new}` or `[old, new]`. */
function asPair(value: unknown): [unknown, unknown] | null {
  if (Array.isArray(value) && value.length === 2) return [value[0], value[1]];
  if (typeof value !== 'object' || value === null) return null;
  const keys = Object.keys(value);
  if (keys.length !== 2) return null;
  const record = value as Record<string, unknown>;
  if ('from' in record && 'to' in record) return [record.from, record.to];
  if ('old' in record && 'new' in record) return [record.old, record.new];
  if ('before' in record && 'after' in record) return [record.before, record.after];
  return null;
}

function Scalar({ value }: { value: unknown }) {
  const t = useT();
  if (value === null || value === undefined || value === '') {
    return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  }
  if (typeof value === 'object') return <pre className="console-json">{JSON.stringify(value, null, 2)}</pre>;
  return <Typography.Text code>{String(value)}</Typography.Text>;
}

function Value({ value }: { value: unknown }): ReactNode {
  const pair = asPair(value);
  if (!pair) return <Scalar value={value} />;
  return (
    <span>
      <Scalar value={pair[0]} /> → <Scalar value={pair[1]} />
    </span>
  );
}

/** The `changes` of one audit entry, field by field. Sensitive values arrive already masked. */
export function ChangesView({ changes }: { changes: Record<string, unknown> | null }) {
  const t = useT();
  const entries = Object.entries(changes ?? {});
  if (entries.length === 0)
    return <Typography.Text type="secondary">{t('audit.changes.none')}</Typography.Text>;
  return (
    <Descriptions
      size="small"
      bordered
      column={1}
      title={t('audit.changes.title')}
      styles={{ label: { width: 220 } }}
      items={entries.map(([field, value]) => ({
        key: field,
        label: field,
        children: <Value value={value} />,
      }))}
    />
  );
}
