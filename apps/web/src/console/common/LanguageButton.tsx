import { GlobalOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { setLang, useLang, useT } from '../../shared/i18n';

/** Shows the other language's own name ("English" / "中文") and switches to it. */
export function LanguageButton() {
  const t = useT();
  const lang = useLang();
  const other = lang === 'en' ? 'zh-CN' : 'en';
  return (
    <Button icon={<GlobalOutlined />} title={t('lang.switchLabel')} onClick={() => setLang(other)}>
      <span lang={other}>{t('lang.switchTo')}</span>
    </Button>
  );
}
