import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { useT } from '../../shared/i18n';
import { useDocumentTitle } from '../../shared/useDocumentTitle';

export function ConsoleNotFound() {
  const t = useT();
  const navigate = useNavigate();
  useDocumentTitle(t('error.notFound.title'));
  return (
    <Result
      status="404"
      title={t('error.notFound.title')}
      subTitle={t('error.notFound.body')}
      extra={
        <Button type="primary" onClick={() => void navigate('/console')}>
          {t('error.backToDashboard')}
        </Button>
      }
    />
  );
}
