import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { useT } from '../../shared/i18n';
import { useDocumentTitle } from '../../shared/useDocumentTitle';

/** Shown instead of a page this role may not use (someone typed the address or followed a link). */
export function Forbidden() {
  const t = useT();
  const navigate = useNavigate();
  useDocumentTitle(t('error.forbidden.title'));
  return (
    <Result
      status="403"
      title={t('error.forbidden.title')}
      subTitle={t('error.forbidden.body')}
      extra={
        <Button type="primary" onClick={() => void navigate('/console')}>
          {t('error.backToDashboard')}
        </Button>
      }
    />
  );
}
