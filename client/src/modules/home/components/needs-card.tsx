import { Card, Empty, Skeleton, Statistic } from 'antd';
import type { ReactNode } from 'react';
import { LinkButton } from '@/app/layout/link-button';

/** One figure with its list, as used by every role's "needs me now" block. */
export function NeedsCard({
  title,
  count,
  countCapped = false,
  loading,
  more,
  empty,
  testId,
  children,
}: {
  title: string;
  count: number | null;
  /** The server stopped counting at its cap: there are at least `count` ("1,000+"). */
  countCapped?: boolean;
  loading: boolean;
  more: { to: string; label: string };
  empty: string;
  testId: string;
  children: ReactNode;
}) {
  return (
    <Card
      size="small"
      data-testid={testId}
      title={<Statistic title={title} value={count ?? '–'} suffix={countCapped ? '+' : undefined} styles={{ content: { fontSize: 22 } }} />}
      extra={
        <LinkButton type="link" to={more.to}>
          {more.label}
        </LinkButton>
      }
    >
      {loading && count === null ? (
        <Skeleton active paragraph={{ rows: 2 }} title={false} />
      ) : count === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} style={{ margin: '8px 0' }} />
      ) : (
        children
      )}
    </Card>
  );
}
