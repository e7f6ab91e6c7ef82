import { useMutation } from '@apollo/client/react';
import { App, Button, type ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { graphql } from '@/__generated__';
import { describeProblem, readProblem } from '@/app/errors';

export const ClaimAssignmentMutation = graphql(`
  mutation ClaimAssignment($assignmentId: ID!) {
    claimAssignment(assignmentId: $assignmentId) {
      id
      state
      claimedAt
      assignment {
        id
        openSlots
        viewerCanClaim
        viewerActions
        myClaim {
          id
          state
        }
      }
    }
  }
`);

export interface ClaimButtonProps extends Omit<ButtonProps, 'onClick' | 'loading'> {
  assignmentId: string;
  title: string;
  /** After a claim, or after learning the slot is gone: the caller refreshes what it shows. */
  onChanged?: () => void;
}

/** One click: 认领. Says so when it worked, and says plainly when someone else was faster. */
export function ClaimButton({ assignmentId, title, onChanged, ...props }: ClaimButtonProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [claim, { loading }] = useMutation(ClaimAssignmentMutation, {
    update(cache) {
      // "My work" and the home page's lists now hold one more claim.
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'myClaims' });
      cache.gc();
    },
  });

  const onClick = async () => {
    try {
      await claim({ variables: { assignmentId } });
      const key = `claimed-${assignmentId}`;
      // The toast is drawn outside the router (antd's holder), so its link navigates through this button's router.
      void message.success({
        key,
        duration: 6,
        content: (
          <span>
            {t('board.claimedToast', { title })}{' '}
            <a
              href="/my-work"
              onClick={(event) => {
                event.preventDefault();
                message.destroy(key);
                void navigate('/my-work');
              }}
            >
              {t('board.goToMyWork')}
            </a>
          </span>
        ),
      });
      onChanged?.();
    } catch (error) {
      const problem = readProblem(error);
      if (problem.code === 'CONFLICT' && (problem.reason === 'SLOT_TAKEN' || problem.reason === null)) {
        void message.warning(t('claims.slotGone', { title }));
        onChanged?.();
      } else if (problem.code === 'CONFLICT') {
        // e.g. ALREADY_HOLDING ("you already hold a slot"), NOT_ALLOWED_IN_STATE (closed meanwhile): said as it is.
        void message.warning(describeProblem(problem, t));
        onChanged?.();
      } else {
        void message.error(describeProblem(problem, t));
      }
    }
  };

  return (
    <Button type="primary" {...props} loading={loading} onClick={() => void onClick()}>
      {t('claims.claim')}
    </Button>
  );
}
