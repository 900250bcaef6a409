import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { DOCUMENT_TYPE_NAMES, type DocumentType, type ProviderKind, requiredDocuments } from '@tuoyu/domain';
import { App, Button, Flex, Form, type FormInstance, Typography, Upload } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../../shared/api';
import { useT } from '../../../shared/i18n';
import { useLocalized } from '../labels';
import { fileHref, type UploadedFile, uploadFile } from '../queries';
import type { FilingFormValues } from './formModel';

const MAX_BYTES = 10 * 1024 * 1024;
const ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';
const ALLOWED = /\.(pdf|jpe?g|png)$/i;

interface DocumentsEditorProps {
  form: FormInstance<FilingFormValues>;
  kind: ProviderKind;
  disabled: boolean;
}

/**
 * 材料: one upload per document the provider kind requires (登记和备案办法; the food business
 * licence only when meals are served). Each file goes to POST /api/files; the form keeps its id.
 */
export function DocumentsEditor({ form, kind, disabled }: DocumentsEditorProps) {
  const t = useT();
  const loc = useLocalized();
  const mealsServed = (Form.useWatch('mealsServed', form) as boolean | undefined) ?? false;
  const [names, setNames] = useState<Record<number, UploadedFile>>({});
  const docs = requiredDocuments(kind, mealsServed);

  return (
    <>
      <Typography.Paragraph type="secondary">{t('prov.my.documentsLead')}</Typography.Paragraph>
      <ul className="prov-doc-editor">
        {docs.map((type) => (
          <li key={type}>
            <Form.Item
              name={['documents', type]}
              label={loc(DOCUMENT_TYPE_NAMES[type])}
              className="prov-doc-item"
              required
            >
              <DocumentUpload
                type={type}
                label={loc(DOCUMENT_TYPE_NAMES[type])}
                disabled={disabled}
                info={(id) => (id ? names[id] : undefined)}
                onUploaded={(file) => setNames((prev) => ({ ...prev, [file.id]: file }))}
              />
            </Form.Item>
          </li>
        ))}
      </ul>
    </>
  );
}

interface DocumentUploadProps {
  type: DocumentType;
  label: string;
  disabled: boolean;
  info: (id: number | undefined) => UploadedFile | undefined;
  onUploaded: (file: UploadedFile) => void;
  value?: number;
  onChange?: (value: number | undefined) => void;
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** The form control of one document: the stored file (open it), upload or replace, remove. */
function DocumentUpload({ label, disabled, info, onUploaded, value, onChange }: DocumentUploadProps) {
  const t = useT();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const file = info(value);

  const send = async (picked: File) => {
    if (!ALLOWED.test(picked.name)) {
      void message.error(t('prov.my.uploadType'));
      return;
    }
    if (picked.size > MAX_BYTES) {
      void message.error(t('prov.my.uploadSize'));
      return;
    }
    setBusy(true);
    try {
      const stored = await uploadFile(picked);
      onUploaded(stored);
      onChange?.(stored.id);
      void message.success(t('prov.my.uploaded', { name: stored.name }));
    } catch (error) {
      void message.error(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex gap={8} align="center" wrap>
      {value ? (
        <Typography.Link href={fileHref(value)} target="_blank" rel="noopener" className="prov-doc-file">
          <PaperClipOutlined aria-hidden />{' '}
          {file ? `${file.name}（${formatSize(file.size)}）` : t('prov.doc.open', { id: value })}
        </Typography.Link>
      ) : (
        <Typography.Text type="secondary">{t('prov.my.notUploaded')}</Typography.Text>
      )}
      <Upload
        accept={ACCEPT}
        showUploadList={false}
        disabled={disabled || busy}
        beforeUpload={(picked) => {
          void send(picked);
          return Upload.LIST_IGNORE;
        }}
      >
        <Button
          size="small"
          icon={<UploadOutlined aria-hidden />}
          loading={busy}
          disabled={disabled}
          aria-label={t(value ? 'prov.my.replaceFor' : 'prov.my.uploadFor', { label })}
        >
          {value ? t('prov.my.replace') : t('common.upload')}
        </Button>
      </Upload>
      {value && !disabled && (
        <Button
          size="small"
          type="text"
          danger
          icon={<DeleteOutlined aria-hidden />}
          aria-label={t('prov.my.removeFor', { label })}
          onClick={() => onChange?.(undefined)}
        />
      )}
    </Flex>
  );
}
