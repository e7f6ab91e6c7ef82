import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Empty, List, Progress, Select, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { INNOVATION_AWARDS, INNOVATION_ROUND_TRANSITIONS } from '@yah/shared';
import { graphql } from '@/__generated__';
import type { InnovationAward, InnovationRoundPageProjectsQuery, InnovationRoundStatus } from '@/__generated__/graphql';
import { refetchActive } from '@/app/apollo-client';
import { errorMessage } from '@/app/errors';
import { useLocalized } from '@/app/i18n/use-localized';
import { LinkButton } from '@/app/layout/link-button';
import { LoadErrorAlert } from '@/app/layout/load-error-alert';
import { formatAllianceTime } from '@/app/time/alliance-time';
import { OwnProjectActions } from '../components/own-project-actions';
import { PanelEditor } from '../components/panel-editor';
import { PresentedAtCard } from '../components/presented-at-card';
import { ProjectDrawer } from '../components/project-drawer';
import { AwardTag, RoundStatusTag } from '../components/round-status-tag';
import { ScoreDrawer } from '../components/score-drawer';
import '../innovation.css';

export const InnovationRoundPageQuery = graphql(`
  query InnovationRoundPage($id: ID!) {
    innovationRound(id: $id) {
      id
      title
      year
      status
      submissionsCloseAt
      closedAt
      publishedAt
      version
      viewerOnPanel
      viewerActions
      maxTotal
      presentedAt {
        id
        title
        startsOn
      }
      criteria {
        index
        name
        description
        maxScore
      }
      panel {
        id
        displayName
      }
      counts {
        submitted
        top
        excellent
      }
      unscoredCount
      scoringProgress {
        scored
        total
        panellist {
          id
          displayName
        }
      }
    }
  }
`);

export const RoundProjectsQuery = graphql(`
  query InnovationRoundPageProjects($roundId: ID!, $after: String) {
    innovationProjects(roundId: $roundId, first: 100, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        title
        category
        status
        award
        averageScore
        rank
        version
        summary
        results
        links
        media {
          url
          credit
        }
        viewerActions
        member {
          id
          nameZh
          nameEn
        }
        viewerScore {
          scores
          total
          comment
        }
        scores {
          total
        }
      }
    }
  }
`);

export const MoveInnovationRoundMutation = graphql(`
  mutation MoveInnovationRound($id: ID!, $to: InnovationRoundStatus!) {
    moveInnovationRound(id: $id, to: $to) {
      id
      status
      version
      viewerActions
      closedAt
      publishedAt
    }
  }
`);

export const SetInnovationAwardMutation = graphql(`
  mutation SetInnovationAward($projectId: ID!, $award: InnovationAward) {
    setInnovationAward(projectId: $projectId, award: $award) {
      id
      award
      version
    }
  }
`);

type ProjectRow = InnovationRoundPageProjectsQuery['innovationProjects']['nodes'][number];
const NO_AWARD = 'NONE';

/** The secretariat's award picker for one project (CLOSED rounds). */
function AwardPicker({ project }: { project: ProjectRow }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useApolloClient();
  const [setAward, { loading }] = useMutation(SetInnovationAwardMutation);
  const change = async (value: InnovationAward | typeof NO_AWARD) => {
    try {
      await setAward({ variables: { projectId: project.id, award: value === NO_AWARD ? null : value } });
      void message.success(t('innovation.awardSaved'));
      refetchActive(client, ['InnovationRoundPage']);
    } catch (error) {
      void message.error(errorMessage(error, t));
    }
  };
  return (
    <Select<InnovationAward | typeof NO_AWARD>
      size="small"
      loading={loading}
      aria-label={t('innovation.award')}
      value={project.award ?? NO_AWARD}
      onChange={(value) => void change(value)}
      options={[{ value: NO_AWARD, label: t('innovation.noAward') }, ...INNOVATION_AWARDS.map((award) => ({ value: award, label: t(`enums.innovationAward.${award}`) }))]}
      style={{ minWidth: 120 }}
      data-testid={`award-${project.id}`}
    />
  );
}

