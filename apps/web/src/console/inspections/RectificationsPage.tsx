import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import type { RectificationList } from '@tuoyu/contracts';
import { CHECKLIST_CATEGORY_NAMES, type ChecklistCategory } from '@tuoyu/domain';
import { Alert, App, Button, Card, Empty, Flex, Input, Skeleton, Tag, Typography } from 'antd';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { errorMessage } from '../../shared/api';
import { enumKey, useT } from '../../shared/i18n';
import { usePermission } from '../auth/permissions';
import { ErrorResult } from '../common/ErrorResult';
import { PageHeader } from '../common/PageHeader';
import { useLocalized } from '../providers/labels';
import { type UploadedFile, uploadFile } from '../providers/queries';
import { FindingTag } from './labels';
import { useRectifications, useReplyFinding } from './queries';
import './inspections.css';

type Notice = RectificationList['items'][number];

/**
 * 整改通知 (provider users): the failed items of published inspections still open or awaiting
 * verification, with their deadlines; the manager replies with what was done and the evidence.
 */
export function RectificationsPage() {
  const t = useT();
  const list = useRectifications();
  const manager = usePermission('inspections.reply');
  return (
    <div className="insp-page">
      <PageHeader title={t('insp.rect.title')} />
      <Alert className="console-block" type="info" showIcon title={t('insp.rect.hint')} />
      {!manager && <Alert className="console-block" type="warning" title={t('insp.rect.managerOnly')} />}
      {list.isPending ? (
        <Skeleton active />
      ) : list.isError ? (
        <ErrorResult error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <Card>
          <Empty description={t('insp.rect.empty')} />
        </Card>
      ) : (
        list.data.items.map((n) => <NoticeCard key={n.findingId} n={n} canReply={manager} />)
      )}
    </div>
  );
}

function NoticeCard({ n, canReply }: { n: Notice; canReply: boolean }) {
  const t = useT();
  const loc = useLocalized();
  const { message } = App.useApp();
  const reply = useReplyFinding();
  const [text, setText] = useState('');
  const [files, setFiles] = useState<UploadedFile[]>([]);
  const [uploading, setUploading] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const pick = async (file: File | undefined) => {
    if (!file) return;
    setUploading(true);
    try {
      const stored = await uploadFile(file);
      setFiles((f) => [...f, stored]);
    } catch (e) {
      void message.error(errorMessage(e));
    } finally {
      setUploading(false);
      if (input.current) input.current.value = '';
    }
  };

  return (
    <Card
      size="small"
      className={`insp-item is-fail console-block`}
      role="group"
      aria-labelledby={`rect-item-${n.findingId}`}
    >
      <Flex justify="space-between" align="flex-start" gap={8}>
        <div>
          <Typography.Text type="secondary">
            {t('insp.rect.inspection', {
              date: n.inspectedOn ?? '',
              result: n.result ? t(enumKey('inspectionResult', n.result)) : '',
            })}{' '}
            ·{' '}
            {loc(
              CHECKLIST_CATEGORY_NAMES[n.category as ChecklistCategory] ?? { zh: n.category, en: n.category },
            )}
          </Typography.Text>
          <div className="insp-item-text" id={`rect-item-${n.findingId}`}>
            {n.itemText}
          </div>
        </div>
        <Flex gap={4} wrap justify="flex-end">
          <FindingTag status={n.status} />
          {n.overdue && <Tag color="error">{t('common.overdue')}</Tag>}
        </Flex>
      </Flex>
      {n.note && (
        <Typography.Paragraph className="insp-note">
          {t('insp.rect.finding')}：{n.note}
        </Typography.Paragraph>
      )}
      {n.deadline && (
        <Typography.Text strong>{t('insp.rect.deadline', { date: n.deadline })}</Typography.Text>
      )}
      {n.rejection && n.status === 'open' && (
        <Typography.Paragraph type="danger">
          {t('insp.detail.rejection', { reason: n.rejection })}
        </Typography.Paragraph>
      )}
      {n.status === 'rectified' && (
        <Typography.Paragraph className="insp-reply">
          <strong>{t('insp.rect.awaiting')}</strong>：{n.reply}
        </Typography.Paragraph>
      )}
      {n.status === 'open' && canReply && (
        <Flex vertical gap={8} className="insp-item-more">
          <Input.TextArea
            aria-label={t('insp.rect.replyLabel')}
            placeholder={t('insp.rect.replyPlaceholder')}
            maxLength={1000}
            autoSize={{ minRows: 2, maxRows: 6 }}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <Flex wrap gap={8} align="center">
            {files.map((f) => (
              <Tag key={f.id} icon={<PaperClipOutlined aria-hidden />}>
                {f.name}
              </Tag>
            ))}
            <Button
              icon={<UploadOutlined aria-hidden />}
              loading={uploading}
              onClick={() => input.current?.click()}
            >
              {t('insp.rect.evidence')}
            </Button>
            <input
              ref={input}
              type="file"
              accept="image/*,application/pdf"
              hidden
              onChange={(e) => void pick(e.target.files?.[0])}
            />
          </Flex>
          <Flex justify="space-between" align="center" wrap gap={8}>
            <Link to={`/console/inspections/${n.inspectionId}`}>{t('insp.rect.openInspection')}</Link>
            <Button
              type="primary"
              disabled={!text.trim()}
              loading={reply.isPending}
              onClick={() =>
                reply.mutate(
                  {
                    id: n.inspectionId,
                    findingId: n.findingId,
                    body: { text: text.trim(), fileIds: files.map((f) => f.id) },
                  },
                  {
                    onSuccess: () => void message.success(t('insp.rect.sent')),
                    onError: (e) => void message.error(errorMessage(e)),
                  },
                )
              }
            >
              {t('insp.rect.send')}
            </Button>
          </Flex>
        </Flex>
      )}
    </Card>
  );
}
