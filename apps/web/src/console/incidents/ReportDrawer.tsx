import type { IncidentBody } from '@tuoyu/contracts';
import { INCIDENT_SEVERITIES, INCIDENT_TYPES, type IncidentSeverity, type IncidentType } from '@tuoyu/domain';
import { Alert, App, DatePicker, Form, Input, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { enumKey, useT } from '../../shared/i18n';
import { beijingTodayValue, beijingWallClock, instantFromBeijing } from '../common/beijing';
import { FormDrawer } from '../common/FormDrawer';
import { useFormSave } from '../common/serverErrors';
import { typeLabel } from './labels';
import { useMyChildren, useReportIncident } from './queries';

interface Fields {
  type: IncidentType;
  severity: IncidentSeverity;
  occurredAt: Dayjs;
  childIds: number[];
  description: string;
  actionsTaken: string;
  guardiansNotifiedAt?: Dayjs | null;
}

/** 报告安全事故: what happened, to whom, what was done; serious and critical ones alert the county. */
export function ReportDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Fields>();
  const children = useMyChildren(open);
  const report = useReportIncident();
  const severity = Form.useWatch('severity', form);

  const close = () => {
    setError(null);
    onClose();
  };
  const {
    onFinish: submit,
    error,
    setError,
  } = useFormSave(form, async (f: Fields) => {
    const body: IncidentBody = {
      type: f.type,
      severity: f.severity,
      occurredAt: instantFromBeijing(f.occurredAt),
      childIds: f.childIds ?? [],
      description: f.description,
      actionsTaken: f.actionsTaken,
      guardiansNotifiedAt: f.guardiansNotifiedAt ? f.guardiansNotifiedAt.toISOString() : null,
    };
    const res = await report.mutateAsync(body);
    void message.success(res.late ? t('inc.report.doneLate') : t('inc.report.done'));
    close();
    void navigate(`/console/incidents/${res.id}`);
  });
  const required = (label: string) => ({
    required: true,
    whitespace: true,
    message: t('common.required', { label }),
  });
  const future = (d: Dayjs) => d.isAfter(beijingTodayValue().endOf('day'));

  return (
    <FormDrawer
      open={open}
      onClose={close}
      title={t('inc.report')}
      width={640}
      saving={report.isPending}
      onSave={() => form.submit()}
      error={error}
    >
      <Form<Fields>
        form={form}
        layout="vertical"
        initialValues={{ severity: 'minor', occurredAt: beijingWallClock(), childIds: [] }}
        onFinish={(f) => void submit(f)}
      >
        <Form.Item
          name="type"
          label={t('inc.field.type')}
          rules={[{ required: true, message: t('common.required', { label: t('inc.field.type') }) }]}
        >
          <Select options={INCIDENT_TYPES.map((v) => ({ value: v, label: typeLabel(t, v) }))} />
        </Form.Item>
        <Form.Item name="severity" label={t('inc.field.severity')} rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={INCIDENT_SEVERITIES.map((v) => ({ value: v, label: t(enumKey('incidentSeverity', v)) }))}
          />
        </Form.Item>
        {severity && severity !== 'minor' && (
          <Alert className="console-block" type="warning" showIcon title={t('inc.report.alertsCounty')} />
        )}
        <Form.Item
          name="occurredAt"
          label={t('inc.field.occurredAt')}
          extra={t('inc.report.lateHint')}
          rules={[{ required: true, message: t('common.required', { label: t('inc.field.occurredAt') }) }]}
        >
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            disabledDate={future}
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Form.Item name="childIds" label={t('inc.field.children')}>
          <Select
            mode="multiple"
            allowClear
            loading={children.isLoading}
            optionFilterProp="label"
            placeholder={t('inc.report.childrenPlaceholder')}
            options={(children.data?.items ?? []).map((c) => ({
              value: c.id,
              label: `${c.name}（${c.className}）`,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('inc.field.description')}
          rules={[required(t('inc.field.description'))]}
        >
          <Input.TextArea
            rows={4}
            maxLength={2000}
            showCount
            placeholder={t('inc.report.descriptionPlaceholder')}
          />
        </Form.Item>
        <Form.Item
          name="actionsTaken"
          label={t('inc.field.actionsTaken')}
          rules={[required(t('inc.field.actionsTaken'))]}
        >
          <Input.TextArea
            rows={3}
            maxLength={2000}
            showCount
            placeholder={t('inc.report.actionsPlaceholder')}
          />
        </Form.Item>
        <Form.Item name="guardiansNotifiedAt" label={t('inc.field.guardiansNotifiedAt')}>
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            disabledDate={future}
            style={{ width: '100%' }}
          />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
