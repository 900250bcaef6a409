import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useDocumentTitle } from '../../shared/useDocumentTitle';

/** The page title with its primary action on the right (UX.md); also names the browser tab. */
export function PageHeader({ title, extra }: { title: string; extra?: ReactNode }) {
  useDocumentTitle(title);
  return (
    <Flex className="console-page-header" justify="space-between" align="center" wrap gap={12}>
      <Typography.Title level={1} className="console-page-title">
        {title}
      </Typography.Title>
      {extra && <Flex gap={8}>{extra}</Flex>}
    </Flex>
  );
}
