import { UploadOutlined } from '@ant-design/icons';
import type { JcCountyMeasure } from '@tuoyu/contracts';
import { Alert, App, Button, Card, DatePicker, Form, Input, Upload } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useT } from '../../shared/i18n';
import { useFormSave } from '../common/serverErrors';
import { useUploadCountyMeasure } from './queries';

interface Fields {
  title: string;
  issuedOn: Dayjs;
}

/** A county regulator uploads (or replaces) its county's implementation measures. */
export function MeasureUploadCard({ current }: { current: JcCountyMeasure | undefined }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Fields>();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState(false);
  const upload = useUploadCountyMeasure();
  const { onFinish, error } = useFormSave(form, async (v: Fields) => {
    if (!file) {
      setFileError(true);
      return;
    }
    await upload.mutateAsync({ file, title: v.title, issuedOn: v.issuedOn.format('YYYY-MM-DD') });
    void message.success(t('jcPlan.measures.saved'));
    setFile(null);
    form.resetFields();
  });
  return (
    <Card
      className="console-block"
      title={current?.uploaded ? t('jcPlan.measures.replace') : t('jcPlan.measures.mine')}
    >
      {error && <Alert className="console-block" type="error" showIcon title={error} role="alert" />}
      <Form<Fields>
        form={form}
        name="jc-county-measure"
        layout="vertical"
        onFinish={onFinish}
        style={{ maxWidth: 560 }}
      >
        <Form.Item
          label={t('jcPlan.measures.docTitle')}
          name="title"
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('common.required', { label: t('jcPlan.measures.docTitle') }),
            },
          ]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          label={t('jcPlan.measures.issuedOn')}
          name="issuedOn"
          rules={[
            { required: true, message: t('common.required', { label: t('jcPlan.measures.issuedOn') }) },
          ]}
        >
          <DatePicker />
        </Form.Item>
        <Form.Item
          label={t('jcPlan.measures.file')}
          required
          validateStatus={fileError ? 'error' : undefined}
          help={fileError ? t('jcPlan.measures.fileRequired') : undefined}
        >
          <Upload
            accept=".pdf,.jpg,.jpeg,.png"
            maxCount={1}
            beforeUpload={(f) => {
              setFile(f);
              setFileError(false);
              return false;
            }}
            onRemove={() => setFile(null)}
            fileList={file ? [{ uid: 'file', name: file.name, status: 'done' }] : []}
          >
            <Button icon={<UploadOutlined aria-hidden />}>{t('jcPlan.measures.pick')}</Button>
          </Upload>
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={upload.isPending}>
          {t('common.upload')}
        </Button>
      </Form>
    </Card>
  );
}
