import { PlusOutlined } from '@ant-design/icons';
import type { DrillList, EmergencyPlanList, PreparednessList } from '@tuoyu/contracts';
import { EMERGENCY_PLAN_KINDS, type EmergencyPlanKind } from '@tuoyu/domain';
import {
  App,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Drawer,
  Form,
  Grid,
  Input,
  InputNumber,
  Select,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useT } from '../../shared/i18n';
import { useMe } from '../auth/session';
import { ErrorResult } from '../common/ErrorResult';
import { FormDrawer } from '../common/FormDrawer';
import { PageHeader } from '../common/PageHeader';
import { useFormSave } from '../common/serverErrors';
import { fileHref } from '../providers/queries';
import { FileField } from './FileField';
import { planKindLabel } from './labels';
import { useAddDrill, useAddPlan, useDrills, usePlans, usePreparedness } from './queries';
import './incidents.css';

type Plan = EmergencyPlanList['items'][number];
type DrillRow = DrillList['items'][number];
type Row = PreparednessList['items'][number];

/**
 * 应急预案与演练: a provider keeps its plans and records its drills; county, city and township see
 * every filed provider's plans and latest drill, those without a drill for six months flagged.
 */
export function PreparednessPage() {
  const t = useT();
  const me = useMe();
  return (
    <>
      <PageHeader title={t('inc.nav.preparedness')} />
      {me.providerId !== null ? <ProviderRecords providerId={me.providerId} editable /> : <ScopeOverview />}
    </>
  );
}

function ScopeOverview() {
  const t = useT();
  const [overdue, setOverdue] = useState(false);
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<Row | null>(null);
  const list = usePreparedness(overdue, page, true);
  const phone = Grid.useBreakpoint().sm === false;
  return (
    <>
      <Typography.Paragraph type="secondary">{t('inc.prep.hint')}</Typography.Paragraph>
      <Card>
        <Checkbox
          className="inc-filters"
          checked={overdue}
          onChange={(e) => {
            setOverdue(e.target.checked);
            setPage(1);
          }}
        >
          {t('inc.prep.overdueOnly')}
        </Checkbox>
        {list.isError && !list.data ? (
          <ErrorResult error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <Table<Row>
            rowKey="providerId"
            loading={list.isFetching}
            dataSource={list.data?.items ?? []}
            scroll={{ x: phone ? 560 : undefined }}
            pagination={{
              current: page,
              pageSize: 20,
              total: list.data?.total ?? 0,
              showTotal: (total) => t('common.total', { total }),
              onChange: setPage,
            }}
            columns={[
              { key: 'name', title: t('inc.field.provider'), dataIndex: 'providerName' },
              { key: 'division', title: t('inc.field.division'), dataIndex: 'divisionName' },
              { key: 'plans', title: t('inc.prep.plans'), dataIndex: 'plans' },
              {
                key: 'last',
                title: t('inc.prep.lastDrill'),
                render: (_, r) =>
                  r.drillOverdue ? (
                    <Tag color="red">
                      {r.lastDrillOn
                        ? t('inc.prep.overdueSince', { date: r.lastDrillOn })
                        : t('inc.prep.never')}
                    </Tag>
                  ) : (
                    r.lastDrillOn
                  ),
              },
              {
                key: 'actions',
                title: t('common.actions'),
                render: (_, r) => (
                  <Button type="link" size="small" onClick={() => setOpen(r)}>
                    {t('inc.view')}
                  </Button>
                ),
              },
            ]}
          />
        )}
      </Card>
      <Drawer
        open={open !== null}
        onClose={() => setOpen(null)}
        title={open?.providerName}
        size={phone ? '100%' : 760}
        destroyOnHidden
      >
        {open && <ProviderRecords providerId={open.providerId} editable={false} />}
      </Drawer>
    </>
  );
}

