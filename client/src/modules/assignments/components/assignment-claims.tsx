import { useQuery } from '@apollo/client/react';
import { Alert, Button, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { graphql } from '@/__generated__';
import type { AssignmentFormat } from '@/__generated__/graphql';
import { errorMessage } from '@/app/errors';
import { ClaimItem } from '@/modules/claims/components/claim-item';

/**
 * An assignment's claims, loaded when the editor opens them: kept out of the topic page's own query, which would
 * otherwise exceed the server's query depth and cost limits.
 */
export const AssignmentClaimsQuery = graphql(`
  query AssignmentClaims($id: ID!) {
    assignment(id: $id) {
      id
      claims {
        id
        ...ClaimItem_claim
      }
    }
  }
`);

export interface AssignmentClaimsProps {
  assignmentId: string;
  pieceTitle: string;
  format: AssignmentFormat;
  /** The viewer records where accepted pieces ran (RECORD_PUBLICATION). */
  canRecord: boolean;
  onChanged: () => void;
}

export function AssignmentClaims({ assignmentId, pieceTitle, format, canRecord, onChanged }: AssignmentClaimsProps) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(AssignmentClaimsQuery, {
    variables: { id: assignmentId },
    fetchPolicy: 'cache-and-network',
  });

  if (!data && error) {
    return (
      <Alert
        type="error"
        showIcon
        title={errorMessage(error, t)}
        action={
          <Button size="small" onClick={() => void refetch()}>
            {t('common.retry')}
          </Button>
        }
        style={{ marginTop: 8 }}
      />
    );
  }
  if (!data) return <Skeleton active title={false} paragraph={{ rows: 2 }} />;

  const changed = () => {
    void refetch();
    onChanged();
  };
  return (
    <ul className="claim-list">
      {data.assignment.claims.map((claim) => (
        <ClaimItem key={claim.id} claim={claim} pieceTitle={pieceTitle} format={format} canRecord={canRecord} onChanged={changed} />
      ))}
    </ul>
  );
}
