import type { JcAssessMarkBody, JcAssessRow } from '@tuoyu/contracts';
import { App, Form, Input, InputNumber, List } from 'antd';
import { useEffect } from 'react';
import { useT } from '../../shared/i18n';
import { FormDrawer } from '../common/FormDrawer';
import { formatDateTime } from '../common/format';
import { useFormSave } from '../common/serverErrors';
import { useAddMark } from './queries';

interface Values {
  points: number;
  reason: string;
}

/** The office's 加减分 for one county or unit, with its reason; the marks it already has above. */
export function MarkDrawer({
  year,
  row,
  onClose,
}: {
  year: number;
  row: JcAssessRow | null;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const add = useAddMark(year);
  useEffect(() => {
    if (row) form.resetFields();
  }, [row, form]);
  const { save, error } = useFormSave(form, async (v: Values) => {
    if (!row) return;
    const body: JcAssessMarkBody = {
      target: { kind: row.kind, code: row.code },
      points: v.points,
      reason: v.reason,
    };
    await add.mutateAsync(body);
    void message.success(t('jca.mark.saved'));
    onClose();
  });
  return (
    <FormDrawer
      open={!!row}
      onClose={onClose}
      title={row ? t('jca.mark.title', { name: row.name }) : ''}
      width={480}
      saving={add.isPending}
      onSave={() => void save()}
      error={error}
    >
      {row && row.marks.length > 0 && (
        <List
          size="small"
          header={t('jca.mark.list')}
          dataSource={row.marks}
          renderItem={(m) => (
            <List.Item>
              <List.Item.Meta
                title={`${m.points > 0 ? '+' : ''}${m.points}　${m.reason}`}
                description={`${m.by ?? ''} ${formatDateTime(m.at)}`}
              />
            </List.Item>
          )}
        />
      )}
      <Form form={form} layout="vertical" requiredMark>
        <Form.Item
          name="points"
          label={t('jca.mark.points')}
          extra={t('jca.mark.pointsHelp')}
          rules={[{ required: true }]}
        >
          <InputNumber min={-10} max={10} step={0.5} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="reason" label={t('jca.mark.reason')} rules={[{ required: true, min: 2, max: 400 }]}>
          <Input.TextArea rows={3} maxLength={400} showCount />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
