import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Upload } from 'antd';
import { useState } from 'react';
import { ApiError, apiUpload, errorMessage } from '../../shared/api';
import { type MessageKey, useT } from '../../shared/i18n';

interface ExcelImportProps {
  /** POST endpoint taking the file as multipart field `file`, answering `{imported}`. */
  uploadPath: string;
  templateHref: string;
  buttonLabel: MessageKey;
  /** Queries to refresh after a successful import. */
  invalidate: readonly (readonly unknown[])[];
}

/**
 * An Excel import: a template to download, one upload, all rows or none; a refused file lists
 * each wrong row (problem+json paths `rows.<excel row>.<field>`), so it can be fixed and sent again.
 */
export function ExcelImport({ uploadPath, templateHref, buttonLabel, invalidate }: ExcelImportProps) {
  const t = useT();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);

  const send = async (file: File) => {
    setBusy(true);
    setProblems([]);
    try {
      const { imported } = await apiUpload<{ imported: number }>(uploadPath, file);
      void message.success(t('import.done', { n: imported }));
      for (const queryKey of invalidate) await queryClient.invalidateQueries({ queryKey });
    } catch (err) {
      const rows =
        err instanceof ApiError
          ? (err.problem.errors ?? []).map((e) => {
              const m = /^rows\.(\d+)\.(.+)$/.exec(e.path);
              return m ? t('import.rowError', { row: m[1] ?? '', message: e.message }) : e.message;
            })
          : [];
      setProblems(rows.length ? rows : [errorMessage(err)]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex vertical gap={8} className="console-block">
      <Flex gap={8} wrap>
        <Upload
          accept=".xlsx"
          showUploadList={false}
          beforeUpload={(file) => {
            void send(file);
            return Upload.LIST_IGNORE;
          }}
        >
          <Button icon={<UploadOutlined aria-hidden />} loading={busy}>
            {t(buttonLabel)}
          </Button>
        </Upload>
        <Button type="link" icon={<DownloadOutlined aria-hidden />} href={templateHref}>
          {t('import.template')}
        </Button>
      </Flex>
      {problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          title={t('import.failed')}
          description={
            <ul className="console-error-list">
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          }
        />
      )}
    </Flex>
  );
}
