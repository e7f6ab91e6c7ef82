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

/** One member's standing: the ranking's row, the scorecard, the report's ranking and the river map all read this. */
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
      elapsedDays
      periodDays
      ratio
      status
      commitment {
        id
        metric
        title
        weight
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
