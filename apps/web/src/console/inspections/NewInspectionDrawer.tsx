import { useQuery } from '@tanstack/react-query';
import type { ChecklistList, CreateInspectionBody, FilingList, InspectorList } from '@tuoyu/contracts';
import { Form, Input, Radio, Select } from 'antd';
import { useState } from 'react';
import { api } from '../../shared/api';
import { enumKey, useT } from '../../shared/i18n';
import { beijingToday, beijingTodayValue } from '../common/beijing';
import { FormDrawer } from '../common/FormDrawer';
import { useFormSave } from '../common/serverErrors';
import { useCreateInspection } from './queries';

interface Values {
  kind: CreateInspectionBody['kind'];
  providerId?: number;
  checklistId?: number;
  inspectorIds: number[];
  dueBy: string;
}

/**
 * 新建检查 (county and city regulators): an inspection outside a draw — complaint-driven, a special
 * campaign or a follow-up — with at least two inspectors allowed to inspect in the provider's county.
 */
export function NewInspectionDrawer({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (id: number) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const [search, setSearch] = useState('');
  const create = useCreateInspection();
  const providerId = Form.useWatch('providerId', form);
  const providers = useQuery({
    queryKey: ['inspections', 'filed-providers', search],
    queryFn: ({ signal }) =>
      api.get<FilingList>('/api/filings', { status: 'filed', q: search || undefined, pageSize: 20 }, signal),
    enabled: open,
  });
  const division = providers.data?.items.find((p) => p.providerId === providerId)?.divisionCode;
  const checklists = useQuery({
    queryKey: ['inspections', 'checklists'],
    queryFn: ({ signal }) => api.get<ChecklistList>('/api/checklists', undefined, signal),
    enabled: open,
  });
  const inspectors = useQuery({
    queryKey: ['inspections', 'inspectors', division],
    queryFn: ({ signal }) => api.get<InspectorList>('/api/inspectors', { divisionCode: division }, signal),
    enabled: open && !!division,
  });

  const { save, error } = useFormSave(form, async (v) => {
    const r = await create.mutateAsync({
      kind: v.kind,
      providerId: v.providerId ?? 0,
      checklistId: v.checklistId ?? 0,
      inspectorIds: v.inspectorIds,
      dueBy: v.dueBy,
    });
    form.resetFields();
    onCreated(r.id);
  });

  return (
    <FormDrawer
      open={open}
      onClose={onClose}
      title={t('insp.new.title')}
      width={520}
      saving={create.isPending}
      onSave={() => void save()}
      error={error}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          kind: 'campaign',
          inspectorIds: [],
          dueBy: beijingTodayValue().add(14, 'day').format('YYYY-MM-DD'),
        }}
      >
        <Form.Item name="kind" label={t('common.kind')} rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            options={(['campaign', 'complaint', 'follow_up'] as const).map((k) => ({
              value: k,
              label: t(enumKey('inspectionKind', k)),
            }))}
          />
        </Form.Item>
        <Form.Item name="providerId" label={t('common.provider')} rules={[{ required: true }]}>
          <Select
            showSearch={{ filterOption: false, onSearch: setSearch }}
            loading={providers.isFetching}
            placeholder={t('insp.new.providerPlaceholder')}
            onChange={() => form.setFieldValue('inspectorIds', [])}
            options={(providers.data?.items ?? []).map((p) => ({
              value: p.providerId,
              label: `${p.providerName}（${p.divisionName}）`,
            }))}
          />
        </Form.Item>
        <Form.Item name="checklistId" label={t('common.checklist')} rules={[{ required: true }]}>
          <Select
            loading={checklists.isFetching}
            options={(checklists.data?.items ?? []).map((c) => ({
              value: c.id,
              label: `${c.name}（v${c.version}）`,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="inspectorIds"
          label={t('common.inspectors')}
          extra={t('insp.new.inspectorsHint')}
          rules={[{ type: 'array', min: 2, required: true, message: t('insp.new.inspectorsHint') }]}
        >
          <Select
            mode="multiple"
            disabled={!division}
            loading={inspectors.isFetching}
            options={(inspectors.data?.items ?? []).map((i) => ({ value: i.id, label: i.displayName }))}
          />
        </Form.Item>
        <Form.Item name="dueBy" label={t('common.dueBy')} rules={[{ required: true }]}>
          <Input type="date" min={beijingToday()} />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
