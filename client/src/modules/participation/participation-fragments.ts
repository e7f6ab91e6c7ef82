import { graphql } from '@/__generated__';

/** What every participation screen knows about a period. */
export const ParticipationPeriodFragment = graphql(`
  fragment ParticipationPeriod_period on Period {
    id
    kind
    year
    quarter
    startsOn
    endsOn
    isCurrent
    elapsedDays
    periodDays
  }
`);

/** The periods for a picker, newest first. */
export const ParticipationPeriodsQuery = graphql(`
  query ParticipationPeriods {
    periods {
      id
      ...ParticipationPeriod_period
    }
  }
`);

/**
 * What a period says about every row's figures: its commitments (title, metric, weight) and the days passed. Rows carry only
 * what differs per member and name their commitment by id; participation-plan.ts joins the two.
 */
export const ParticipationPlanFragment = graphql(`
  fragment ParticipationPlan_period on Period {
    id
    elapsedDays
    periodDays
    commitments {
      id
      metric
      title
      weight
    }
  }
`);

/**
 * One member's standing: the ranking's row, the scorecard, the report's ranking and the river map all read this, joined
 * with the period's ParticipationPlan_period (a national dashboard has 300 rows × every commitment: keep each cell small).
 */
export const ParticipationRowFragment = graphql(`
  fragment ParticipationRow_row on ParticipationRow {
    index
    rank
    status
    lastActivityAt
    member {
      id
      slug
      nameZh
      nameEn
      cityZh
      cityEn
      latitude
      longitude
      province {
        code
        nameZh
        nameEn
        riverOrder
      }
    }
    commitments {
      target
      actual
      due
      expected
      ratio
      status
      commitment {
        id
      }
    }
  }
`);

export const MetricTotalsFragment = graphql(`
  fragment MetricTotals_totals on ParticipationTotals {
    members
    averageIndex
    statusCounts {
      status
      count
    }
    metrics {
      metric
      value
    }
  }
`);