function ProviderRecords({ providerId, editable }: { providerId: number; editable: boolean }) {
  const t = useT();
  const plans = usePlans(providerId);
  const drills = useDrills(providerId);
  const [addingPlan, setAddingPlan] = useState(false);
  const [addingDrill, setAddingDrill] = useState(false);
  const phone = Grid.useBreakpoint().sm === false;
  return (
    <>
      <Card
        className="console-block"
        title={t('inc.prep.plansTitle')}
        extra={
          editable && (
            <Button icon={<PlusOutlined aria-hidden />} onClick={() => setAddingPlan(true)}>
              {t('inc.prep.addPlan')}
            </Button>
          )
        }
      >
        {plans.isError ? (
          <ErrorResult error={plans.error} onRetry={() => void plans.refetch()} />
        ) : (
          <Table<Plan>
            rowKey="id"
            size="small"
            loading={plans.isLoading}
            dataSource={plans.data?.items ?? []}
            pagination={false}
            scroll={{ x: phone ? 480 : undefined }}
            locale={{ emptyText: t('inc.prep.noPlans') }}
            columns={[
              { key: 'kind', title: t('inc.prep.kind'), render: (_, p) => planKindLabel(t, p.kind) },
              { key: 'title', title: t('inc.prep.title'), dataIndex: 'title' },
              { key: 'effectiveOn', title: t('inc.prep.effectiveOn'), dataIndex: 'effectiveOn' },
              {
                key: 'file',
                title: t('inc.prep.file'),
                render: (_, p) =>
                  p.fileId ? (
                    <a href={fileHref(p.fileId)} target="_blank" rel="noopener">
                      {t('inc.prep.open')}
                    </a>
                  ) : (
                    t('common.none')
                  ),
              },
            ]}
          />
        )}
      </Card>
      <Card
        title={t('inc.prep.drillsTitle')}
        extra={
          editable && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setAddingDrill(true)}>
              {t('inc.prep.addDrill')}
            </Button>
          )
        }
      >
        {drills.isError ? (
          <ErrorResult error={drills.error} onRetry={() => void drills.refetch()} />
        ) : (
          <Table<DrillRow>
            rowKey="id"
            size="small"
            loading={drills.isLoading}
            dataSource={drills.data?.items ?? []}
            pagination={false}
            scroll={{ x: phone ? 560 : undefined }}
            locale={{ emptyText: t('inc.prep.noDrills') }}
            columns={[
              { key: 'heldOn', title: t('inc.prep.heldOn'), dataIndex: 'heldOn', width: 110 },
              {
                key: 'kind',
                title: t('inc.prep.kind'),
                render: (_, d) => planKindLabel(t, d.planKind),
                width: 100,
              },
              {
                key: 'participants',
                title: t('inc.prep.participants'),
                dataIndex: 'participants',
                width: 90,
              },
              {
                key: 'notes',
                title: t('inc.prep.notes'),
                render: (_, d) => (
                  <>
                    {d.notes ?? t('common.none')}
                    {d.photoFileIds.map((f, n) => (
                      <a key={f} href={fileHref(f)} target="_blank" rel="noopener" style={{ marginLeft: 8 }}>
                        {t('inc.prep.photo', { n: n + 1 })}
                      </a>
                    ))}
                  </>
                ),
              },
            ]}
          />
        )}
      </Card>
      {editable && (
        <PlanDrawer providerId={providerId} open={addingPlan} onClose={() => setAddingPlan(false)} />
      )}
      {editable && (
        <DrillDrawer providerId={providerId} open={addingDrill} onClose={() => setAddingDrill(false)} />
      )}
    </>
  );
}

const kindOptions = (t: ReturnType<typeof useT>) =>
  EMERGENCY_PLAN_KINDS.map((k) => ({ value: k, label: planKindLabel(t, k) }));

function PlanDrawer({
  providerId,
  open,
  onClose,
}: {
  providerId: number;
  open: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{
    kind: EmergencyPlanKind;
    title: string;
    effectiveOn: Dayjs;
    file?: number[];
  }>();
  const add = useAddPlan(providerId);
  const { onFinish, error } = useFormSave(form, async (f) => {
    await add.mutateAsync({
      kind: f.kind,
      title: f.title,
      effectiveOn: f.effectiveOn.format('YYYY-MM-DD'),
      fileId: f.file?.[0] ?? null,
    });
    void message.success(t('inc.saved'));
    onClose();
  });

  return (
    <FormDrawer
      open={open}
      onClose={onClose}
      title={t('inc.prep.addPlan')}
      width={520}
      saving={add.isPending}
      onSave={() => form.submit()}
      error={error}
    >
      <Form form={form} layout="vertical" initialValues={{ effectiveOn: dayjs() }} onFinish={onFinish}>
        <Form.Item
          name="kind"
          label={t('inc.prep.kind')}
          rules={[{ required: true, message: t('inc.required', { label: t('inc.prep.kind') }) }]}
        >
          <Select options={kindOptions(t)} />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('inc.prep.title')}
          rules={[
            { required: true, whitespace: true, message: t('inc.required', { label: t('inc.prep.title') }) },
          ]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="effectiveOn" label={t('inc.prep.effectiveOn')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="file" label={t('inc.prep.file')}>
          <FileField accept=".pdf,.doc,.docx,.jpg,.jpeg,.png" />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}

function DrillDrawer({
  providerId,
  open,
  onClose,
}: {
  providerId: number;
  open: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{
    planKind: EmergencyPlanKind;
    heldOn: Dayjs;
    participants: number;
    notes?: string;
    photoFileIds?: number[];
  }>();
  const add = useAddDrill(providerId);
  const { onFinish, error } = useFormSave(form, async (f) => {
    await add.mutateAsync({
      planKind: f.planKind,
      heldOn: f.heldOn.format('YYYY-MM-DD'),
      participants: f.participants,
      notes: f.notes,
      photoFileIds: f.photoFileIds ?? [],
    });
    void message.success(t('inc.saved'));
    onClose();
  });

  return (
    <FormDrawer
      open={open}
      onClose={onClose}
      title={t('inc.prep.addDrill')}
      width={520}
      saving={add.isPending}
      onSave={() => form.submit()}
      error={error}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ heldOn: dayjs(), planKind: 'fire' }}
        onFinish={onFinish}
      >
        <Form.Item name="planKind" label={t('inc.prep.kind')} rules={[{ required: true }]}>
          <Select options={kindOptions(t)} />
        </Form.Item>
        <Form.Item name="heldOn" label={t('inc.prep.heldOn')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs().endOf('day'))} />
        </Form.Item>
        <Form.Item
          name="participants"
          label={t('inc.prep.participants')}
          rules={[{ required: true, message: t('inc.required', { label: t('inc.prep.participants') }) }]}
        >
          <InputNumber min={1} max={10000} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="notes" label={t('inc.prep.notes')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item name="photoFileIds" label={t('inc.prep.photos')}>
          <FileField multiple accept="image/*" />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
