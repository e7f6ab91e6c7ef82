import { Card, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData, type FragmentType } from '@/__generated__';
import { useLocalized } from '@/app/i18n/use-localized';
import { AwardTag } from './round-status-tag';

export const ProjectCardFragment = graphql(`
  fragment InnovationProjectCard_project on InnovationProject {
    id
    title
    category
    award
    summary
    results
    links
    member {
      id
      nameZh
      nameEn
    }
  }
`);

/** A recommended project on the list: its award, member, summary and results; opens the details. */
export function ProjectCard({ project: ref, onOpen }: { project: FragmentType<typeof ProjectCardFragment>; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const project = getFragmentData(ProjectCardFragment, ref);
  return (
    <Card size="small" hoverable className="innovation-card" onClick={() => onOpen(project.id)} data-testid="innovation-card">
      <Space wrap size={4} style={{ marginBottom: 8 }}>
        {project.award && <AwardTag award={project.award} />}
        <Tag>{t(`enums.innovationCategory.${project.category}`)}</Tag>
      </Space>
      <Typography.Title level={3} style={{ fontSize: 16, marginTop: 0 }}>
        <a
          href={`#project-${project.id}`}
          onClick={(event) => {
            event.preventDefault();
            event.stopPropagation();
            onOpen(project.id);
          }}
        >
          {project.title}
        </a>
      </Typography.Title>
      <Typography.Text type="secondary">{pick(project.member.nameZh, project.member.nameEn)}</Typography.Text>
      <Typography.Paragraph ellipsis={{ rows: 3 }} style={{ marginTop: 8, marginBottom: 4 }}>
        {project.summary}
      </Typography.Paragraph>
      {project.results && (
        <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ marginBottom: 0 }}>
          {t('innovation.resultsLine', { text: project.results })}
        </Typography.Paragraph>
      )}
    </Card>
  );
}
