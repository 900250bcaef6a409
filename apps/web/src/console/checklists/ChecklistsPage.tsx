import { EditOutlined, MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import type { Checklist, ChecklistUpdateBody } from '@tuoyu/contracts';
import { CHECKLIST_CATEGORIES, CHECKLIST_RISKS } from '@tuoyu/domain';
import { App, Button, Card, Empty, Flex, Form, Input, Select, Skeleton, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useT } from '../../shared/i18n';
import { usePermission } from '../auth/permissions';
import { ErrorResult } from '../common/ErrorResult';
import { FormDrawer } from '../common/FormDrawer';
import { formatDateTime } from '../common/format';
import { PageHeader } from '../common/PageHeader';
import { useFormSave } from '../common/serverErrors';
import { CATEGORY_KEYS, RISK_COLORS, RISK_KEYS } from './labels';
import { useChecklists, useSaveChecklist } from './queries';
import './checklists.css';

/**
 * 检查表: the city's checklists, items grouped by category with their risk weight and legal basis.
 * The city edits a checklist into a new version; the versions stay readable (history).
 */
export function ChecklistsPage() {
  const t = useT();
  const lists = useChecklists(true);
  const [code, setCode] = useState<string | undefined>();
  const [versionId, setVersionId] = useState<number | undefined>();
  const [editing, setEditing] = useState<Checklist | null>(null);
  const canEdit = usePermission('checklists.edit');

  const all = lists.data?.items ?? [];
  const active = all.filter((c) => c.status === 'active');
  const current = code ?? active[0]?.code;
  const versions = all.filter((c) => c.code === current);
  const shown =
    versions.find((c) => c.id === versionId) ?? versions.find((c) => c.status === 'active') ?? versions[0];

  return (
    <>
      <PageHeader
        title={t('plans.nav.checklists')}
        extra={
          canEdit && shown?.status === 'active' ? (
            <Button type="primary" icon={<EditOutlined aria-hidden />} onClick={() => setEditing(shown)}>
              {t('plans.checklists.edit')}
            </Button>
          ) : undefined
        }
      />
      {lists.isError && !lists.data ? (
        <Card>
          <ErrorResult error={lists.error} onRetry={() => void lists.refetch()} />
        </Card>
      ) : lists.isPending ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : (
        <>
          <Card className="console-block">
            <Flex gap={12} wrap align="center">
              <Select
                aria-label={t('plans.checklists.pick')}
                value={current}
                onChange={(v) => {
                  setCode(v);
                  setVersionId(undefined);
                }}
                options={active.map((c) => ({ value: c.code, label: c.name }))}
                style={{ minWidth: 260 }}
              />
              <Select
                aria-label={t('plans.checklists.version')}
                value={shown?.id}
                onChange={setVersionId}
                options={versions.map((v) => ({
                  value: v.id,
                  label: `${t('plans.checklists.versionN', { n: v.version })}${v.status === 'active' ? ` · ${t('plans.checklists.active')}` : ` · ${t('plans.checklists.retired')}`}`,
                }))}
                style={{ minWidth: 200 }}
              />
              {shown && (
                <Typography.Text type="secondary">
                  {t('plans.checklists.meta', {
                    at: formatDateTime(shown.createdAt),
                    by: shown.createdByName ?? t('plans.checklists.system'),
                    n: shown.items.length,
                  })}
                </Typography.Text>
              )}
            </Flex>
          </Card>
          {shown ? <ChecklistItems checklist={shown} /> : <Empty />}
        </>
      )}
      {editing && <EditDrawer checklist={editing} onClose={() => setEditing(null)} />}
    </>
  );
}

function ChecklistItems({ checklist }: { checklist: Checklist }) {
  const t = useT();
  const groups = useMemo(
    () =>
      CHECKLIST_CATEGORIES.map((c) => ({
        category: c,
        items: checklist.items.filter((i) => i.category === c),
      })).filter((g) => g.items.length > 0),
    [checklist],
  );
  return (
    <>
      {groups.map((g) => (
        <Card
          key={g.category}
          className="console-block"
          title={`${t(CATEGORY_KEYS[g.category])}（${g.items.length}）`}
          size="small"
        >
          <ol className="spl-items">
            {g.items.map((i) => (
              <li key={i.id}>
                <Flex gap={8} align="baseline" wrap>
                  <Tag color={RISK_COLORS[i.risk]}>{t(RISK_KEYS[i.risk])}</Tag>
                  <span className="spl-item-text">{i.text}</span>
                </Flex>
                <Typography.Text type="secondary" className="spl-basis">
                  {t('common.basis')}：{i.legalBasis}
                </Typography.Text>
              </li>
            ))}
          </ol>
        </Card>
      ))}
    </>
  );
}

function EditDrawer({ checklist, onClose }: { checklist: Checklist; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<ChecklistUpdateBody>();
  const save = useSaveChecklist();
  const required = (label: string) => ({
    required: true,
    whitespace: true,
    message: t('common.required', { label }),
  });

  const { onFinish: submit, error } = useFormSave(form, async (body: ChecklistUpdateBody) => {
    const v = await save.mutateAsync({ id: checklist.id, body });
    void message.success(t('plans.checklists.saved', { n: v.version }));
    onClose();
  });

  return (
    <FormDrawer
      open
      onClose={onClose}
      title={t('plans.checklists.editTitle', { name: checklist.name })}
      width={860}
      saving={save.isPending}
      onSave={() => form.submit()}
      error={error}
    >
      <Typography.Paragraph type="secondary">{t('plans.checklists.editHint')}</Typography.Paragraph>
      <Form<ChecklistUpdateBody>
        form={form}
        layout="vertical"
        initialValues={{
          name: checklist.name,
          items: checklist.items.map(({ category, risk, text, legalBasis }) => ({
            category,
            risk,
            text,
            legalBasis,
          })),
        }}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item
          name="name"
          label={t('plans.checklists.name')}
          rules={[required(t('plans.checklists.name'))]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.List name="items">
          {(fields, { add, remove }) => (
            <>
              <Table
                size="small"
                pagination={false}
                rowKey="key"
                dataSource={fields}
                scroll={{ x: 760 }}
                columns={[
                  { key: 'n', title: '#', width: 40, render: (_, f) => f.name + 1 },
                  {
                    key: 'category',
                    title: t('common.category'),
                    width: 120,
                    render: (_, f) => (
                      <Form.Item name={[f.name, 'category']} noStyle>
                        <Select
                          aria-label={t('common.category')}
                          options={CHECKLIST_CATEGORIES.map((c) => ({
                            value: c,
                            label: t(CATEGORY_KEYS[c]),
                          }))}
                        />
                      </Form.Item>
                    ),
                  },
                  {
                    key: 'risk',
                    title: t('plans.checklists.risk'),
                    width: 100,
                    render: (_, f) => (
                      <Form.Item name={[f.name, 'risk']} noStyle>
                        <Select
                          aria-label={t('plans.checklists.risk')}
                          options={CHECKLIST_RISKS.map((r) => ({ value: r, label: t(RISK_KEYS[r]) }))}
                        />
                      </Form.Item>
                    ),
                  },
                  {
                    key: 'text',
                    title: t('plans.checklists.text'),
                    render: (_, f) => (
                      <Form.Item
                        name={[f.name, 'text']}
                        noStyle
                        rules={[required(t('plans.checklists.text'))]}
                      >
                        <Input.TextArea autoSize maxLength={500} aria-label={t('plans.checklists.text')} />
                      </Form.Item>
                    ),
                  },
                  {
                    key: 'basis',
                    title: t('common.basis'),
                    width: 200,
                    render: (_, f) => (
                      <Form.Item name={[f.name, 'legalBasis']} noStyle rules={[required(t('common.basis'))]}>
                        <Input.TextArea autoSize maxLength={300} aria-label={t('common.basis')} />
                      </Form.Item>
                    ),
                  },
                  {
                    key: 'remove',
                    width: 44,
                    render: (_, f) => (
                      <Button
                        type="text"
                        aria-label={t('plans.checklists.removeItem')}
                        icon={<MinusCircleOutlined aria-hidden />}
                        onClick={() => remove(f.name)}
                      />
                    ),
                  },
                ]}
              />
              <Button
                className="spl-add"
                type="dashed"
                block
                icon={<PlusOutlined aria-hidden />}
                onClick={() => add({ category: 'safety', risk: 'medium', text: '', legalBasis: '' })}
              >
                {t('plans.checklists.addItem')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </FormDrawer>
  );
}
