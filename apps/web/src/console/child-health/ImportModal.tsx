import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import type { HealthImport, HealthImportKind } from '@tuoyu/contracts';
import { Alert, Button, Flex, Modal, Progress, Result, Table, Typography, Upload } from 'antd';
import { useEffect, useState } from 'react';
import { errorMessage } from '../../shared/api';
import { useT } from '../../shared/i18n';
import { childHealthKey, importTemplateHref, useHealthImport, useStartHealthImport } from './queries';

type ImportError = HealthImport['errors'][number];

/**
 * 导入 (births from the 出生医学证明 export, or check-ups from an MCH system): the template, one
 * upload, then the server's progress (processed / total, polled every second), then the rows it
 * refused in a table, or how many it imported.
 */
export function ImportModal({ kind, onClose }: { kind: HealthImportKind | null; onClose: () => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [importId, setImportId] = useState<number | null>(null);
  const start = useStartHealthImport(kind ?? 'births');
  const progress = useHealthImport(importId);
  const job = progress.data;
  const finished = job !== undefined && job.status !== 'running';

  useEffect(() => {
    if (finished) void queryClient.invalidateQueries({ queryKey: [...childHealthKey, 'children'] });
  }, [finished, queryClient]);

  const close = () => {
    setImportId(null);
    start.reset();
    onClose();
  };

  return (
    <Modal
      open={kind !== null}
      title={kind ? t(kind === 'births' ? 'ch.import.births' : 'ch.import.checkups') : ''}
      onCancel={close}
      footer={<Button onClick={close}>{t('ch.import.close')}</Button>}
      width={720}
      destroyOnHidden
    >
      <Typography.Paragraph>
        {t(kind === 'checkups' ? 'ch.import.checkupsLead' : 'ch.import.birthsLead')}
      </Typography.Paragraph>
      <Flex gap={8} wrap className="console-block">
        <Upload
          accept=".xlsx"
          showUploadList={false}
          disabled={start.isPending || job?.status === 'running'}
          beforeUpload={(file) => {
            setImportId(null);
            start.mutate(file, { onSuccess: (created) => setImportId(created.id) });
            return Upload.LIST_IGNORE;
          }}
        >
          <Button type="primary" icon={<UploadOutlined aria-hidden />} loading={start.isPending}>
            {t('ch.import.choose')}
          </Button>
        </Upload>
        {kind && (
          <Button type="link" icon={<DownloadOutlined aria-hidden />} href={importTemplateHref(kind)}>
            {t('import.template')}
          </Button>
        )}
      </Flex>
      {start.isError && <Alert type="error" showIcon title={errorMessage(start.error)} />}
      {progress.isError && <Alert type="error" showIcon title={errorMessage(progress.error)} />}
      {job && <ImportProgress job={job} />}
    </Modal>
  );
}

export function ImportProgress({ job }: { job: HealthImport }) {
  const t = useT();
  const percent = job.total > 0 ? Math.floor((job.processed / job.total) * 100) : 0;
  if (job.status === 'running') {
    return (
      <div role="status" aria-live="polite">
        <Typography.Text>
          {t('ch.import.running', { processed: job.processed, total: job.total })}
        </Typography.Text>
        <Progress percent={percent} status="active" aria-label={t('ch.import.progress')} />
      </div>
    );
  }
  return (
    <>
      {job.errors.length === 0 ? (
        <Result status="success" title={t('ch.import.done', { n: job.imported })} />
      ) : (
        <Alert
          type={job.imported > 0 ? 'warning' : 'error'}
          showIcon
          className="console-block"
          title={t('ch.import.withErrors', { n: job.imported, errors: job.errors.length })}
        />
      )}
      {job.errors.length > 0 && (
        <Table<ImportError>
          size="small"
          rowKey={(e) => `${e.row}-${e.path}-${e.message}`}
          dataSource={job.errors}
          pagination={job.errors.length > 10 ? { pageSize: 10 } : false}
          columns={[
            { key: 'row', title: t('ch.import.row'), dataIndex: 'row', width: 80 },
            { key: 'path', title: t('ch.import.field'), dataIndex: 'path', width: 160 },
            { key: 'message', title: t('ch.import.message'), dataIndex: 'message' },
          ]}
        />
      )}
    </>
  );
}
