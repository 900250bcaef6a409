import type { JcMeeting } from '@tuoyu/contracts';
import { Alert, App, Button, Card, Flex, Form, Input, List, Tag, Typography } from 'antd';
import { isMessageKey, type MessageKey, useT } from '../../shared/i18n';
import { useFormSave } from '../common/serverErrors';
import { useDecideAgenda, useProposeAgenda } from './queries';
import { useJcUnits } from './units';

interface AgendaValues {
  title: string;
  detail?: string;
}

/** 议题: what the invited units and the office put on the agenda; a form to propose one for who may. */
export function AgendaCard({
  meeting,
  propose,
  manage,
}: {
  meeting: JcMeeting;
  propose: boolean;
  manage: boolean;
}) {
  const t = useT();
  const { message } = App.useApp();
  const { nameOf } = useJcUnits();
  const [form] = Form.useForm<AgendaValues>();
  const add = useProposeAgenda(meeting.id);
  const decide = useDecideAgenda(meeting.id);
  const decideItem = (itemId: number, approve: boolean) =>
    decide.mutateAsync({ itemId, approve }).catch((e: unknown) => {
      void message.error(e instanceof Error ? e.message : String(e));
    });
  const { onFinish, error } = useFormSave(form, async (v) => {
    await add.mutateAsync({
      title: v.title.trim(),
      ...(v.detail?.trim() ? { detail: v.detail.trim() } : {}),
    });
    form.resetFields();
    void message.success(t('jc.member.saved'));
  });
  const statusKey = (status: string): MessageKey | null => {
    const key = `jc.meeting.agendaStatus.${status}`;
    return isMessageKey(key) ? key : null;
  };

  return (
    <Card title={t('jc.meeting.agenda')} className="console-block">
      <List
        dataSource={meeting.agenda}
        locale={{ emptyText: t('jc.meeting.agendaEmpty') }}
        renderItem={(a) => {
          const key = statusKey(a.status);
          return (
            <List.Item
              extra={
                manage && a.status === 'proposed' ? (
                  <Flex gap={8}>
                    <Button size="small" type="primary" onClick={() => void decideItem(a.id, true)}>
                      {t('jc.meeting.agendaAccept')}
                    </Button>
                    <Button size="small" onClick={() => void decideItem(a.id, false)}>
                      {t('jc.meeting.agendaDecline')}
                    </Button>
                  </Flex>
                ) : (
                  <Tag color={a.status === 'accepted' ? 'success' : undefined}>{key ? t(key) : a.status}</Tag>
                )
              }
            >
              <List.Item.Meta
                title={a.title}
                description={
                  <>
                    <Typography.Text type="secondary">
                      {t('jc.meeting.agendaBy')}：
                      {a.unitCode ? nameOf(a.unitCode) : t('jc.meeting.agendaOffice')}
                    </Typography.Text>
                    {a.detail && <div className="jc-pre">{a.detail}</div>}
                  </>
                }
              />
            </List.Item>
          );
        }}
      />
      {propose && meeting.status === 'planned' && (
        <Form form={form} layout="vertical" onFinish={onFinish} className="jc-step">
          {error && <Alert type="error" showIcon title={error} className="console-block" />}
          <Form.Item
            name="title"
            label={t('jc.meeting.agendaTitle')}
            rules={[
              { required: true, message: t('common.required', { label: t('jc.meeting.agendaTitle') }) },
            ]}
          >
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="detail" label={t('jc.meeting.agendaDetail')}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
          <Button htmlType="submit" loading={add.isPending}>
            {t('jc.meeting.agendaPropose')}
          </Button>
        </Form>
      )}
    </Card>
  );
}
