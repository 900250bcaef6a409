import type { PreparednessList } from '@tuoyu/contracts';
import { Button, Card, Checkbox, Drawer, Grid, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../shared/i18n';
import { useMe } from '../auth/session';
import { ErrorResult } from '../common/ErrorResult';
import { PageHeader } from '../common/PageHeader';
import { ProviderRecords } from './ProviderRecords';
import { usePreparedness } from './queries';
import './incidents.css';

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
              { key: 'name', title: t('common.provider'), dataIndex: 'providerName' },
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
                    {t('common.view')}
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
