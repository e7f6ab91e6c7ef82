import { useQuery } from '@apollo/client/react';
import { Col, Row, Tag } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { offeredClaimActions } from '@yah/shared';
import { graphql } from '@/__generated__';
import { useLocalized } from '@/app/i18n/use-localized';
import { useAssignmentWhere } from '@/modules/assignments/hooks/use-assignment-where';
import { ClaimStateTag } from '@/modules/claims/components/claim-state-tag';
import { OfferAnswer } from '@/modules/claims/components/offer-answer';
import { NeedsCard } from './needs-card';

export const ReporterNeedsQuery = graphql(`
  query ReporterNeeds {
    offers: myClaims(states: [OFFERED], first: 5) {
      totalCount
      nodes {
        id
        state
        viewerActions
        offeredBy {
          id
          displayName
        }
        assignment {
          id
          title
          dueAt
          topic {
            id
          }
        }
      }
    }
    myClaims(states: [CLAIMED, CHANGES_REQUESTED], first: 5) {
      totalCount
      nodes {
        id
        state
        assignment {
          id
          title
          dueAt
        }
      }
    }
    openAssignments(first: 3) {
      totalCount
      totalCountCapped
      nodes {
        id
        title
        dueAt
        distanceKm
        openSlots
        location {
          id
          cityZh
          cityEn
        }
        place {
          name
        }
      }
    }
  }
`);

/** The reporter's own open claims (soonest due first) and the nearest open assignments. */
export function ReporterNeeds() {
  const { t } = useTranslation();
  const { formatDateTime, formatNumber } = useLocalized();
  const where = useAssignmentWhere();
  const { data, loading, refetch } = useQuery(ReporterNeedsQuery, { fetchPolicy: 'cache-and-network' });
  const offers = data?.offers.nodes ?? [];
  const claims = [...(data?.myClaims.nodes ?? [])].sort((a, b) => a.assignment.dueAt.localeCompare(b.assignment.dueAt));
  return (
    <Row gutter={[16, 16]}>
      {offers.length > 0 && (
        <Col xs={24}>
          <NeedsCard
            testId="my-offers"
            title={t('offers.homeTitle')}
            count={data?.offers.totalCount ?? null}
            loading={loading}
            empty={t('offers.homeNone')}
            more={{ to: '/my-work', label: t('homeNeeds.openMyWork') }}
          >
            <ul className="plain-list">
              {offers.map((offer) => (
                <li key={offer.id} className="offer-row" data-testid="offer-row">
                  <span className="offer-row-text">
                    <Link to={`/topics/${offer.assignment.topic.id}#assignment-${offer.assignment.id}`}>{offer.assignment.title}</Link>{' '}
                    <span className="muted">
                      {offer.offeredBy ? `${offer.offeredBy.displayName} · ` : ''}
                      {t('assignments.due', { time: formatDateTime(offer.assignment.dueAt) })}
                    </span>
                  </span>
                  <OfferAnswer
                    claimId={offer.id}
                    title={offer.assignment.title}
                    actions={offeredClaimActions(offer.state, offer.viewerActions)}
                    onAnswered={() => void refetch()}
                  />
                </li>
              ))}
            </ul>
          </NeedsCard>
        </Col>
      )}
      <Col xs={24} md={12}>
        <NeedsCard
          testId="my-open-claims"
          title={t('homeNeeds.myClaims')}
          count={data?.myClaims.totalCount ?? null}
          loading={loading}
          empty={t('homeNeeds.myClaimsNone')}
          more={{ to: '/my-work', label: t('homeNeeds.openMyWork') }}
        >
          <ul className="plain-list">
            {claims.map((claim) => (
              <li key={claim.id} className="recent-row">
                <span>
                  <Link to="/my-work">{claim.assignment.title}</Link>{' '}
                  <span className={dayjs(claim.assignment.dueAt).isBefore(dayjs()) ? 'danger' : 'muted'}>
                    {formatDateTime(claim.assignment.dueAt)}
                  </span>
                </span>
                <ClaimStateTag state={claim.state} />
              </li>
            ))}
          </ul>
        </NeedsCard>
      </Col>
      <Col xs={24} md={12}>
        <NeedsCard
          testId="nearest-assignments"
          title={t('homeNeeds.nearest')}
          count={data?.openAssignments.totalCount ?? null}
          countCapped={data?.openAssignments.totalCountCapped}
          loading={loading}
          empty={t('homeNeeds.nearestNone')}
          more={{ to: '/assignments', label: t('homeNeeds.allOpen') }}
        >
          <ul className="plain-list">
            {data?.openAssignments.nodes.map((assignment) => (
              <li key={assignment.id} className="recent-row">
                <span>
                  <Link to="/assignments">{assignment.title}</Link>{' '}
                  <span className="muted">
                    {where(assignment)}
                    {assignment.distanceKm !== null &&
                      ` · ${t('openAssignments.distance', { km: formatNumber(Math.round(assignment.distanceKm)) })}`}
                  </span>
                </span>
                <Tag color="green">{t('assignments.slotsLeft', { count: assignment.openSlots })}</Tag>
              </li>
            ))}
          </ul>
        </NeedsCard>
      </Col>
    </Row>
  );
}
