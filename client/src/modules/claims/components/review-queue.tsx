import { NetworkStatus } from '@apollo/client';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { Button, Card, Empty, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LIMITS, offeredClaimActions, suggestedChannel } from '@yah/shared';
import { useState } from 'react';
import { graphql } from '@/__generated__';
import { LoadErrorAlert } from '@/app/layout/load-error-alert';
import { useLocalized } from '@/app/i18n/use-localized';
import { AssignmentFormatTag } from '@/modules/assignments/components/assignment-format-tag';
import { ReviewActions } from '@/modules/claims/components/review-actions';
import { ClaimFiles } from '@/modules/claims/components/claim-files';
import { SubmissionView } from '@/modules/claims/components/submission-view';
import { PublicationModal, type PublicationModalProps } from '@/modules/claims/components/publication-modal';

export const ReviewQueueQuery = graphql(`
  query ReviewQueue($first: Int, $after: String) {
    reviewQueue(first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        state
        submissionText
        submissionLinks
        submittedAt
        viewerActions
        ...ClaimFiles_claim
        reporter {
          id
          displayName
          member {
            id
            nameZh
            nameEn
            channels {
              kind
            }
          }
        }
        assignment {
          id
          title
          format
          dueAt
          viewerActions
          topic {
            id
            title
          }
        }
      }
    }
  }
`);

/** Just the number, for the tab's badge and the home page. */
export const ReviewCountQuery = graphql(`
  query ReviewCount {
    reviewQueue(first: 1) {
      totalCount
    }
  }
`);

/** An accepted piece whose publication is being recorded right after acceptance. */
interface Recording {
  claimId: string;
  title: string;
  reporterName: string;
  defaults: PublicationModalProps['defaults'];
}

/**
 * Submissions waiting for the viewer's member: oldest first, each with accept / request changes. Accepting goes
 * straight on to record where the piece ran, the form filled in from the reporter's newsroom (skip it with Esc or 稍后登记).
 */
export function ReviewQueue() {
  const { t } = useTranslation();
  const { pick, formatDateTime } = useLocalized();
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(ReviewQueueQuery, {
    variables: { first: LIMITS.page.defaultSize },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.reviewQueue;
  const client = useApolloClient();
  const refreshAll = () => void client.refetchQueries({ include: [ReviewQueueQuery, ReviewCountQuery] });
  // Kept here, not in the card: the accepted card leaves the queue while its publication is recorded.
  const [recording, setRecording] = useState<Recording | null>(null);
  const recordModal = recording && (
    <PublicationModal
      open
      claimId={recording.claimId}
      pieceTitle={recording.title}
      title={t('board.acceptedRecord', { name: recording.reporterName, title: recording.title })}
      cancelText={t('board.recordLater')}
      defaults={recording.defaults}
      onClose={() => setRecording(null)}
    />
  );

  if (!connection && error) return <LoadErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!connection) return <Skeleton active paragraph={{ rows: 4 }} />;
  if (connection.nodes.length === 0) {
    return (
      <>
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('review.empty')} />
        {recordModal}
      </>
    );
  }

  return (
    <div className="stack" style={{ gap: 12 }}>
      {connection.nodes.map((claim) => (
        <Card size="small" key={claim.id} data-testid="review-item" className="assignment-card">
          <div className="assignment-card-head">
            <Typography.Title level={3} className="assignment-card-title">
              {claim.assignment.title}
            </Typography.Title>
            <AssignmentFormatTag format={claim.assignment.format} />
          </div>
          <div className="member-item-meta">
            {t('openAssignments.inTopic')}{' '}
            <Link to={`/topics/${claim.assignment.topic.id}#assignment-${claim.assignment.id}`}>
              {claim.assignment.topic.title}
            </Link>
          </div>
          <div className="member-item-meta">
            {t('review.byReporter', {
              name: claim.reporter.displayName,
              member: pick(claim.reporter.member.nameZh, claim.reporter.member.nameEn),
              time: claim.submittedAt ? formatDateTime(claim.submittedAt) : '',
            })}
          </div>
          <SubmissionView text={claim.submissionText} links={claim.submissionLinks} reviewComment={null} />
          <ClaimFiles claim={claim} />
          <div style={{ marginTop: 8 }}>
            <ReviewActions
              claimId={claim.id}
              reporterName={claim.reporter.displayName}
              actions={offeredClaimActions(claim.state, claim.viewerActions)}
              onDecided={refreshAll}
              onAccepted={
                claim.assignment.viewerActions.includes('RECORD_PUBLICATION')
                  ? () =>
                      setRecording({
                        claimId: claim.id,
                        title: claim.assignment.title,
                        reporterName: claim.reporter.displayName,
                        defaults: {
                          member: claim.reporter.member,
                          channel: suggestedChannel(claim.assignment.format, claim.reporter.member.channels.map((channel) => channel.kind)),
                        },
                      })
                  : undefined
              }
            />
          </div>
        </Card>
      ))}
      {recordModal}
      {connection.pageInfo.hasNextPage && (
        <div className="list-footer">
          <Button
            loading={networkStatus === NetworkStatus.fetchMore}
            onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
          >
            {t('common.loadMore')}
          </Button>
        </div>
      )}
    </div>
  );
}
