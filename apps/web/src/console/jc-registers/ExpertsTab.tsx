import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import type { JcExpert } from '@tuoyu/contracts';
import { JC_EXPERT_FIELDS, type JcExpertField } from '@tuoyu/domain';
import { Button, Flex, Select, Tag } from 'antd';
import { useState } from 'react';
import { enumKey, useT } from '../../shared/i18n';
import { PagedTable, usePaging } from '../common/PagedTable';
import { ExpertDrawer } from './ExpertDrawer';
import { expertsExportHref, useExperts } from './queries';

/** The expert committee: by field, mobiles masked; the office adds and edits. */
export function ExpertsTab({ manages }: { manages: boolean }) {
  const t = useT();
  const [field, setField] = useState<JcExpertField | undefined>();
  const paging = usePaging();
  const [editing, setEditing] = useState<JcExpert | 'new' | null>(null);
  const list = useExperts({ page: paging.page, pageSize: paging.pageSize, field });
  return (
    <>
      <Flex className="console-block" gap={8} wrap justify="space-between">
        <Select<JcExpertField | undefined>
          allowClear
          placeholder={t('jcr.allFields')}
          style={{ width: 160 }}
          value={field}
          onChange={(v) => {
            setField(v);
            paging.setPage(1);
          }}
          options={JC_EXPERT_FIELDS.map((f) => ({ value: f, label: t(enumKey('jcExpertField', f)) }))}
        />
        <Flex gap={8} wrap>
          <Button icon={<DownloadOutlined aria-hidden />} href={expertsExportHref(field)}>
            {t('common.exportExcel')}
          </Button>
          {manages && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>
              {t('jcr.expert.add')}
            </Button>
          )}
        </Flex>
      </Flex>
      <PagedTable<JcExpert>
        list={list}
        paging={paging}
        emptyText={t('jcr.expert.empty')}
        scrollX={900}
        columns={[
          { key: 'name', title: t('jcr.expert.name'), dataIndex: 'name', width: 100, fixed: 'left' },
          {
            key: 'field',
            title: t('jcr.expert.field'),
            width: 90,
            render: (_, e) => <Tag>{t(enumKey('jcExpertField', e.field))}</Tag>,
          },
          { key: 'employer', title: t('jcr.expert.employer'), dataIndex: 'employer', width: 220 },
          { key: 'title', title: t('jcr.expert.title'), dataIndex: 'title', width: 140 },
          { key: 'mobile', title: t('common.mobile'), dataIndex: 'mobile', width: 130 },
          {
            key: 'appointed',
            title: t('jcr.expert.appointed'),
            width: 200,
            render: (_, e) => `${e.appointedFrom} ~ ${e.appointedTo ?? ''}`,
          },
          {
            key: 'active',
            title: t('common.status'),
            width: 90,
            render: (_, e) =>
              e.active ? <Tag color="green">{t('jcr.active')}</Tag> : <Tag>{t('jcr.inactive')}</Tag>,
          },
          ...(manages
            ? [
                {
                  key: 'actions',
                  title: t('common.actions'),
                  width: 80,
                  render: (_: unknown, e: JcExpert) => (
                    <Button size="small" onClick={() => setEditing(e)}>
                      {t('jcr.edit')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing && (
        <ExpertDrawer expert={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
    </>
  );
}