/** `/innovation/rounds/:id` — a round: criteria, panel, and by role: moving it and awards (secretariat), scoring (panel). */
export function InnovationRoundPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { pick, isEnglish, formatDateTime } = useLocalized();
  const { message, modal } = App.useApp();
  const [openProject, setOpenProject] = useState<string | null>(null);
  const [scoring, setScoring] = useState<ProjectRow | null>(null);
  const [editingPanel, setEditingPanel] = useState(false);
  const roundQuery = useQuery(InnovationRoundPageQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const projectsQuery = useQuery(RoundProjectsQuery, { variables: { roundId: id }, fetchPolicy: 'cache-and-network' });
  const [move, { loading: moving }] = useMutation(MoveInnovationRoundMutation);

  const round = roundQuery.data?.innovationRound;
  if (!roundQuery.data) {
    return (
      <div className="page">
        {roundQuery.error ? <LoadErrorAlert error={roundQuery.error} onRetry={() => void roundQuery.refetch()} /> : <Skeleton active paragraph={{ rows: 10 }} />}
      </div>
    );
  }
  if (!round) {
    return (
      <div className="page">
        <Empty description={t('innovation.notFound')}>
          <LinkButton to="/innovation">{t('innovation.back')}</LinkButton>
        </Empty>
      </div>
    );
  }

  const refresh = () => {
    void roundQuery.refetch();
    void projectsQuery.refetch();
  };
  const next = INNOVATION_ROUND_TRANSITIONS[round.status][0] as Exclude<InnovationRoundStatus, 'OPEN'> | undefined;
  const confirmMove = () => {
    if (!next) return;
    modal.confirm({
      title: t(`innovation.move.${next}`),
      content: t(`innovation.moveConfirm.${next}`),
      onOk: async () => {
        try {
          await move({ variables: { id: round.id, to: next } });
          void message.success(t('innovation.moved'));
          refresh();
        } catch (error) {
          void message.error(errorMessage(error, t));
        }
      },
    });
  };

  const projects = projectsQuery.data?.innovationProjects;
  const ranked = projects?.nodes.some((project) => project.averageScore !== null) ?? false;
  // The secretariat picks awards in their own column once scoring is closed; everyone else sees them beside the title.
  const setsAwards = round.status === 'CLOSED' && round.scoringProgress !== null;

  return (
    <div className="page stack">
      <div className="page-header" style={{ marginBottom: 0 }}>
        <div>
          <Space wrap size={8}>
            <RoundStatusTag status={round.status} />
            <Typography.Text type="secondary">{round.year}</Typography.Text>
          </Space>
          <Typography.Title level={1} style={{ fontSize: 24, marginTop: 8 }}>
            {round.title}
          </Typography.Title>
          <Typography.Text type="secondary">
            {round.status === 'OPEN'
              ? t('innovation.deadline', { time: formatAllianceTime(round.submissionsCloseAt, isEnglish) })
              : round.publishedAt
                ? t('innovation.publishedOn', { date: formatDateTime(round.publishedAt) })
                : t('innovation.deadlinePassed')}
          </Typography.Text>
        </div>
        <Space wrap>
          <LinkButton to="/innovation">{t('innovation.back')}</LinkButton>
          {round.viewerActions.includes('SET_PANEL') && <Button onClick={() => setEditingPanel(true)}>{t('innovation.editPanel')}</Button>}
          {round.viewerActions.includes('MOVE') && next === 'CLOSED' && !!round.unscoredCount && (
            <Typography.Text type="warning" data-testid="unscored-count">
              {t('innovation.unscoredLeft', { count: round.unscoredCount })}
            </Typography.Text>
          )}
          {round.viewerActions.includes('MOVE') && next && (
            <Button type="primary" loading={moving} onClick={confirmMove} data-testid="move-round">
              {t(`innovation.move.${next}`)}
            </Button>
          )}
        </Space>
      </div>

      {round.viewerOnPanel && round.status === 'SCORING' && (
        <Alert type="info" showIcon title={t('innovation.youArePanellist')} description={t('innovation.privacyHint')} />
      )}

      <div className="innovation-round-grid">
        <Card title={t('innovation.criteria')} size="small" extra={<Typography.Text type="secondary">{t('innovation.totalPoints', { count: round.maxTotal })}</Typography.Text>}>
          <ul className="plain-list">
            {round.criteria.map((criterion) => (
              <li key={criterion.index}>
                <Typography.Text strong>{criterion.name}</Typography.Text> <Tag>{t('innovation.criterionPoints', { count: criterion.maxScore })}</Tag>
                {criterion.description && (
                  <div>
                    <Typography.Text type="secondary">{criterion.description}</Typography.Text>
                  </div>
                )}
              </li>
            ))}
          </ul>
        </Card>
        <Card title={t('innovation.panel')} size="small">
          {round.panel.length === 0 ? (
            <Typography.Text type="secondary">{t('innovation.panelEmpty')}</Typography.Text>
          ) : round.scoringProgress ? (
            <div className="stack" style={{ gap: 8 }}>
              <List
                size="small"
                dataSource={round.scoringProgress}
                renderItem={(row) => (
                  <List.Item key={row.panellist.id} extra={<Typography.Text type="secondary">{t('innovation.progressRow', { scored: row.scored, total: row.total })}</Typography.Text>}>
                    <div style={{ flex: 1, minWidth: 0 }}>
                      {row.panellist.displayName}
                      <Progress
                        percent={row.total ? Math.round((row.scored / row.total) * 100) : 0}
                        size="small"
                        showInfo={false}
                        aria-label={`${row.panellist.displayName}: ${t('innovation.progressRow', { scored: row.scored, total: row.total })}`}
                      />
                    </div>
                  </List.Item>
                )}
              />
              {(round.status === 'OPEN' || round.status === 'SCORING') && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('innovation.progressHint')}
                </Typography.Text>
              )}
            </div>
          ) : (
            <Space wrap size={[4, 8]}>
              {round.panel.map((person) => (
                <Tag key={person.id}>{person.displayName}</Tag>
              ))}
            </Space>
          )}
        </Card>
        {(round.presentedAt || round.viewerActions.includes('PRESENT')) && (
          <PresentedAtCard roundId={round.id} presentedAt={round.presentedAt ?? null} mayChange={round.viewerActions.includes('PRESENT')} />
        )}
      </div>

      <Card title={t('innovation.projects')} size="small" extra={projects ? <Typography.Text type="secondary">{t('innovation.projectCount', { count: projects.totalCount })}</Typography.Text> : null}>
        {!projects ? (
          projectsQuery.error ? (
            <LoadErrorAlert error={projectsQuery.error} onRetry={() => void projectsQuery.refetch()} />
          ) : (
            <Skeleton active paragraph={{ rows: 6 }} />
          )
        ) : projects.nodes.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('innovation.noProjects')} />
        ) : (
          <div data-testid="round-projects">
            <Table<ProjectRow>
              size="middle"
              rowKey="id"
              dataSource={projects.nodes}
              pagination={false}
              scroll={{ x: 'max-content' }}
              columns={[
                ...(ranked ? [{ title: t('innovation.ranking'), key: 'rank', width: 64, render: (_: unknown, row: ProjectRow) => row.rank ?? '—' }] : []),
                {
                  title: t('innovation.form.title'),
                  key: 'title',
                  render: (_, row) => (
                    <div style={{ minWidth: 180, maxWidth: 360 }}>
                      <Typography.Link className="innovation-project-title" onClick={() => setOpenProject(row.id)}>
                        {row.title}
                      </Typography.Link>
                      <div>
                        <Typography.Text type="secondary">
                          {pick(row.member.nameZh, row.member.nameEn)} · {t(`enums.innovationCategory.${row.category}`)}
                        </Typography.Text>
                        {row.status !== 'SUBMITTED' && <Tag style={{ marginLeft: 8 }}>{t(`enums.innovationProjectStatus.${row.status}`)}</Tag>}
                        {row.award && !setsAwards && (
                          <span style={{ marginLeft: 8 }}>
                            <AwardTag award={row.award} />
                          </span>
                        )}
                      </div>
                    </div>
                  ),
                },
                ...(round.viewerOnPanel
                  ? [
                      {
                        title: t('innovation.yourScore'),
                        key: 'viewerScore',
                        render: (_: unknown, row: ProjectRow) =>
                          row.viewerScore ? (
                            <strong data-testid={`my-score-${row.id}`}>{row.viewerScore.total}</strong>
                          ) : (
                            <Typography.Text type="secondary">
                              {round.status === 'SCORING' && row.status === 'SUBMITTED' && !row.viewerActions.includes('SCORE') ? t('innovation.ownMemberNotScored') : t('innovation.notScored')}
                            </Typography.Text>
                          ),
                      },
                    ]
                  : []),
                ...(ranked
                  ? [
                      {
                        title: t('innovation.average'),
                        key: 'average',
                        render: (_: unknown, row: ProjectRow) =>
                          row.averageScore === null ? '—' : (
                            <span>
                              <strong>{row.averageScore.toFixed(2)}</strong>{' '}
                              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                                {t('innovation.scoredBy', { count: row.scores.length })}
                              </Typography.Text>
                            </span>
                          ),
                      },
                    ]
                  : []),
                ...(setsAwards
                  ? [
                      {
                        title: t('innovation.award'),
                        key: 'award',
                        render: (_: unknown, row: ProjectRow) => (row.viewerActions.includes('SET_AWARD') ? <AwardPicker project={row} /> : '—'),
                      },
                    ]
                  : []),
                ...(projects.nodes.some((row) => row.viewerActions.some((action) => action !== 'SET_AWARD'))
                  ? [
                      {
                        title: '',
                        key: 'actions',
                        render: (_: unknown, row: ProjectRow) => (
                          <Space size={4} wrap>
                            {row.viewerActions.includes('SCORE') && (
                              <Button size="small" type={row.viewerScore ? 'default' : 'primary'} onClick={() => setScoring(row)} data-testid={`score-${row.id}`}>
                                {row.viewerScore ? t('innovation.rescore') : t('innovation.score')}
                              </Button>
                            )}
                            <OwnProjectActions
                              roundId={round.id}
                              onChanged={refresh}
                              project={{ id: row.id, version: row.version, viewerActions: row.viewerActions, values: { ...row, media: row.media.map(({ url, credit }) => ({ url, credit })) } }}
                            />
                          </Space>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
          </div>
        )}
      </Card>

      <ProjectDrawer projectId={openProject} onClose={() => setOpenProject(null)} />
      <ScoreDrawer
        project={scoring}
        criteria={round.criteria}
        onClose={() => {
          setScoring(null);
          void projectsQuery.refetch();
          void roundQuery.refetch();
        }}
      />
      {editingPanel && <PanelEditor open roundId={round.id} panel={round.panel} onClose={() => { setEditingPanel(false); void roundQuery.refetch(); }} />}
    </div>
  );
}
