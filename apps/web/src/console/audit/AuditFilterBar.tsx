import { AutoComplete, Button, DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useT } from '../../shared/i18n';
import { actionOptions, entityOptions } from './auditLabels';
import type { AuditFilters } from './queries';

type FilterValues = Omit<AuditFilters, 'page' | 'pageSize'>;

interface FilterFields {
  actor?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

function toFields(value: FilterValues): FilterFields {
  return {
    actor: value.actor,
    action: value.action,
    entityType: value.entityType,
    entityId: value.entityId,
    range:
      value.from || value.to
        ? [value.from ? dayjs(value.from) : null, value.to ? dayjs(value.to) : null]
        : null,
  };
}

function fromFields(fields: FilterFields): FilterValues {
  const text = (s: string | undefined) => s?.trim() || undefined;
  const [from, to] = fields.range ?? [];
  return {
    actor: text(fields.actor),
    action: text(fields.action),
    entityType: text(fields.entityType),
    entityId: text(fields.entityId),
    from: from?.format('YYYY-MM-DD'),
    to: to?.format('YYYY-MM-DD'),
  };
}

/** Who, what, which record, when — above the audit table. */
export function AuditFilterBar({
  value,
  onSearch,
}: {
  value: FilterValues;
  onSearch: (v: FilterValues) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<FilterFields>();
  const { actor, action, entityType, entityId, from, to } = value;

  useEffect(() => {
    form.setFieldsValue(toFields({ actor, action, entityType, entityId, from, to }));
  }, [form, actor, action, entityType, entityId, from, to]);

  return (
    <Form<FilterFields>
      form={form}
      name="audit-filters"
      layout="inline"
      className="console-filters"
      onFinish={(fields) => onSearch(fromFields(fields))}
    >
      <Form.Item label={t('audit.filter.actor')} name="actor">
        <Input allowClear className="console-filter-medium" />
      </Form.Item>
      <Form.Item label={t('audit.filter.action')} name="action">
        <AutoComplete
          allowClear
          className="console-filter-wide"
          options={actionOptions(t)}
          showSearch={{ filterOption: (input, option) => !!option?.label.includes(input) }}
        />
      </Form.Item>
      <Form.Item label={t('audit.filter.entityType')} name="entityType">
        <AutoComplete
          allowClear
          className="console-filter-medium"
          options={entityOptions(t)}
          showSearch={{ filterOption: (input, option) => !!option?.label.includes(input) }}
        />
      </Form.Item>
      <Form.Item label={t('audit.filter.entityId')} name="entityId">
        <Input allowClear className="console-filter-narrow" />
      </Form.Item>
      <Form.Item label={t('audit.filter.dateRange')} name="range">
        <DatePicker.RangePicker
          allowEmpty={[true, true]}
          placeholder={[t('audit.filter.from'), t('audit.filter.to')]}
        />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit">
          {t('common.search')}
        </Button>
      </Form.Item>
      <Form.Item>
        <Button
          onClick={() => {
            form.resetFields();
            onSearch({});
          }}
        >
          {t('common.reset')}
        </Button>
      </Form.Item>
    </Form>
  );
}
