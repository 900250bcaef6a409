import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import type { CreditRecord } from '@tuoyu/contracts';
import { CREDIT_KINDS, CREDIT_SUBJECTS, type CreditKind, type CreditSubject } from '@tuoyu/domain';
import { Button, Card, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { enumKey, useT } from '../../shared/i18n';
import { ErrorResult } from '../common/ErrorResult';
import { CreditRecordDrawer } from './CreditRecordDrawer';
import { creditExportHref, useCreditRecords } from './queries';

/** The credit records tab (守信激励 / 失信惩戒), filtered by kind and subject, with its Excel export. */
export function CreditRecords({ mayAdd }: { mayAdd: boolean }) {
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
          aria-label={t('common.kindCategory')}
          style={{ minWidth: 130, marginRight: 8 }}
          value={kind ?? ''}
          onChange={(v) => {
            setKind(v || undefined);
            setPage(1);
          }}
          options={[
            { value: '', label: t('credit.allKinds') },
            ...CREDIT_KINDS.map((k) => ({ value: k, label: t(enumKey('creditKind', k)) })),
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
            ...CREDIT_SUBJECTS.map((k) => ({ value: k, label: t(enumKey('creditSubject', k)) })),
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
              title: t('common.kindCategory'),
              width: 100,
              render: (_, r) => (
                <Tag color={r.kind === 'reward' ? 'green' : 'red'}>{t(enumKey('creditKind', r.kind))}</Tag>
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
                    {t(enumKey('creditSubject', r.subjectType))} · {r.divisionName}
                  </Typography.Text>
                </>
              ),
            },
            { key: 'title', title: t('credit.field.title'), dataIndex: 'title', width: 220 },
            { key: 'basis', title: t('common.basis'), dataIndex: 'basis', width: 240 },
            { key: 'decidedOn', title: t('common.decidedOn'), dataIndex: 'decidedOn', width: 110 },
            {
              key: 'expiresOn',
              title: t('common.validUntil'),
              width: 120,
              render: (_, r) => (
                <>
                  {r.expiresOn ?? t('credit.noExpiry')}
                  {!r.active && <Tag style={{ marginLeft: 4 }}>{t('common.expired')}</Tag>}
                </>
              ),
            },
          ]}
        />
      )}
      {mayAdd && <CreditRecordDrawer open={adding} onClose={() => setAdding(false)} />}
    </Card>
  );
}
