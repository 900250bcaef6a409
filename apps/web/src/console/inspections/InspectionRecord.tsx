import type { InspectionDetail, InspectionFinding, InspectionItem } from '@tuoyu/contracts';
import { CHECKLIST_CATEGORY_NAMES, type ChecklistCategory } from '@tuoyu/domain';
import { App, Button, Card, Flex, Image, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../shared/api';
import { useT } from '../../shared/i18n';
import { formatDateTimeShort } from '../common/format';
import { useLocalized } from '../providers/labels';
import { groupByCategory } from './groups';
import { FindingTag, OutcomeTag } from './labels';
import { useVerifyFinding } from './queries';

/**
 * The submitted record: every item's finding, and for failed items the rectification — deadline,
 * the provider's reply with its evidence, and the inspector's 通过复核 / 退回 on a reply.
 */
export function InspectionRecord({ d }: { d: InspectionDetail }) {
  const t = useT();
  const loc = useLocalized();
  const [rejecting, setRejecting] = useState<InspectionFinding | null>(null);
  const findingOf = (itemId: number) => d.findings.find((f) => f.itemId === itemId);
  // Failed items first: that is what the reader is looking for after submission.
  const failedItems = d.items.filter((i) => findingOf(i.id)?.outcome === 'fail');
  return (
    <>
      {failedItems.length > 0 && (
        <section className="insp-group">
          <Typography.Title level={2} className="insp-group-title">
            {t('insp.list.findings')}
          </Typography.Title>
          {failedItems.map((item) => (
            <FindingCard key={item.id} d={d} item={item} f={findingOf(item.id)} onReject={setRejecting} />
          ))}
        </section>
      )}
      {groupByCategory(d.items.filter((i) => findingOf(i.id)?.outcome !== 'fail')).map((g) => (
        <section key={g.category} className="insp-group">
          <Typography.Title level={2} className="insp-group-title">
            {loc(
              CHECKLIST_CATEGORY_NAMES[g.category as ChecklistCategory] ?? { zh: g.category, en: g.category },
            )}
          </Typography.Title>
          {g.items.map((item) => (
            <FindingCard key={item.id} d={d} item={item} f={findingOf(item.id)} onReject={setRejecting} />
          ))}
        </section>
      ))}
      <RejectModal inspectionId={d.id} finding={rejecting} onClose={() => setRejecting(null)} />
    </>
  );
}

function Photos({ files, label }: { files: { id: number; url: string }[]; label: 'photo' | 'evidence' }) {
  const t = useT();
  if (!files.length) return null;
  return (
    <Flex wrap gap={8} className="insp-photos">
      <Image.PreviewGroup>
        {files.map((p, n) => (
          <Image
            key={p.id}
            src={p.url}
            width={64}
            height={64}
            className="insp-photo"
            alt={
              label === 'photo'
                ? t('insp.detail.photoAlt', { n: n + 1 })
                : t('insp.detail.evidence', { n: n + 1 })
            }
          />
        ))}
      </Image.PreviewGroup>
    </Flex>
  );
}

function FindingCard({
  d,
  item,
  f,
  onReject,
}: {
  d: InspectionDetail;
  item: InspectionItem;
  f: InspectionFinding | undefined;
  onReject: (f: InspectionFinding) => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const verify = useVerifyFinding(d.id);
  return (
    <Card
      size="small"
      className={`insp-item is-${f?.outcome ?? 'empty'}`}
      role="group"
      aria-labelledby={`insp-item-${item.id}`}
    >
      <Flex justify="space-between" align="flex-start" gap={8}>
        <div className="insp-item-text" id={`insp-item-${item.id}`}>
          <span className="insp-item-seq">{item.seq}.</span> {item.text}
        </div>
        <Flex gap={4}>
          {f && <OutcomeTag outcome={f.outcome} />}
          <FindingTag status={f?.status ?? null} />
        </Flex>
      </Flex>
      {f?.note && <Typography.Paragraph className="insp-note">{f.note}</Typography.Paragraph>}
      {f && <Photos files={f.photos} label="photo" />}
      {f?.status && (
        <div className="insp-rect">
          {f.deadline && (
            <Typography.Text type="secondary">
              {t('insp.rect.deadline', { date: f.deadline })}
            </Typography.Text>
          )}
          {f.rejection && f.status === 'open' && (
            <Typography.Paragraph type="danger">
              {t('insp.detail.rejection', { reason: f.rejection })}
            </Typography.Paragraph>
          )}
          {f.reply && f.status !== 'open' && (
            <>
              <Typography.Paragraph className="insp-reply">
                <strong>{t('insp.detail.reply')}</strong>（
                {t('insp.detail.repliedAt', { date: formatDateTimeShort(f.repliedAt) })}）：
                {f.reply}
              </Typography.Paragraph>
              <Photos files={f.replyFiles} label="evidence" />
            </>
          )}
          {f.verifiedAt && (
            <Typography.Text type="success">
              {t('insp.detail.verifiedAt', { date: formatDateTimeShort(f.verifiedAt) })}
            </Typography.Text>
          )}
          {d.can.verify && f.status === 'rectified' && (
            <Flex gap={8} className="insp-verify">
              <Button
                type="primary"
                size="large"
                loading={verify.isPending}
                onClick={() =>
                  verify.mutate(
                    { findingId: f.id, accepted: true },
                    {
                      onSuccess: () => void message.success(t('insp.detail.accepted')),
                      onError: (e) => void message.error(errorMessage(e)),
                    },
                  )
                }
              >
                {t('insp.detail.accept')}
              </Button>
              <Button danger size="large" onClick={() => onReject(f)}>
                {t('insp.detail.reject')}
              </Button>
            </Flex>
          )}
        </div>
      )}
    </Card>
  );
}

function RejectModal({
  inspectionId,
  finding,
  onClose,
}: {
  inspectionId: number;
  finding: InspectionFinding | null;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const verify = useVerifyFinding(inspectionId);
  const [note, setNote] = useState('');
  return (
    <Modal
      open={!!finding}
      title={t('insp.detail.rejectTitle')}
      onCancel={onClose}
      okText={t('insp.detail.reject')}
      okButtonProps={{ danger: true, disabled: !note.trim(), loading: verify.isPending }}
      destroyOnHidden
      onOk={() =>
        finding &&
        verify.mutate(
          { findingId: finding.id, accepted: false, note: note.trim() },
          {
            onSuccess: () => {
              void message.success(t('insp.detail.rejected'));
              setNote('');
              onClose();
            },
            onError: (e) => void message.error(errorMessage(e)),
          },
        )
      }
    >
      <Input.TextArea
        aria-label={t('insp.detail.rejectReason')}
        placeholder={t('insp.detail.rejectReason')}
        maxLength={500}
        autoSize={{ minRows: 3 }}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
    </Modal>
  );
}
