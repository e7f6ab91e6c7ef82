import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Col, Empty, List, Row, Select, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { INNOVATION_AWARDS } from '@yah/shared';
import { graphql } from '@/__generated__';
import type { InnovationAward } from '@/__generated__/graphql';
import { useViewer } from '@/app/auth/viewer';
import { useLocalized } from '@/app/i18n/use-localized';
import { LoadErrorAlert } from '@/app/layout/load-error-alert';
import { formatAllianceTime } from '@/app/time/alliance-time';
import { OwnProjectActions } from '../components/own-project-actions';
import { ProjectCard } from '../components/project-card';
import { ProjectDrawer } from '../components/project-drawer';
import { ProjectFormModal } from '../components/project-form-modal';
import { RoundFormModal } from '../components/round-form-modal';
import { RoundStatusTag } from '../components/round-status-tag';
import '../innovation.css';

export const InnovationRoundsQuery = graphql(`
  query InnovationRounds {
    innovationRounds(first: 50) {
      nodes {
        id
        title
        year
        status
        submissionsCloseAt
        publishedAt
        viewerActions
        counts {
          submitted
          viewerMember
          viewerMemberLeft
          top
          excellent
        }
      }
    }
  }
`);

export const RecommendedProjectsQuery = graphql(`
  query RecommendedInnovationProjects($roundId: ID!) {
    innovationProjects(roundId: $roundId, filter: { awards: [TOP, EXCELLENT] }, first: 100) {
      totalCount
      nodes {
        id
        award
        ...InnovationProjectCard_project
      }
    }
  }
`);

export const MyInnovationProjectsQuery = graphql(`
  query MyInnovationProjects($roundId: ID!) {
    innovationProjects(roundId: $roundId, filter: { mine: true }, first: 100) {
      totalCount
      nodes {
        id
        title
        category
        summary
        results
        links
        media {
          url
          credit
        }
        version
        viewerActions
      }
    }
  }
`);

/** The recommended list of a published round, 精品项目 first, then 优秀项目. */
function RecommendedList({ roundId, onOpen }: { roundId: string; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(RecommendedProjectsQuery, { variables: { roundId } });
  if (!data) return error ? <LoadErrorAlert error={error} onRetry={() => void refetch()} /> : <Skeleton active paragraph={{ rows: 6 }} />;
  const byAward = (award: InnovationAward) => data.innovationProjects.nodes.filter((project) => project.award === award);
  return (
    <div className="stack" style={{ gap: 24 }}>
      {INNOVATION_AWARDS.map((award) => {
        const projects = byAward(award);
        return (
          <section key={award} aria-labelledby={`award-${award}`}>
            <Typography.Title level={2} id={`award-${award}`} style={{ fontSize: 18 }}>
              {t(`enums.innovationAward.${award}`)} <Tag>{projects.length}</Tag>
            </Typography.Title>
            {projects.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('innovation.noAwarded', { award: t(`enums.innovationAward.${award}`) })} />
            ) : (
              <Row gutter={[16, 16]}>
                {projects.map((project) => (
                  <Col key={project.id} xs={24} md={12} xl={8}>
                    <ProjectCard project={project} onOpen={onOpen} />
                  </Col>
                ))}
              </Row>
            )}
          </section>
        );
      })}
    </div>
  );
}

/** My member's projects in the open round, with edit and withdraw while submissions are open. */
function MySubmissions({ roundId }: { roundId: string }) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(MyInnovationProjectsQuery, { variables: { roundId }, fetchPolicy: 'cache-and-network' });
  if (!data) return error ? <LoadErrorAlert error={error} onRetry={() => void refetch()} /> : <Skeleton active paragraph={{ rows: 2 }} />;
  if (data.innovationProjects.nodes.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('innovation.noSubmissions')} />;
  return (
    <List
      dataSource={data.innovationProjects.nodes}
      renderItem={(project) => (
        <List.Item
          key={project.id}
          actions={[
            <OwnProjectActions
              key="actions"
              roundId={roundId}
              onChanged={() => void refetch()}
              project={{ id: project.id, version: project.version, viewerActions: project.viewerActions, values: { ...project, media: project.media.map(({ url, credit }) => ({ url, credit })) } }}
            />,
          ]}
        >
          <List.Item.Meta title={project.title} description={t(`enums.innovationCategory.${project.category}`)} />
        </List.Item>
      )}
    />
  );
}

