import { useMutation } from '@apollo/client/react';
import { App, Button, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '@/__generated__';
import type { InnovationProjectAction } from '@/__generated__/graphql';
import { errorMessage } from '@/app/errors';
import { ProjectFormModal, type ProjectFormValues } from './project-form-modal';

export const WithdrawInnovationProjectMutation = graphql(`
  mutation WithdrawInnovationProject($id: ID!) {
    withdrawInnovationProject(id: $id) {
      id
      status
      version
      viewerActions
    }
  }
`);

interface OwnProjectActionsProps {
  project: { id: string; version: number; viewerActions: readonly InnovationProjectAction[]; values: ProjectFormValues };
  roundId: string;
  onChanged: () => void;
}

/** Edit and withdraw, for the project's own member while submissions are open. */
export function OwnProjectActions({ project, roundId, onChanged }: OwnProjectActionsProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [editing, setEditing] = useState(false);
  const [withdraw, { loading }] = useMutation(WithdrawInnovationProjectMutation, { refetchQueries: ['MyInnovationProjects', 'InnovationRounds', 'InnovationRoundPageProjects'] });
  if (!project.viewerActions.includes('EDIT') && !project.viewerActions.includes('WITHDRAW')) return null;

  const onWithdraw = async () => {
    try {
      await withdraw({ variables: { id: project.id } });
      void message.success(t('innovation.withdrawn'));
      onChanged();
    } catch (error) {
      void message.error(errorMessage(error, t));
    }
  };

  return (
    <Space size={4} wrap>
      {project.viewerActions.includes('EDIT') && (
        <Button size="small" onClick={() => setEditing(true)}>
          {t('innovation.edit')}
        </Button>
      )}
      {project.viewerActions.includes('WITHDRAW') && (
        <Popconfirm title={t('innovation.withdrawConfirm')} onConfirm={() => void onWithdraw()}>
          <Button size="small" danger loading={loading}>
            {t('innovation.withdraw')}
          </Button>
        </Popconfirm>
      )}
      <ProjectFormModal
        open={editing}
        roundId={roundId}
        editing={{ id: project.id, version: project.version, values: project.values }}
        onClose={() => setEditing(false)}
        onSaved={() => {
          setEditing(false);
          onChanged();
        }}
      />
    </Space>
  );
}
