import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import type { JcMember, JcMembers } from '@tuoyu/contracts';
import {
  App,
  Button,
  Card,
  Flex,
  Input,
  Modal,
  Skeleton,
  Switch,
  Table,
  type TableProps,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { enumKey, useT } from '../../shared/i18n';
import { usePermission } from '../auth/permissions';
import { ErrorResult } from '../common/ErrorResult';
import { PageHeader } from '../common/PageHeader';
import { MemberDrawer } from './MemberDrawer';
import { useDecideProposal, useJcMembers } from './queries';
import { useJcUnits } from './units';
import './jc.css';

type Proposal = JcMembers['proposals'][number];
const LEADERS: readonly string[] = ['convener', 'deputy', 'director'];
const PROPOSAL_COLOR = { pending: 'processing', approved: 'success', rejected: 'default' } as const;

/** The office confirms a proposed change, or rejects it with a reason. */
function ProposalActions({ p }: { p: Proposal }) {
  const t = useT();
  const { message } = App.useApp();
  const decide = useDecideProposal();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const send = async (approve: boolean) => {
    try {
      await decide.mutateAsync({ id: p.id, approve, ...(reason.trim() ? { reason: reason.trim() } : {}) });
      setRejecting(false);
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <Flex gap={8}>
      <Button size="small" type="primary" loading={decide.isPending} onClick={() => void send(true)}>
        {t('jc.member.confirm')}
      </Button>
      <Button size="small" danger onClick={() => setRejecting(true)}>
        {t('jc.member.reject')}
      </Button>
      <Modal
        open={rejecting}
        title={`${t('jc.member.reject')} · ${p.name}`}
        onCancel={() => setRejecting(false)}
        onOk={() => void send(false)}
        confirmLoading={decide.isPending}
      >
        <Input.TextArea
          aria-label={t('jc.member.rejectReason')}
          placeholder={t('jc.member.rejectReason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          maxLength={400}
        />
      </Modal>
    </Flex>
  );
}

/**
 * 组成人员: the convener, deputy and office director, then each unit's member and liaison with contact
 * (mobiles masked) and, on request, their predecessors; the units' proposed changes, which the office
 * confirms or rejects. The office records holders directly; a unit proposes its own.
 */
export function MembersPage() {
  const t = useT();
  const manage = usePermission('jc.manage');
  const report = usePermission('jc.report');
  const { nameOf } = useJcUnits();
  const [history, setHistory] = useState(false);
  const [drawer, setDrawer] = useState<'appoint' | 'propose' | null>(null);
  const members = useJcMembers(history);

  const columns: TableProps<JcMember>['columns'] = [
    { title: t('jc.member.unit'), key: 'unit', width: 140, render: (_, m) => nameOf(m.unitCode) },
    {
      title: t('jc.member.position'),
      key: 'position',
      width: 110,
      render: (_, m) => t(enumKey('jcPosition', m.position)),
    },
    { title: t('jc.member.name'), dataIndex: 'name', key: 'name', width: 110 },
    { title: t('jc.member.jobTitle'), dataIndex: 'title', key: 'title' },
    { title: t('jc.member.mobile'), dataIndex: 'mobile', key: 'mobile', width: 130 },
    {
      title: t('jc.member.term'),
      key: 'term',
      width: 200,
      render: (_, m) => `${m.fromOn} – ${m.toOn ?? t('jc.member.current')}`,
    },
  ];
  const proposalColumns: TableProps<Proposal>['columns'] = [
    { title: t('jc.member.unit'), key: 'unit', width: 140, render: (_, p) => nameOf(p.unitCode) },
    {
      title: t('jc.member.position'),
      key: 'pos',
      width: 90,
      render: (_, p) => t(enumKey('jcPosition', p.position)),
    },
    { title: t('jc.member.name'), dataIndex: 'name', key: 'name', width: 100 },
    { title: t('jc.member.jobTitle'), dataIndex: 'title', key: 'title' },
    { title: t('jc.member.fromOn'), dataIndex: 'fromOn', key: 'from', width: 110 },
    { title: t('jc.member.proposalReason'), dataIndex: 'reason', key: 'reason', responsive: ['lg'] },
    {
      title: t('common.status'),
      key: 'status',
      width: 180,
      render: (_, p) =>
        manage && p.status === 'pending' ? (
          <ProposalActions p={p} />
        ) : (
          <Tag color={PROPOSAL_COLOR[p.status]}>{t(`jc.member.proposalStatus.${p.status}`)}</Tag>
        ),
    },
  ];

  const items = members.data?.items ?? [];
  return (
    <>
      <PageHeader
        title={t('jc.member.title')}
        extra={
          <>
            {manage && (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setDrawer('appoint')}>
                {t('jc.member.appoint')}
              </Button>
            )}
            {report && (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setDrawer('propose')}>
                {t('jc.member.propose')}
              </Button>
            )}
          </>
        }
      />
      {members.isPending ? (
        <Skeleton active />
      ) : members.isError ? (
        <ErrorResult error={members.error} onRetry={() => void members.refetch()} />
      ) : (
        <>
          <Card title={t('jc.member.leaders')} className="console-block">
            <Table<JcMember>
              rowKey="id"
              size="small"
              pagination={false}
              scroll={{ x: 'max-content' }}
              columns={columns}
              dataSource={items.filter((m) => LEADERS.includes(m.position))}
              locale={{ emptyText: t('jc.member.empty') }}
            />
          </Card>
          <Card
            title={t('jc.member.byUnit')}
            className="console-block"
            extra={
              <Flex gap={8} align="center" wrap>
                <Button
                  size="small"
                  icon={<DownloadOutlined aria-hidden />}
                  href={`/api/jc/members/export.xlsx${history ? '?history=true' : ''}`}
                >
                  {t('common.exportExcel')}
                </Button>
                <Switch checked={history} onChange={setHistory} aria-label={t('jc.member.history')} />
                <Typography.Text>{t('jc.member.history')}</Typography.Text>
              </Flex>
            }
          >
            <Table<JcMember>
              rowKey="id"
              size="small"
              scroll={{ x: 'max-content' }}
              columns={columns}
              dataSource={items.filter((m) => !LEADERS.includes(m.position))}
              pagination={{ pageSize: 40, hideOnSinglePage: true }}
              rowClassName={(m) => (m.toOn ? 'jc-past' : '')}
              locale={{ emptyText: t('jc.member.empty') }}
            />
          </Card>
          {(members.data?.proposals.length ?? 0) > 0 && (
            <Card title={t('jc.member.proposals')}>
              <Table<Proposal>
                rowKey="id"
                size="small"
                scroll={{ x: 'max-content' }}
                columns={proposalColumns}
                dataSource={members.data?.proposals ?? []}
                pagination={{ pageSize: 20, hideOnSinglePage: true }}
              />
            </Card>
          )}
        </>
      )}
      {drawer && <MemberDrawer mode={drawer} open onClose={() => setDrawer(null)} />}
    </>
  );
}
