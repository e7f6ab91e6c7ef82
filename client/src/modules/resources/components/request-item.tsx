import { Card, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '@/__generated__';
import type { RequestDirection } from '@/__generated__/graphql';
import { useLocalized } from '@/app/i18n/use-localized';
import { offeredRequestActions, RequestActions } from './request-actions';
import { RequestStateTag } from './request-state-tag';

export const RequestItemFragment = graphql(`
  fragment RequestItem_request on ResourceRequest {
    id
    state
    note
    neededOn
    createdAt
    decidedAt
    declineReason
    fulfilledAt
    fulfillmentNote
    cancelledAt
    viewerActions
    resource {
      id
      title
      area
    }
    owner {
      id
      nameZh
      nameEn
    }
    requester {
      id
      nameZh
      nameEn
    }
    requestedBy {
      id
      displayName
    }
    decidedBy {
      id
      displayName
    }
  }
`);

/** One request as either side sees it: the resource, the other member, who asked and why, where it stands, the moves. */
export function RequestItem({
  request: ref,
  direction,
}: {
  request: FragmentType<typeof RequestItemFragment>;
  direction: RequestDirection;
}) {
  const { t } = useTranslation();
  const { pick, formatDate, formatDateTime } = useLocalized();
  const request = getFragmentData(RequestItemFragment, ref);
  const other = direction === 'INCOMING' ? request.requester : request.owner;
  const otherName = pick(other.nameZh, other.nameEn);

  return (
    <Card size="small" id={`request-${request.id}`} data-testid="request-item" className="assignment-card">
      <div className="assignment-card-head">
        <Typography.Title level={3} className="assignment-card-title">
          <Link to={`/resources/${request.resource.id}`}>{request.resource.title}</Link>
        </Typography.Title>
        <RequestStateTag state={request.state} />
      </div>
      <div className="member-item-meta">
        {t(direction === 'INCOMING' ? 'requests.fromMember' : 'requests.toMember', { member: otherName })}
        {' · '}
        {t('requests.askedBy', { name: request.requestedBy.displayName, time: formatDateTime(request.createdAt) })}
      </div>
      {request.neededOn && (
        <div className="member-item-meta">{t('requests.neededOn', { date: formatDate(request.neededOn) })}</div>
      )}
      <Typography.Paragraph className="pre-wrap" style={{ margin: '8px 0' }} ellipsis={{ rows: 4, expandable: true }}>
        {request.note}
      </Typography.Paragraph>
      <Space orientation="vertical" size={2} style={{ display: 'flex' }}>
        {request.decidedBy && request.decidedAt && (
          <Typography.Text type="secondary">
            {t('requests.decidedBy', { name: request.decidedBy.displayName, time: formatDateTime(request.decidedAt) })}
          </Typography.Text>
        )}
        {request.declineReason && (
          <Typography.Text type="danger" className="pre-wrap">
            {t('requests.declineReason', { reason: request.declineReason })}
          </Typography.Text>
        )}
        {request.fulfilledAt && (
          <Typography.Text type="success">{t('requests.fulfilledAt', { time: formatDateTime(request.fulfilledAt) })}</Typography.Text>
        )}
        {request.fulfillmentNote && (
          <Typography.Text className="pre-wrap">{t('requests.fulfillmentNote', { note: request.fulfillmentNote })}</Typography.Text>
        )}
        {request.cancelledAt && (
          <Typography.Text type="secondary">{t('requests.cancelledAt', { time: formatDateTime(request.cancelledAt) })}</Typography.Text>
        )}
      </Space>
      <div style={{ marginTop: 8 }}>
        <RequestActions
          requestId={request.id}
          memberName={otherName}
          actions={offeredRequestActions(request.state, request.viewerActions)}
        />
      </div>
    </Card>
  );
}
