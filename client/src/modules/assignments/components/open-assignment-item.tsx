import { AimOutlined, ClockCircleOutlined, EnvironmentOutlined } from '@ant-design/icons';
import { Card, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '@/__generated__';
import { useLocalized } from '@/app/i18n/use-localized';
import { AssignmentFormatTag } from './assignment-format-tag';
import { ClaimButton } from '@/modules/claims/components/claim-button';
import { ClaimStateTag } from '@/modules/claims/components/claim-state-tag';
import { useAssignmentWhere } from '../hooks/use-assignment-where';

export const OpenAssignmentItemFragment = graphql(`
  fragment OpenAssignmentItem_assignment on Assignment {
    id
    title
    brief
    format
    dueAt
    slots
    openSlots
    distanceKm
    viewerCanClaim
    myClaim {
      id
      state
    }
    place {
      name
    }
    location {
      id
      nameZh
      nameEn
      cityZh
      cityEn
      province {
        code
        nameZh
        nameEn
      }
    }
    topic {
      id
      title
    }
  }
`);

export interface OpenAssignmentItemProps {
  assignment: FragmentType<typeof OpenAssignmentItemFragment>;
  onChanged: () => void;
}

/**
 * One open assignment for a reporter: distance, due time, slots left, and the claim button. On a phone it is a dense
 * row (coverage.css): title and format, city and distance, due time, slots and the claim button; the topic and brief
 * are left to the topic page.
 */
export function OpenAssignmentItem({ assignment: ref, onChanged }: OpenAssignmentItemProps) {
  const { t } = useTranslation();
  const { pick, formatDateTime, formatNumber } = useLocalized();
  const assignment = getFragmentData(OpenAssignmentItemFragment, ref);
  const city = pick(assignment.location.cityZh, assignment.location.cityEn);
  const province = pick(assignment.location.province.nameZh, assignment.location.province.nameEn);
  const where = useAssignmentWhere();

  return (
    <Card size="small" className="open-assignment" data-testid="open-assignment">
      <div className="open-assignment-grid">
        <div className="open-assignment-main">
          <div className="assignment-card-head">
            <Typography.Title level={3} className="assignment-card-title">
              {assignment.title}
            </Typography.Title>
            <AssignmentFormatTag format={assignment.format} />
          </div>
          <div className="member-item-meta open-assignment-topic">
            {t('openAssignments.inTopic')} <Link to={`/topics/${assignment.topic.id}#assignment-${assignment.id}`}>{assignment.topic.title}</Link>
          </div>
          {assignment.brief && (
            <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} className="open-assignment-brief" style={{ margin: '4px 0 0' }}>
              {assignment.brief}
            </Typography.Paragraph>
          )}
          <div className="open-assignment-facts">
            <span>
              <EnvironmentOutlined aria-hidden /> {assignment.place ? where(assignment) : city}
              {!assignment.place && city !== province && <span className="open-assignment-province"> · {province}</span>}
            </span>
            {assignment.distanceKm !== null && (
              <span data-testid="distance">
                <AimOutlined aria-hidden /> {t('openAssignments.distance', { km: formatNumber(Math.round(assignment.distanceKm)) })}
              </span>
            )}
            <span>
              <ClockCircleOutlined aria-hidden /> {t('assignments.due', { time: formatDateTime(assignment.dueAt) })}
            </span>
          </div>
        </div>
        <div className="open-assignment-side">
          <Tag color={assignment.openSlots > 0 ? 'green' : 'default'} style={{ marginInlineEnd: 0 }}>
            {t('assignments.slots', { open: assignment.openSlots, total: assignment.slots })}
          </Tag>
          {assignment.myClaim ? (
            <span className="my-claim">
              {t('assignments.myClaim')} <ClaimStateTag state={assignment.myClaim.state} />
            </span>
          ) : assignment.viewerCanClaim && assignment.openSlots > 0 ? (
            <ClaimButton assignmentId={assignment.id} title={assignment.title} onChanged={onChanged} />
          ) : assignment.openSlots === 0 ? (
            <Typography.Text type="secondary">{t('openAssignments.full')}</Typography.Text>
          ) : null}
        </div>
      </div>
    </Card>
  );
}
