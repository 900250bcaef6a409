import { Button, Result } from 'antd';
import { errorMessage } from '../../shared/api';
import { useT } from '../../shared/i18n';

/** The error state of a page or panel: the server's own message and a way to try again. */
export function ErrorResult({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const t = useT();
  return (
    <Result
      status="error"
      title={t('common.loadError')}
      subTitle={errorMessage(error)}
      extra={
        <Button type="primary" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      }
    />
  );
}
