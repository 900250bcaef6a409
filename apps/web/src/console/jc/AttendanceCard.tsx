import type { JcAttendance, JcMeeting } from '@tuoyu/contracts';
import { JC_ATTENDANCE } from '@tuoyu/domain';
import { Alert, App, Button, Card, Form, Input, Select, Table, Tag, Typography } from 'antd';
import { enumKey, useT } from '../../shared/i18n';
import { useFormSave } from '../common/serverErrors';
import { useRecordAttendance } from './queries';
import { UnitName, useJcUnits } from './units';

interface Row {
  unitCode: string;
  status?: JcAttendance | null;
  substitute?: string | null;
  reason?: string | null;
}

const COLOR: Record<JcAttendance, string> = {
  attended: 'success',
  substitute: 'processing',
  absent: 'error',
};

/** Attendance per invited unit: the office records it (a substitute's name, an absence's reason); others read it. */
export function AttendanceCard({ meeting, manage }: { meeting: JcMeeting; manage: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ items: Row[] }>();
  const record = useRecordAttendance(meeting.id);
  const { byPlanOrder } = useJcUnits();
  const rows: Row[] = byPlanOrder(meeting.units, (u) => u.unitCode).map((u) => ({
    unitCode: u.unitCode,
    status: u.attendance,
    substitute: u.substitute,
    reason: u.reason,
  }));
  const { save, error } = useFormSave(form, async (v) => {
    const items = v.items
      .filter((r): r is Row & { status: JcAttendance } => !!r.status)
      .map((r) => ({
        unitCode: r.unitCode,
        status: r.status,
        ...(r.status === 'substitute' && r.substitute?.trim() ? { substitute: r.substitute.trim() } : {}),
        ...(r.status === 'absent' && r.reason?.trim() ? { reason: r.reason.trim() } : {}),
      }));
    if (items.length === 0) return;
    await record.mutateAsync({ items });
    void message.success(t('jc.meeting.attendanceSaved'));
  });

  if (!manage)
    return (
      <Card title={t('jc.meeting.attendance')} className="console-block">
        <Table<Row>
          rowKey="unitCode"
          size="small"
          pagination={false}
          dataSource={rows}
          columns={[
            { title: t('jc.task.unit'), key: 'unit', render: (_, r) => <UnitName code={r.unitCode} /> },
            {
              title: t('jc.meeting.attendance'),
              key: 'status',
              render: (_, r) =>
                r.status ? (
                  <Tag color={COLOR[r.status]}>{t(enumKey('jcAttendance', r.status))}</Tag>
                ) : (
                  <Typography.Text type="secondary">{t('jc.meeting.notRecorded')}</Typography.Text>
                ),
            },
            { title: '', key: 'note', render: (_, r) => r.substitute ?? r.reason ?? '' },
          ]}
        />
      </Card>
    );

  return (
    <Card
      title={t('jc.meeting.attendance')}
      className="console-block"
      extra={
        <Button type="primary" loading={record.isPending} onClick={() => void save()}>
          {t('jc.meeting.attendanceSave')}
        </Button>
      }
    >
      {error && <Alert type="error" showIcon title={error} className="console-block" />}
      <Form form={form} initialValues={{ items: rows }} component={false}>
        <Form.List name="items">
          {(fields) => (
            <Table
              rowKey="key"
              size="small"
              pagination={false}
              scroll={{ x: 'max-content' }}
              dataSource={fields}
              columns={[
                {
                  title: t('jc.task.unit'),
                  key: 'unit',
                  width: 150,
                  render: (_, f) => <UnitName code={rows[f.name]?.unitCode ?? ''} />,
                },
                {
                  title: t('jc.meeting.attendance'),
                  key: 'status',
                  width: 150,
                  render: (_, f) => (
                    <Form.Item name={[f.name, 'status']} noStyle>
                      <Select
                        allowClear
                        aria-label={`${t('jc.meeting.attendance')} ${rows[f.name]?.unitCode ?? ''}`}
                        placeholder={t('jc.meeting.notRecorded')}
                        style={{ width: 130 }}
                        options={JC_ATTENDANCE.map((a) => ({
                          value: a,
                          label: t(enumKey('jcAttendance', a)),
                        }))}
                      />
                    </Form.Item>
                  ),
                },
                {
                  title: `${t('jc.meeting.substitute')} / ${t('jc.meeting.reason')}`,
                  key: 'note',
                  render: (_, f) => (
                    <Form.Item noStyle dependencies={[['items', f.name, 'status']]}>
                      {({ getFieldValue }) => {
                        const status = getFieldValue(['items', f.name, 'status']) as JcAttendance | undefined;
                        if (status === 'substitute')
                          return (
                            <Form.Item name={[f.name, 'substitute']} style={{ margin: 0 }}>
                              <Input placeholder={t('jc.meeting.substitute')} maxLength={64} />
                            </Form.Item>
                          );
                        if (status === 'absent')
                          return (
                            <Form.Item name={[f.name, 'reason']} style={{ margin: 0 }}>
                              <Input placeholder={t('jc.meeting.reason')} maxLength={400} />
                            </Form.Item>
                          );
                        return null;
                      }}
                    </Form.Item>
                  ),
                },
              ]}
            />
          )}
        </Form.List>
      </Form>
    </Card>
  );
}
