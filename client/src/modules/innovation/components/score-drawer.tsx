import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, Drawer, Form, Input, InputNumber, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { INNOVATION_LIMITS } from '@yah/shared';
import { graphql } from '@/__generated__';
import { errorMessage } from '@/app/errors';
import { drawerWidth } from './project-drawer';
import { useLocalizedForm } from '@/app/use-localized-form';

export const ScoreInnovationProjectMutation = graphql(`
  mutation ScoreInnovationProject($projectId: ID!, $scores: [InnovationCriterionScoreInput!]!, $comment: String) {
    scoreInnovationProject(projectId: $projectId, scores: $scores, comment: $comment) {
      id
      viewerScore {
        scores
        total
        comment
        updatedAt
      }
    }
  }
`);

export interface ScoringCriterion {
  index: number;
  name: string;
  description: string | null;
  maxScore: number;
}

interface ScoreDrawerProps {
  project: { id: string; title: string; viewerScore: { scores: number[]; comment: string | null } | null } | null;
  criteria: readonly ScoringCriterion[];
  onClose: () => void;
}

interface ScoreValues {
  points: (number | null)[];
  comment: string;
}

/** A panellist scores one project: a number per criterion (0..its points; the server checks too) and an optional comment. */
export function ScoreDrawer({ project, criteria, onClose }: ScoreDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = useLocalizedForm<ScoreValues>();
  const [score, { loading }] = useMutation(ScoreInnovationProjectMutation);
  const points = Form.useWatch('points', form) ?? [];
  const total = points.reduce<number>((sum, value) => sum + (typeof value === 'number' ? value : 0), 0);
  const max = criteria.reduce((sum, criterion) => sum + criterion.maxScore, 0);

  const save = async (values: ScoreValues) => {
    if (!project) return;
    try {
      await score({
        variables: {
          projectId: project.id,
          scores: criteria.map((criterion) => ({ criterionIndex: criterion.index, score: values.points[criterion.index] ?? 0 })),
          comment: values.comment?.trim() ? values.comment : null,
        },
      });
      void message.success(t('innovation.scoreSaved'));
      onClose();
    } catch (error) {
      void message.error(errorMessage(error, t));
    }
  };

  return (
    <Drawer
      open={Boolean(project)}
      onClose={onClose}
      title={project ? t('innovation.scoreTitle', { title: project.title }) : ''}
      size={drawerWidth()}
      destroyOnHidden
      footer={
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8 }}>
          <Typography.Text strong data-testid="score-total">
            {t('innovation.scoreTotal', { total, max })}
          </Typography.Text>
          <Button type="primary" loading={loading} onClick={() => form.submit()}>
            {t('innovation.saveScore')}
          </Button>
        </div>
      }
    >
      <Alert type="info" showIcon title={t('innovation.privacyHint')} style={{ marginBottom: 16 }} />
      {project && (
        <Form<ScoreValues>
          form={form}
          layout="vertical"
          onFinish={(values) => void save(values)}
          initialValues={{ points: criteria.map((criterion) => project.viewerScore?.scores[criterion.index] ?? null), comment: project.viewerScore?.comment ?? '' }}
        >
          {criteria.map((criterion) => (
            <Form.Item
              key={criterion.index}
              name={['points', criterion.index]}
              label={
                <span>
                  {criterion.name} <Typography.Text type="secondary">0–{criterion.maxScore}</Typography.Text>
                </span>
              }
              extra={criterion.description || undefined}
              rules={[{ required: true, type: 'integer', min: 0, max: criterion.maxScore, message: `0–${criterion.maxScore}` }]}
            >
              <InputNumber min={0} max={criterion.maxScore} precision={0} style={{ width: 140 }} aria-label={criterion.name} />
            </Form.Item>
          ))}
          <Form.Item name="comment" label={t('innovation.scoreComment')}>
            <Input.TextArea rows={4} maxLength={INNOVATION_LIMITS.scoreComment.max} showCount />
          </Form.Item>
        </Form>
      )}
    </Drawer>
  );
}
