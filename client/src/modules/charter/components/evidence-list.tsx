import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Empty, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { getFragmentData } from '@/__generated__';
import type { EvidenceFilter, EvidenceItem_EvidenceFragment, EvidenceState } from '@/__generated__/graphql';
import { useLocalized } from '@/app/i18n/use-localized';
import { LoadErrorAlert } from '@/app/layout/load-error-alert';
import { AttachedFiles } from '@/modules/files/components/attached-files';
import { formatAllianceDateTime } from '@/app/time/alliance-time';
import { CommitmentEvidenceListQuery, EvidenceItemFragment } from '../commitment-fragments';
import { periodLabel } from '../commitment-format';

export type EvidenceItem = EvidenceItem_EvidenceFragment;

export const EVIDENCE_COLORS: Record<EvidenceState, string> = { SUBMITTED: 'processing', VERIFIED: 'success', REJECTED: 'error' };

export function EvidenceStateTag({ state }: { state: EvidenceState }) {
  const { t } = useTranslation();
  return (
    <Tag color={EVIDENCE_COLORS[state]} data-state={state}>
      {t(`enums.evidenceState.${state}`)}
    </Tag>
  );
}

/** Evidence read with a filter: every page loaded so far, unmasked. */
export function useEvidenceList(filter: EvidenceFilter, skip = false) {
  const query = useQuery(CommitmentEvidenceListQuery, { variables: { filter }, skip, fetchPolicy: 'cache-and-network', notifyOnNetworkStatusChange: true });
  const connection = query.data?.commitmentEvidence;
  const items = (connection?.nodes ?? []).map((node) => getFragmentData(EvidenceItemFragment, node));
  return { query, connection, items };
}

interface EvidenceListProps {
  title: string;
  filter: EvidenceFilter;
  empty: string;
  /** Name the member on each item (the secretariat reads every member's). */
  showMember: boolean;
  onOpen: (item: EvidenceItem) => void;
  testId: string;
}

/** A card listing evidence (newest first as the server gives it): state, commitment, member, who sent it and when. */
export function EvidenceList({ title, filter, empty, showMember, onOpen, testId }: EvidenceListProps) {
  const { t } = useTranslation();
  const { isEnglish, pick } = useLocalized();
  const { query, connection, items } = useEvidenceList(filter);

  return (
    <Card
      size="small"
      title={
        <span>
          {title} {connection && <Tag>{connection.totalCount}</Tag>}
        </span>
      }
      data-testid={testId}
    >
      {!connection ? (
        query.error ? (
          <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <Skeleton active paragraph={{ rows: 3 }} />
        )
      ) : items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />
      ) : (
        <>
          <ul className="evidence-list">
            {items.map((item) => (
              <li key={item.id} className="evidence-item" data-testid="evidence-item">
                <div className="evidence-item-head">
                  <EvidenceStateTag state={item.state} />
                  <Typography.Text strong>{item.commitment.title}</Typography.Text>
                  <Typography.Text type="secondary">{periodLabel(t, item.commitment.period)}</Typography.Text>
                </div>
                {showMember && <div>{pick(item.member.nameZh, item.member.nameEn)}</div>}
                <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: 0 }}>
                  {item.text}
                </Typography.Paragraph>
                <AttachedFiles files={item.files} />
                <div className="evidence-item-foot">
                  <Typography.Text type="secondary">
                    {t('evidence.submittedBy', { name: item.submittedBy?.displayName ?? '—', time: formatAllianceDateTime(item.createdAt, isEnglish) })}
                  </Typography.Text>
                  <Button size="small" onClick={() => onOpen(item)} aria-label={`${t('evidence.open')}：${item.commitment.title}`}>
                    {t('evidence.open')}
                  </Button>
                </div>
              </li>
            ))}
          </ul>
          {connection.pageInfo.hasNextPage && (
            <div className="list-footer">
              <Button
                loading={query.networkStatus === NetworkStatus.fetchMore}
                onClick={() => void query.fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
              >
                {t('common.loadMore')}
              </Button>
            </div>
          )}
        </>
      )}
    </Card>
  );
}
