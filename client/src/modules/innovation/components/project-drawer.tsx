import { useQuery } from '@apollo/client/react';
import { Drawer, Empty, Skeleton, Statistic, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { graphql } from '@/__generated__';
import { LoadErrorAlert } from '@/app/layout/load-error-alert';
import { ProjectDetails } from './project-details';

export const InnovationProjectQuery = graphql(`
  query InnovationProject($id: ID!) {
    innovationProject(id: $id) {
      id
      title
      averageScore
      rank
      round {
        id
        criteria {
          index
          name
          maxScore
        }
      }
      viewerScore {
        scores
        total
        comment
      }
      scores {
        scores
        total
        comment
        panellist {
          id
          displayName
        }
      }
      ...InnovationProjectDetails_project
    }
  }
`);

/** 560 px, or the whole screen on a phone. */
export function drawerWidth(): number {
  return Math.min(560, window.innerWidth);
}

interface ProjectDrawerProps {
  projectId: string | null;
  onClose: () => void;
}

/** A project in a side drawer: what was submitted, and the scores the viewer may see (their own, or everyone's once closed). */
export function ProjectDrawer({ projectId, onClose }: ProjectDrawerProps) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(InnovationProjectQuery, { variables: { id: projectId ?? '' }, skip: !projectId, fetchPolicy: 'cache-and-network' });
  const project = data?.innovationProject;
  const criteria = project?.round.criteria ?? [];

  let body;
  if (!data) body = error ? <LoadErrorAlert error={error} onRetry={() => void refetch()} /> : <Skeleton active paragraph={{ rows: 8 }} />;
  else if (!project) body = <Empty description={t('innovation.noProjects')} />;
  else
    body = (
      <div className="stack" style={{ gap: 16 }}>
        <ProjectDetails project={project} />
        {project.averageScore !== null && (
          <div style={{ display: 'flex', gap: 32 }}>
            <Statistic title={t('innovation.average')} value={project.averageScore} precision={2} />
            {project.rank !== null && <Statistic title={t('innovation.ranking')} value={project.rank} />}
          </div>
        )}
        {project.viewerScore && project.scores.length === 0 && (
          <section data-testid="viewer-score">
            <Typography.Title level={3} style={{ fontSize: 16 }}>
              {t('innovation.yourScore')}
            </Typography.Title>
            <Typography.Paragraph>
              {criteria.map((criterion) => `${criterion.name} ${project.viewerScore?.scores[criterion.index] ?? 0}`).join(' · ')} —{' '}
              <strong>{project.viewerScore.total}</strong>
            </Typography.Paragraph>
            {project.viewerScore.comment && <Typography.Paragraph type="secondary">{project.viewerScore.comment}</Typography.Paragraph>}
          </section>
        )}
        {project.scores.length > 0 && (
          <section>
            <Typography.Title level={3} style={{ fontSize: 16 }}>
              {t('innovation.scores')}
            </Typography.Title>
            <Table
              size="small"
              pagination={false}
              rowKey={(row) => row.panellist.id}
              dataSource={project.scores}
              scroll={{ x: true }}
              columns={[
                { title: t('innovation.panel'), key: 'panellist', render: (_, row) => row.panellist.displayName },
                ...criteria.map((criterion) => ({ title: criterion.name, key: `c${criterion.index}`, render: (_: unknown, row: { scores: number[] }) => row.scores[criterion.index] })),
                { title: t('innovation.total'), key: 'total', render: (_, row) => <strong>{row.total}</strong> },
              ]}
              expandable={{ rowExpandable: (row) => Boolean(row.comment), expandedRowRender: (row) => row.comment }}
            />
          </section>
        )}
      </div>
    );

  return (
    <Drawer open={Boolean(projectId)} onClose={onClose} title={project?.title ?? t('innovation.detail')} size={drawerWidth()} destroyOnHidden>
      {body}
    </Drawer>
  );
}
