import { ROLES, type Role, USER_STATUSES } from '@tuoyu/contracts';
import { Button, Form, Input, Select } from 'antd';
import { useEffect } from 'react';
import { enumKey, useT } from '../../shared/i18n';
import { DivisionPicker } from '../common/DivisionPicker';
import { CountyDivisionPicker } from './CountyDivisionPicker';
import type { UserFilters } from './queries';

type FilterFields = Pick<UserFilters, 'q' | 'role' | 'status' | 'divisionCode'>;

interface UserFilterBarProps {
  value: FilterFields;
  onSearch: (filters: FilterFields) => void;
  /** A county regulator's county: the division filter then offers that county and its townships. */
  countyCode?: string;
  /** The roles the role filter offers (every role when absent). */
  roles?: readonly Role[];
  /** Without the division filter (a provider's accounts all sit in its own division). */
  noDivision?: boolean;
}

/** Keyword, role, status and division above the user table; 查询 applies, 重置 clears. */
export function UserFilterBar({
  value,
  onSearch,
  countyCode,
  roles = ROLES,
  noDivision,
}: UserFilterBarProps) {
  const t = useT();
  const [form] = Form.useForm<FilterFields>();

  // Back/forward in the browser changes the address: show the filters that are in force.
  useEffect(() => {
    form.setFieldsValue({
      q: value.q,
      role: value.role,
      status: value.status,
      divisionCode: value.divisionCode,
    });
  }, [form, value.q, value.role, value.status, value.divisionCode]);

  return (
    <Form<FilterFields>
      form={form}
      name="user-filters"
      layout="inline"
      className="console-filters"
      onFinish={(fields) => onSearch({ ...fields, q: fields.q?.trim() || undefined })}
    >
      <Form.Item label={t('common.keyword')} name="q">
        <Input allowClear placeholder={t('users.filter.qPlaceholder')} className="console-filter-wide" />
      </Form.Item>
      <Form.Item label={t('common.role')} name="role">
        <Select
          allowClear
          placeholder={t('common.all')}
          className="console-filter-medium"
          options={roles.map((role) => ({ value: role, label: t(enumKey('role', role)) }))}
        />
      </Form.Item>
      <Form.Item label={t('common.status')} name="status">
        <Select
          allowClear
          placeholder={t('common.all')}
          className="console-filter-narrow"
          options={USER_STATUSES.map((status) => ({
            value: status,
            label: t(enumKey('userStatus', status)),
          }))}
        />
      </Form.Item>
      {!noDivision && (
        <Form.Item label={t('users.filter.division')} name="divisionCode">
          {countyCode ? (
            <CountyDivisionPicker
              countyCode={countyCode}
              withCounty
              allowClear
              placeholder={t('common.all')}
              className="console-filter-wide"
            />
          ) : (
            <DivisionPicker allowClear placeholder={t('common.all')} className="console-filter-wide" />
          )}
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