/** `/innovation` — the recommended list of the latest published round (any year on the switcher) and the open round. */
export function InnovationPage() {
  const { t } = useTranslation();
  const { isEnglish, formatDate } = useLocalized();
  const viewer = useViewer();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [openProject, setOpenProject] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [openingRound, setOpeningRound] = useState(false);
  const { data, error, refetch } = useQuery(InnovationRoundsQuery, { fetchPolicy: 'cache-and-network' });

  const header = (
    <div className="page-header" style={{ marginBottom: 0 }}>
      <div>
        <Typography.Title level={1} style={{ fontSize: 24 }}>
          {t('innovation.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ maxWidth: 760 }}>
          {t('innovation.intro')}
        </Typography.Paragraph>
      </div>
      {viewer.role === 'SECRETARIAT' && (
        <Button type="primary" onClick={() => setOpeningRound(true)}>
          {t('innovation.openNewRound')}
        </Button>
      )}
    </div>
  );

  if (!data) {
    return (
      <div className="page">
        {header}
        {error ? <LoadErrorAlert error={error} onRetry={() => void refetch()} /> : <Skeleton active paragraph={{ rows: 8 }} />}
      </div>
    );
  }

  const rounds = data.innovationRounds.nodes;
  const published = rounds.filter((round) => round.status === 'PUBLISHED');
  const selected = published.find((round) => round.id === params.get('round')) ?? published[0] ?? null;
  const open = rounds.find((round) => round.status === 'OPEN') ?? null;
  const deadlinePassed = open ? new Date(open.submissionsCloseAt) <= new Date() : false;

  return (
    <div className="page stack">
      {header}
      {rounds.length === 0 && <Empty description={t('innovation.noRounds')} />}
      {open && (
        <Card
          className="innovation-open-round"
          title={
            <Space wrap size={8}>
              <RoundStatusTag status={open.status} />
              <span>{open.title}</span>
            </Space>
          }
          extra={<Link to={`/innovation/rounds/${open.id}`}>{t('innovation.roundPage')}</Link>}
        >
          <div className="stack" style={{ gap: 12 }}>
            <Typography.Text>
              {deadlinePassed ? t('innovation.deadlinePassed') : t('innovation.deadline', { time: formatAllianceTime(open.submissionsCloseAt, isEnglish) })}
            </Typography.Text>
            {open.viewerActions.includes('SUBMIT') && (
              <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'center' }}>
                <Button type="primary" onClick={() => setSubmitting(true)} disabled={open.counts.viewerMemberLeft === 0}>
                  {t('innovation.submit')}
                </Button>
                <Typography.Text type="secondary">{t('innovation.mySubmissionsLeft', { count: open.counts.viewerMember, left: open.counts.viewerMemberLeft })}</Typography.Text>
              </div>
            )}
            {viewer.role !== 'SECRETARIAT' && (
              <>
                <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
                  {t('innovation.mySubmissions')}
                </Typography.Title>
                <MySubmissions roundId={open.id} />
              </>
            )}
          </div>
          <ProjectFormModal
            open={submitting}
            roundId={open.id}
            onClose={() => setSubmitting(false)}
            onSaved={() => {
              setSubmitting(false);
              void refetch();
            }}
          />
        </Card>
      )}

      <section className="stack" style={{ gap: 16 }} aria-labelledby="recommended-title">
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'center', justifyContent: 'space-between' }}>
          <Typography.Title level={2} id="recommended-title" style={{ fontSize: 20, margin: 0 }}>
            {selected ? selected.title : t('innovation.recommended')}
          </Typography.Title>
          {published.length > 0 && (
            <Select
              aria-label={t('innovation.roundSwitcher')}
              value={selected?.id}
              onChange={(id: string) => setParams({ round: id }, { replace: true })}
              options={published.map((round) => ({ value: round.id, label: String(round.year) }))}
              style={{ minWidth: 120 }}
              data-testid="round-switcher"
            />
          )}
        </div>
        {selected ? (
          <>
            <Typography.Text type="secondary">
              {t('innovation.recommended')}
              {selected.publishedAt ? ` · ${t('innovation.publishedOn', { date: formatDate(selected.publishedAt) })}` : ''} ·{' '}
              <Link to={`/innovation/rounds/${selected.id}`}>{t('innovation.roundPage')}</Link>
            </Typography.Text>
            <RecommendedList roundId={selected.id} onOpen={setOpenProject} />
          </>
        ) : (
          rounds.length > 0 && <Alert type="info" showIcon title={t('innovation.noPublished')} />
        )}
      </section>

      {viewer.role === 'SECRETARIAT' && rounds.length > 0 && (
        <Card title={t('innovation.rounds')} size="small">
          <List
            dataSource={rounds}
            renderItem={(round) => (
              <List.Item key={round.id} extra={<RoundStatusTag status={round.status} />}>
                <Link to={`/innovation/rounds/${round.id}`}>{round.title}</Link>
              </List.Item>
            )}
          />
        </Card>
      )}

      <ProjectDrawer projectId={openProject} onClose={() => setOpenProject(null)} />
      <RoundFormModal
        open={openingRound}
        onClose={() => setOpeningRound(false)}
        onOpened={(id) => {
          setOpeningRound(false);
          void navigate(`/innovation/rounds/${id}`);
        }}
      />
    </div>
  );
}
