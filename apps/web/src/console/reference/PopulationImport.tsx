import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Upload } from 'antd';
import { useState } from 'react';
import { ApiError, apiUpload, errorMessage } from '../../shared/api';
import { useT } from '../../shared/i18n';
import { populationsKey } from './queries';

/**
 * Population from the statistics side, imported from Excel: all rows or none; a refused file
 * lists each wrong row and field (problem+json paths `rows.<row>.<field>`).
 */
export function PopulationImport() {
  const t = useT();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);

  const send = async (file: File) => {
    setBusy(true);
    setProblems([]);
    try {
      const { imported } = await apiUpload<{ imported: number }>('/api/populations/import', file);
      void message.success(t('reference.import.done', { n: imported }));
      await queryClient.invalidateQueries({ queryKey: populationsKey });
    } catch (err) {
      const rows =
        err instanceof ApiError
          ? (err.problem.errors ?? []).map((e) => {
              const m = /^rows\.(\d+)\.(.+)$/.exec(e.path);
              return m ? t('reference.import.rowError', { row: m[1] ?? '', message: e.message }) : e.message;
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
            {t('reference.import.button')}
          </Button>
        </Upload>
        <Button type="link" icon={<DownloadOutlined aria-hidden />} href="/api/populations/template.xlsx">
          {t('reference.import.template')}
        </Button>
      </Flex>
      {problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          title={t('reference.import.failed')}
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
