import { Badge } from 'antd';
import type { Role } from '@yah/shared';
import { useRequestCounts } from '../hooks/use-request-counts';

/** The navigation's count of requests waiting for me: incoming for those who decide, my member's open ones otherwise. */
export function RequestsNavBadge({ role }: { role: Role }) {
  const counts = useRequestCounts(role);
  return <Badge count={counts?.badge ?? 0} size="small" data-testid="requests-nav-count" />;
}
