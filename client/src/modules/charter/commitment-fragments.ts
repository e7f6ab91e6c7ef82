import { graphql } from '@/__generated__';

/** A commitment as its row, the form and the targets drawer show it (every mutation answers with the same fields). */
export const CommitmentRowFragment = graphql(`
  fragment CommitmentRow_commitment on Commitment {
    id
    metric
    title
    description
    defaultTarget
    weight
    version
    targets {
      target
      member {
        id
        nameZh
        nameEn
        cityZh
        cityEn
      }
    }
  }
`);

/** The periods, newest first (a year before its quarters). */
export const CommitmentPeriodsQuery = graphql(`
  query CommitmentPeriods {
    periods {
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
  }
`);

export const PeriodCommitmentsQuery = graphql(`
  query PeriodCommitments($periodId: ID!) {
    commitments(periodId: $periodId) {
      id
      ...CommitmentRow_commitment
    }
  }
`);

/** One piece of evidence for a manual commitment, with its verdict. */
export const EvidenceItemFragment = graphql(`
  fragment EvidenceItem_evidence on CommitmentEvidence {
    id
    text
    links
    files {
      id
      ...AttachedFiles_file
    }
    state
    createdAt
    decidedAt
    decisionNote
    version
    member {
      id
      nameZh
      nameEn
    }
    submittedBy {
      id
      displayName
    }
    decidedBy {
      id
      displayName
    }
    commitment {
      id
      title
      period {
        id
        kind
        year
        quarter
      }
    }
  }
`);

// A literal page size: the query cost limit counts a `$first` variable as the largest page.
export const CommitmentEvidenceListQuery = graphql(`
  query CommitmentEvidenceList($filter: EvidenceFilter, $after: String) {
    commitmentEvidence(filter: $filter, first: 50, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        ...EvidenceItem_evidence
      }
    }
  }
`);

/** Finding one piece of evidence by its id (`/commitments?evidence=<id>`): pages of ids with their commitment and member. */
export const EvidenceLookupQuery = graphql(`
  query EvidenceLookup($after: String) {
    commitmentEvidence(first: 100, after: $after) {
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        commitment {
          id
        }
        member {
          id
        }
      }
    }
  }
`);
