import { DownloadOutlined, PlusOutlined, StopOutlined } from '@ant-design/icons';
import type { BlacklistEntry, CreditRecord } from '@tuoyu/contracts';
import { CREDIT_KINDS, CREDIT_SUBJECTS, type CreditKind, type CreditSubject } from '@tuoyu/domain';
import {
  App,
  Button,
  Card,
  DatePicker,
  Form,
  Grid,
  Input,
  Modal,
  Radio,
  Select,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { errorMessage } from '../../shared/api';
import { useT } from '../../shared/i18n';
import { useMe } from '../auth/session';
import { ErrorResult } from '../common/ErrorResult';
import { FormDrawer } from '../common/FormDrawer';
import { formatDateTimeShort } from '../common/format';
import { PageHeader } from '../common/PageHeader';
import { useFormSave } from '../common/serverErrors';
import { ProviderPicker } from './ProviderPicker';
import {
  creditExportHref,
  useAddCreditRecord,
  useBlacklist,
  useBlacklistProvider,
  useCreditRecords,
  useProviderStaff,
  useRemoveFromBlacklist,
} from './queries';
import '../incidents/incidents.css';

const DECIDERS = ['city_regulator', 'county_regulator'];

/**
 * 黑名单与信用: regulators put a provider on the public blacklist with the decision and its legal
 * basis (it leaves "find care", its public page shows a red notice) or take it off with a reason,
 * and keep credit records (守信激励 / 失信惩戒) for providers and their staff. A provider's own
 * users see their provider's credit records.
 */
export function CreditPage() {
  const t = useT();
  const me = useMe();
  const provider = me.providerId !== null;
  const [params, setParams] = useSearchParams();
  const tab = provider ? 'records' : params.get('tab') === 'records' ? 'records' : 'blacklist';
  return (
    <>
      <PageHeader title={provider ? t('credit.nav.mine') : t('credit.nav')} />
      {provider ? (
        <CreditRecords mayAdd={false} />
      ) : (
        <Tabs
          activeKey={tab}
          onChange={(k) => setParams(k === 'records' ? { tab: k } : {})}
          items={[
            {
              key: 'blacklist',
              label: t('credit.tab.blacklist'),
              children: <Blacklist mayDecide={DECIDERS.includes(me.role)} />,
            },
            {
              key: 'records',
              label: t('credit.tab.records'),
              children: <CreditRecords mayAdd={DECIDERS.includes(me.role)} />,
            },
          ]}
        />
      )}
    </>
  );
}

function Blacklist({ mayDecide }: { mayDecide: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const list = useBlacklist(true);
  const remove = useRemoveFromBlacklist();
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<BlacklistEntry | null>(null);
  const [reason, setReason] = useState('');
  const phone = Grid.useBreakpoint().sm === false;
  return (
    <Card
      title={t('credit.blacklist.title')}
      extra={
        mayDecide && (
          <Button danger type="primary" icon={<StopOutlined aria-hidden />} onClick={() => setAdding(true)}>
            {t('credit.blacklist.add')}
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary">{t('credit.blacklist.hint')}</Typography.Paragraph>
      {list.isError && !list.data ? (
        <ErrorResult error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<BlacklistEntry>
          rowKey="id"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          scroll={{ x: 1100 }}
          size={phone ? 'small' : 'middle'}
          locale={{ emptyText: t('credit.blacklist.empty') }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          columns={[
            {
              key: 'provider',
              title: t('credit.field.provider'),
              width: 220,
              render: (_, e) => (
                <>
                  {e.providerName}
                  <br />
                  <Typography.Text type="secondary">
                    {e.divisionName} · {e.creditCode}
                  </Typography.Text>
                </>
              ),
            },
            {
              key: 'status',
              title: t('credit.field.status'),
              width: 170,
              render: (_, e) =>
                e.removedAt ? (
                  <>
                    <Tag>{t('credit.blacklist.removed')}</Tag>
                    <br />
                    <Typography.Text type="secondary">
                      {formatDateTimeShort(e.removedAt)} {e.removeReason}
                    </Typography.Text>
                  </>
                ) : (
                  <Tag color="red">{t('credit.blacklist.current')}</Tag>
                ),
            },
            { key: 'decision', title: t('credit.field.decision'), dataIndex: 'decision', width: 300 },
            { key: 'legalBasis', title: t('credit.field.legalBasis'), dataIndex: 'legalBasis', width: 220 },
            {
              key: 'decided',
              title: t('credit.field.decidedOn'),
              width: 180,
              render: (_, e) => (
                <>
                  {e.decidedOn}
                  <br />
                  {e.decidingUnit}
                  {e.documentNumber && (
                    <>
                      <br />
                      <Typography.Text type="secondary">{e.documentNumber}</Typography.Text>
                    </>
                  )}
                </>
              ),
            },
            ...(mayDecide
              ? [
                  {
                    key: 'actions',
                    title: t('common.actions'),
                    fixed: 'right' as const,
                    width: 100,
                    render: (_: unknown, e: BlacklistEntry) =>
                      !e.removedAt && (
                        <Button size="small" onClick={() => setRemoving(e)}>
                          {t('credit.blacklist.remove')}
                        </Button>
                      ),
                  },
                ]
              : []),
          ]}
        />
      )}
      {mayDecide && <BlacklistDrawer open={adding} onClose={() => setAdding(false)} />}
      <Modal
        open={removing !== null}
        title={removing ? t('credit.blacklist.removeTitle', { name: removing.providerName }) : undefined}
        okText={t('credit.blacklist.remove')}
        okButtonProps={{ disabled: !reason.trim(), loading: remove.isPending }}
        onCancel={() => setRemoving(null)}
        afterClose={() => setReason('')}
        onOk={async () => {
          if (!removing) return;
          try {
            await remove.mutateAsync({ id: removing.id, reason: reason.trim() });
            void message.success(t('credit.blacklist.removed'));
            setRemoving(null);
          } catch (e) {
            void message.error(errorMessage(e));
          }
        }}
      >
        <Form layout="vertical">
          <Form.Item label={t('credit.field.removeReason')} required>
            <Input.TextArea
              rows={3}
              maxLength={1000}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}

interface BlacklistFields {
  providerId: number;
  decision: string;
  legalBasis: string;
  decidedOn: Dayjs;
  decidingUnit: string;
  documentNumber?: string;
}

function BlacklistDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const me = useMe();
  const { message } = App.useApp();
  const [form] = Form.useForm<BlacklistFields>();
  const add = useBlacklistProvider();
  const required = (label: string) => ({
    required: true,
    whitespace: true,
    message: t('inc.required', { label }),
  });
  const { onFinish, error } = useFormSave(form, async (f) => {
    await add.mutateAsync({ ...f, decidedOn: f.decidedOn.format('YYYY-MM-DD') });
    void message.success(t('credit.blacklist.added'));
    onClose();
  });

  return (
    <FormDrawer
      open={open}
      onClose={onClose}
      title={t('credit.blacklist.add')}
      width={600}
      saving={add.isPending}
      onSave={() => form.submit()}
      error={error}
    >
      <Form<BlacklistFields>
        form={form}
        layout="vertical"
        initialValues={{ decidedOn: dayjs(), decidingUnit: `${me.divisionName}${me.unitName ?? ''}` }}
        onFinish={onFinish}
      >
        <Form.Item
          name="providerId"
          label={t('credit.field.provider')}
          rules={[{ required: true, message: t('inc.required', { label: t('credit.field.provider') }) }]}
        >
          <ProviderPicker />
        </Form.Item>
        <Form.Item
          name="decision"
          label={t('credit.field.decision')}
          rules={[required(t('credit.field.decision'))]}
        >
          <Input.TextArea
            rows={4}
            maxLength={2000}
            showCount
            placeholder={t('credit.blacklist.decisionPlaceholder')}
          />
        </Form.Item>
        <Form.Item
          name="legalBasis"
          label={t('credit.field.legalBasis')}
          rules={[required(t('credit.field.legalBasis'))]}
        >
          <Input.TextArea rows={2} maxLength={500} placeholder={t('credit.blacklist.basisPlaceholder')} />
        </Form.Item>
        <Form.Item name="decidedOn" label={t('credit.field.decidedOn')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs().endOf('day'))} />
        </Form.Item>
        <Form.Item
          name="decidingUnit"
          label={t('credit.field.decidingUnit')}
          rules={[required(t('credit.field.decidingUnit'))]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="documentNumber" label={t('credit.field.documentNumber')}>
          <Input maxLength={100} placeholder="××卫健罚〔2026〕×号" />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}

function CreditRecords({ mayAdd }: { mayAdd: boolean }) {
  const t = useT();
  const [kind, setKind] = useState<CreditKind | undefined>();
  const [subjectType, setSubjectType] = useState<CreditSubject | undefined>();
  const [page, setPage] = useState(1);
  const [adding, setAdding] = useState(false);
  const filters = { kind, subjectType, page };
  const list = useCreditRecords(filters);
  return (
    <Card
      title={t('credit.records.title')}
      extra={
        <>
          <Button icon={<DownloadOutlined aria-hidden />} href={creditExportHref(filters)}>
            {t('common.exportExcel')}
          </Button>
          {mayAdd && (
            <Button
              type="primary"
              icon={<PlusOutlined aria-hidden />}
              onClick={() => setAdding(true)}
              style={{ marginLeft: 8 }}
            >
              {t('credit.records.add')}
            </Button>
          )}
        </>
      }
    >
      <div className="inc-filters">
        <Select<CreditKind | ''>
          aria-label={t('credit.field.kind')}
          style={{ minWidth: 130, marginRight: 8 }}
          value={kind ?? ''}
          onChange={(v) => {
            setKind(v || undefined);
            setPage(1);
          }}
          options={[
            { value: '', label: t('credit.allKinds') },
            ...CREDIT_KINDS.map((k) => ({ value: k, label: t(`credit.kind.${k}`) })),
          ]}
        />
        <Select<CreditSubject | ''>
          aria-label={t('credit.field.subjectType')}
          style={{ minWidth: 130 }}
          value={subjectType ?? ''}
          onChange={(v) => {
            setSubjectType(v || undefined);
            setPage(1);
          }}
          options={[
            { value: '', label: t('credit.allSubjects') },
            ...CREDIT_SUBJECTS.map((k) => ({ value: k, label: t(`credit.subject.${k}`) })),
          ]}
        />
      </div>
      {list.isError && !list.data ? (
        <ErrorResult error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<CreditRecord>
          rowKey="id"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          scroll={{ x: 1000 }}
          locale={{ emptyText: t('credit.records.empty') }}
          pagination={{
            current: page,
            pageSize: 20,
            total: list.data?.total ?? 0,
            showTotal: (total) => t('common.total', { total }),
            onChange: setPage,
          }}
          columns={[
            {
              key: 'kind',
              title: t('credit.field.kind'),
              width: 100,
              render: (_, r) => (
                <Tag color={r.kind === 'reward' ? 'green' : 'red'}>{t(`credit.kind.${r.kind}`)}</Tag>
              ),
            },
            {
              key: 'subject',
              title: t('credit.field.subject'),
              width: 220,
              render: (_, r) => (
                <>
                  {r.subjectName}
                  {r.subjectType === 'person' && (
                    <Typography.Text type="secondary">（{r.providerName}）</Typography.Text>
                  )}
                  <br />
                  <Typography.Text type="secondary">
                    {t(`credit.subject.${r.subjectType}`)} · {r.divisionName}
                  </Typography.Text>
                </>
              ),
            },
            { key: 'title', title: t('credit.field.title'), dataIndex: 'title', width: 220 },
            { key: 'basis', title: t('credit.field.basis'), dataIndex: 'basis', width: 240 },
            { key: 'decidedOn', title: t('credit.field.decidedOn'), dataIndex: 'decidedOn', width: 110 },
            {
              key: 'expiresOn',
              title: t('credit.field.expiresOn'),
              width: 120,
              render: (_, r) => (
                <>
                  {r.expiresOn ?? t('credit.noExpiry')}
                  {!r.active && <Tag style={{ marginLeft: 4 }}>{t('credit.expired')}</Tag>}
                </>
              ),
            },
          ]}
        />
      )}
      {mayAdd && <CreditDrawer open={adding} onClose={() => setAdding(false)} />}
    </Card>
  );
}

interface CreditFields {
  subjectType: CreditSubject;
  providerId: number;
  staffId?: number;
  kind: CreditKind;
  title: string;
  basis: string;
  decidedOn: Dayjs;
  expiresOn?: Dayjs | null;
}

function CreditDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<CreditFields>();
  const add = useAddCreditRecord();
  const subjectType = Form.useWatch('subjectType', form);
  const providerId = Form.useWatch('providerId', form);
  const staff = useProviderStaff(subjectType === 'person' ? providerId : undefined);
  const required = (label: string) => ({
    required: true,
    whitespace: true,
    message: t('inc.required', { label }),
  });
  const { onFinish, error } = useFormSave(form, async (f) => {
    await add.mutateAsync({
      subjectType: f.subjectType,
      providerId: f.providerId,
      staffId: f.subjectType === 'person' ? f.staffId : undefined,
      kind: f.kind,
      title: f.title,
      basis: f.basis,
      decidedOn: f.decidedOn.format('YYYY-MM-DD'),
      expiresOn: f.expiresOn ? f.expiresOn.format('YYYY-MM-DD') : null,
    });
    void message.success(t('inc.saved'));
    onClose();
  });

  return (
    <FormDrawer
      open={open}
      onClose={onClose}
      title={t('credit.records.add')}
      width={560}
      saving={add.isPending}
      onSave={() => form.submit()}
      error={error}
    >
      <Form<CreditFields>
        form={form}
        layout="vertical"
        initialValues={{ subjectType: 'provider', kind: 'reward', decidedOn: dayjs() }}
        onFinish={onFinish}
      >
        <Form.Item name="subjectType" label={t('credit.field.subjectType')}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={CREDIT_SUBJECTS.map((k) => ({ value: k, label: t(`credit.subject.${k}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="providerId"
          label={t('credit.field.provider')}
          rules={[{ required: true, message: t('inc.required', { label: t('credit.field.provider') }) }]}
        >
          <ProviderPicker />
        </Form.Item>
        {subjectType === 'person' && (
          <Form.Item
            name="staffId"
            label={t('credit.field.person')}
            rules={[{ required: true, message: t('inc.required', { label: t('credit.field.person') }) }]}
          >
            <Select
              loading={staff.isLoading}
              disabled={!providerId}
              options={(staff.data?.items ?? []).map((s) => ({
                value: s.id,
                label: `${s.name}（${s.residentId}）`,
              }))}
            />
          </Form.Item>
        )}
        <Form.Item name="kind" label={t('credit.field.kind')}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={CREDIT_KINDS.map((k) => ({ value: k, label: t(`credit.kind.${k}`) }))}
          />
        </Form.Item>
        <Form.Item name="title" label={t('credit.field.title')} rules={[required(t('credit.field.title'))]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="basis" label={t('credit.field.basis')} rules={[required(t('credit.field.basis'))]}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <Form.Item name="decidedOn" label={t('credit.field.decidedOn')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="expiresOn" label={t('credit.field.expiresOn')} extra={t('credit.expiresHint')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
