import { FILING_STATUSES, type FilingStatus } from '@tuoyu/contracts';
import { Button, Checkbox, Form, Input, Select } from 'antd';
import { useEffect } from 'react';
import { enumKey, useT } from '../../shared/i18n';
import { CountySelect } from './CountySelect';

export interface FilingFilterFields {
  q?: string;
  status?: FilingStatus;
  divisionCode?: string;
  overdue?: boolean;
}

interface FilingFilterBarProps {
  value: FilingFilterFields;
  onSearch: (filters: FilingFilterFields) => void;
  /** Offer a status select (the queue uses tabs instead). */
  withStatus?: boolean;
  /** Offer a county filter (callers who see more than one county). */
  withCounty?: boolean;
  /** Offer the 逾期 (overdue) filter. */
  withOverdue?: boolean;
}

/** Keyword, status, county and 逾期 above a filing list; 查询 applies, 重置 clears. */
export function FilingFilterBar({
  value,
  onSearch,
  withStatus,
  withCounty,
  withOverdue,
}: FilingFilterBarProps) {
  const t = useT();
  const [form] = Form.useForm<FilingFilterFields>();

  useEffect(() => {
    form.setFieldsValue({
      q: value.q,
      status: value.status,
      divisionCode: value.divisionCode,
      overdue: value.overdue ?? false,
    });
  }, [form, value.q, value.status, value.divisionCode, value.overdue]);

  return (
    <Form<FilingFilterFields>
      form={form}
      name="filing-filters"
      layout="inline"
      className="console-filters"
      onFinish={(fields) =>
        onSearch({ ...fields, q: fields.q?.trim() || undefined, overdue: fields.overdue || undefined })
      }
    >
      <Form.Item label={t('common.keyword')} name="q">
        <Input allowClear placeholder={t('prov.filter.qPlaceholder')} className="console-filter-wide" />
      </Form.Item>
      {withStatus && (
        <Form.Item label={t('common.status')} name="status">
          <Select
            allowClear
            placeholder={t('common.all')}
            className="console-filter-medium"
            options={FILING_STATUSES.map((s) => ({ value: s, label: t(enumKey('filingStatus', s)) }))}
          />
        </Form.Item>
      )}
      {withCounty && (
        <Form.Item label={t('common.county')} name="divisionCode">
          <CountySelect allowClear placeholder={t('common.all')} className="console-filter-medium" />
        </Form.Item>
      )}
      {withOverdue && (
        <Form.Item name="overdue" valuePropName="checked">
          <Checkbox>{t('common.overdueOnly')}</Checkbox>
        </Form.Item>
      )}
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
