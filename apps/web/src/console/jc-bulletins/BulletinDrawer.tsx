import type { JcBulletin } from '@tuoyu/contracts';
import { App, DatePicker, Form, Input, InputNumber, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { useT } from '../../shared/i18n';
import { beijingTodayValue } from '../common/beijing';
import { FormDrawer } from '../common/FormDrawer';
import { useFormSave } from '../common/serverErrors';
import { useCreateBulletin, usePatchBulletin } from './queries';

interface Values {
  title: string;
  kind: 'year' | 'range';
  year?: number;
  range?: [Dayjs, Dayjs];
  body: string;
}

const isWholeYear = (b: JcBulletin) =>
  b.periodFrom.endsWith('-01-01') && b.periodTo === `${b.periodFrom.slice(0, 4)}-12-31`;

/** Drafts a bulletin (no `bulletin`) or edits a draft: title, period (a year or from–to), the text. */
export function BulletinDrawer({ bulletin, onClose }: { bulletin?: JcBulletin; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const create = useCreateBulletin();
  const patch = usePatchBulletin(bulletin?.id ?? 0);
  const kind = Form.useWatch('kind', form);
  const initial: Partial<Values> = bulletin
    ? {
        title: bulletin.title,
        body: bulletin.body,
        kind: isWholeYear(bulletin) ? 'year' : 'range',
        year: Number(bulletin.periodFrom.slice(0, 4)),
        range: [dayjs(bulletin.periodFrom), dayjs(bulletin.periodTo)],
      }
    : { kind: 'year', year: beijingTodayValue().year(), body: '' };

  const { onFinish, error } = useFormSave(form, async (v: Values) => {
    const period =
      v.kind === 'year'
        ? { year: v.year }
        : { from: v.range?.[0].format('YYYY-MM-DD'), to: v.range?.[1].format('YYYY-MM-DD') };
    const body = { title: v.title, body: v.body ?? '', ...period };
    if (bulletin) {
      await patch.mutateAsync(body);
      void message.success(t('common.saved'));
      onClose();
    } else {
      const { id } = await create.mutateAsync(body);
      void message.success(t('jcb.created'));
      void navigate(`/console/jc-bulletins/${id}`);
    }
  });

  return (
    <FormDrawer
      open
      onClose={onClose}
      title={bulletin ? t('jcb.edit') : t('jcb.create')}
      width={640}
      saving={create.isPending || patch.isPending}
      onSave={() => form.submit()}
      error={error}
    >
      <Form<Values> form={form} layout="vertical" initialValues={initial} onFinish={(v) => void onFinish(v)}>
        <Form.Item
          name="title"
          label={t('jcb.titleField')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('common.required', { label: t('jcb.titleField') }),
            },
          ]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="kind" label={t('jcb.periodKind')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'year', label: t('jcb.periodYear') },
              { value: 'range', label: t('jcb.periodRange') },
            ]}
          />
        </Form.Item>
        {kind === 'range' ? (
          <Form.Item
            name="range"
            label={t('jcb.period')}
            rules={[{ required: true, message: t('common.requiredSelect', { label: t('jcb.period') }) }]}
          >
            <DatePicker.RangePicker />
          </Form.Item>
        ) : (
          <Form.Item
            name="year"
            label={t('common.year')}
            rules={[{ required: true, message: t('common.required', { label: t('common.year') }) }]}
          >
            <InputNumber min={2000} max={2100} />
          </Form.Item>
        )}
        <Form.Item name="body" label={t('jcb.body')} extra={t('jcb.bodyHint')}>
          <Input.TextArea rows={12} maxLength={20000} />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
