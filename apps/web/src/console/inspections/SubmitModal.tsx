import { App, Flex, Input, Modal, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../shared/api';
import { enumKey, useT } from '../../shared/i18n';
import { beijingToday } from '../common/beijing';
import { useSubmitInspection } from './queries';

/** 提交: the result (合格 only without a failed item), the inspection date, a summary; submitting publishes. */
export function SubmitModal({
  open,
  inspectionId,
  missing,
  anyFail,
  onClose,
}: {
  open: boolean;
  inspectionId: number;
  missing: number;
  anyFail: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const submit = useSubmitInspection(inspectionId);
  const [result, setResult] = useState<'pass' | 'rectify' | 'fail' | undefined>();
  const [inspectedOn, setInspectedOn] = useState(beijingToday());
  const [summary, setSummary] = useState('');
  const [error, setError] = useState<string | null>(null);
  // No failed item means 合格; a failed item rules 合格 out.
  const chosen = anyFail ? (result === 'pass' ? undefined : result) : 'pass';

  const send = () => {
    if (!chosen) return;
    setError(null);
    submit.mutate(
      { inspectedOn, result: chosen, summary: summary || undefined, deadlines: [] },
      {
        onSuccess: () => {
          void message.success(t('insp.detail.submitted'));
          onClose();
        },
        onError: (e) => setError(errorMessage(e)),
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('insp.detail.submitTitle')}
      onCancel={onClose}
      onOk={send}
      okText={t('insp.detail.submit')}
      okButtonProps={{ disabled: !chosen || missing > 0, loading: submit.isPending }}
      destroyOnHidden
    >
      <Flex vertical gap={12}>
        {missing > 0 && (
          <Typography.Text type="danger">{t('insp.detail.missing', { n: missing })}</Typography.Text>
        )}
        <Segmented
          block
          value={chosen ?? ''}
          onChange={(v) => setResult(v as typeof result)}
          options={(['pass', 'rectify', 'fail'] as const).map((r) => ({
            value: r,
            label: t(enumKey('inspectionResult', r)),
            disabled: anyFail ? r === 'pass' : r !== 'pass',
          }))}
        />
        <div className="insp-deadline">
          <label htmlFor="insp-inspected-on">{t('insp.detail.inspectedOn', { date: '' })}</label>
          <Input
            id="insp-inspected-on"
            type="date"
            value={inspectedOn}
            max={beijingToday()}
            onChange={(e) => setInspectedOn(e.target.value)}
          />
        </div>
        <Input.TextArea
          aria-label={t('insp.detail.summary')}
          placeholder={t('insp.detail.summary')}
          maxLength={1000}
          autoSize={{ minRows: 2, maxRows: 5 }}
          value={summary}
          onChange={(e) => setSummary(e.target.value)}
        />
        <Typography.Text type="secondary">{t('insp.detail.submitHint')}</Typography.Text>
        {error && <Typography.Text type="danger">{error}</Typography.Text>}
      </Flex>
    </Modal>
  );
}
