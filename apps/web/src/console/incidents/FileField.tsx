import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Flex, Typography, Upload } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../shared/api';
import { useT } from '../../shared/i18n';
import { fileHref, uploadFile } from '../providers/queries';

/** A form control holding uploaded file ids (POST /api/files): one, or several with `multiple`. */
export function FileField({
  value,
  onChange,
  multiple = false,
  accept,
}: {
  value?: number[];
  onChange?: (ids: number[]) => void;
  multiple?: boolean;
  accept?: string;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [names, setNames] = useState<Record<number, string>>({});
  const ids = value ?? [];
  const send = async (file: File) => {
    setBusy(true);
    try {
      const stored = await uploadFile(file);
      setNames((n) => ({ ...n, [stored.id]: stored.name }));
      onChange?.(multiple ? [...ids, stored.id] : [stored.id]);
    } catch (error) {
      void message.error(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Flex vertical gap={4}>
      {ids.map((id) => (
        <Flex key={id} gap={8} align="center">
          <Typography.Link href={fileHref(id)} target="_blank" rel="noopener">
            <PaperClipOutlined aria-hidden /> {names[id] ?? t('inc.file', { id })}
          </Typography.Link>
          <Button size="small" type="link" danger onClick={() => onChange?.(ids.filter((x) => x !== id))}>
            {t('common.remove')}
          </Button>
        </Flex>
      ))}
      {(multiple || ids.length === 0) && (
        <Upload
          accept={accept}
          showUploadList={false}
          beforeUpload={(file) => {
            void send(file);
            return false;
          }}
        >
          <Button icon={<UploadOutlined aria-hidden />} loading={busy}>
            {t('common.upload')}
          </Button>
        </Upload>
      )}
    </Flex>
  );
}
