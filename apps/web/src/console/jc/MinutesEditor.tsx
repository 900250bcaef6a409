import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { JcMinutesBody, JcMinutesCreated } from '@tuoyu/contracts';
import { Alert, Button, Card, Checkbox, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { type MessageKey, useT } from '../../shared/i18n';
import { useFormSave } from '../common/serverErrors';
import { useRecordMinutes } from './queries';
import { useJcUnits } from './units';

interface TaskValues {
  title?: string;
  leadUnit?: string;
  coUnits?: string[];
  dueOn?: Dayjs;
  output?: string;
}
interface MinutesValues {
  summary: string;
  matters: { title: string; detail: string; tasks?: TaskValues[] }[];
  reportToCityGovernment?: boolean;
}

/** The request body from the form: trimmed, a task's empty title left out (it takes the matter's). */
export function minutesBody(v: MinutesValues): JcMinutesBody {
  return {
    summary: v.summary.trim(),
    matters: v.matters.map((m) => ({
      title: m.title.trim(),
      detail: m.detail.trim(),
      tasks: (m.tasks ?? []).map((task) => ({
        ...(task.title?.trim() ? { title: task.title.trim() } : {}),
        leadUnit: task.leadUnit ?? '',
        coUnits: (task.coUnits ?? []).filter((c) => c !== task.leadUnit),
        dueOn: task.dueOn?.format('YYYY-MM-DD') ?? '',
        output: task.output?.trim() ?? '',
      })),
    })),
    reportToCityGovernment: v.reportToCityGovernment === true,
  };
}

const emptyMatter = { title: '', detail: '', tasks: [{}] };

/**
 * 会议纪要: the summary, the agreed matters each with its tasks (lead unit, co-units, due date,
 * expected output), and 重大事项报市政府审定. Saving issues the numbered minutes.
 */
export function MinutesEditor({
  meetingId,
  onSaved,
}: {
  meetingId: number;
  onSaved: (created: JcMinutesCreated) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<MinutesValues>();
  const { options } = useJcUnits();
  const record = useRecordMinutes(meetingId);
  const { onFinish, error } = useFormSave(form, async (v) =>
    onSaved(await record.mutateAsync(minutesBody(v))),
  );
  const required = (label: MessageKey) => [
    { required: true, message: t('common.required', { label: t(label) }) },
  ];
  const requiredSelect = (label: MessageKey) => [
    { required: true, message: t('common.requiredSelect', { label: t(label) }) },
  ];

  return (
    <Form form={form} layout="vertical" onFinish={onFinish} initialValues={{ matters: [emptyMatter] }}>
      {error && <Alert type="error" showIcon title={error} className="console-block" />}
      <Card className="console-block">
        <Form.Item name="summary" label={t('jc.minutes.summary')} rules={required('jc.minutes.summary')}>
          <Input.TextArea rows={5} maxLength={20_000} />
        </Form.Item>
      </Card>
      <Form.List name="matters">
        {(matters, { add, remove }) => (
          <>
            {matters.map((matter, i) => (
              <Card
                key={matter.key}
                className="jc-matter"
                title={t('jc.minutes.matter', { n: i + 1 })}
                extra={
                  matters.length > 1 && (
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined aria-hidden />}
                      onClick={() => remove(matter.name)}
                    >
                      {t('jc.minutes.removeMatter')}
                    </Button>
                  )
                }
              >
                <Form.Item
                  name={[matter.name, 'title']}
                  label={t('jc.minutes.matterTitle')}
                  rules={required('jc.minutes.matterTitle')}
                >
                  <Input maxLength={200} />
                </Form.Item>
                <Form.Item
                  name={[matter.name, 'detail']}
                  label={t('jc.minutes.matterDetail')}
                  rules={required('jc.minutes.matterDetail')}
                >
                  <Input.TextArea rows={3} maxLength={5000} />
                </Form.Item>
                <Form.List name={[matter.name, 'tasks']}>
                  {(tasks, taskOps) => (
                    <>
                      {tasks.map((task) => (
                        <Row key={task.key} gutter={8} className="jc-task-row" align="top">
                          <Col xs={24} md={12}>
                            <Form.Item name={[task.name, 'title']} label={t('jc.minutes.taskTitle')}>
                              <Input maxLength={200} />
                            </Form.Item>
                          </Col>
                          <Col xs={24} md={12}>
                            <Form.Item
                              name={[task.name, 'output']}
                              label={t('jc.minutes.output')}
                              rules={required('jc.minutes.output')}
                            >
                              <Input maxLength={400} />
                            </Form.Item>
                          </Col>
                          <Col xs={24} md={7}>
                            <Form.Item
                              name={[task.name, 'leadUnit']}
                              label={t('jc.minutes.leadUnit')}
                              rules={requiredSelect('jc.minutes.leadUnit')}
                            >
                              <Select showSearch optionFilterProp="label" options={options} />
                            </Form.Item>
                          </Col>
                          <Col xs={24} md={10}>
                            <Form.Item name={[task.name, 'coUnits']} label={t('jc.minutes.coUnits')}>
                              <Select mode="multiple" optionFilterProp="label" options={options} />
                            </Form.Item>
                          </Col>
                          <Col xs={18} md={5}>
                            <Form.Item
                              name={[task.name, 'dueOn']}
                              label={t('jc.minutes.dueOn')}
                              rules={requiredSelect('jc.minutes.dueOn')}
                            >
                              <DatePicker style={{ width: '100%' }} />
                            </Form.Item>
                          </Col>
                          <Col xs={6} md={2}>
                            <Form.Item label=" ">
                              <Button
                                type="text"
                                danger
                                aria-label={t('common.remove')}
                                icon={<DeleteOutlined aria-hidden />}
                                onClick={() => taskOps.remove(task.name)}
                              />
                            </Form.Item>
                          </Col>
                        </Row>
                      ))}
                      <Button icon={<PlusOutlined aria-hidden />} onClick={() => taskOps.add({})}>
                        {t('jc.minutes.addTask')}
                      </Button>
                    </>
                  )}
                </Form.List>
              </Card>
            ))}
            <Button
              className="console-block"
              icon={<PlusOutlined aria-hidden />}
              onClick={() => add(emptyMatter)}
            >
              {t('jc.minutes.addMatter')}
            </Button>
          </>
        )}
      </Form.List>
      <Card>
        <Form.Item name="reportToCityGovernment" valuePropName="checked">
          <Checkbox>{t('jc.minutes.report')}</Checkbox>
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={record.isPending}>
          {t('jc.minutes.save')}
        </Button>
      </Card>
    </Form>
  );
}
