import { LinkOutlined } from '@ant-design/icons';
import { Descriptions, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData, type FragmentType } from '@/__generated__';
import { useLocalized } from '@/app/i18n/use-localized';
import { AwardTag } from './round-status-tag';

export const ProjectDetailsFragment = graphql(`
  fragment InnovationProjectDetails_project on InnovationProject {
    id
    title
    category
    status
    award
    summary
    results
    links
    media {
      url
      credit
    }
    member {
      id
      nameZh
      nameEn
    }
    submittedBy {
      id
      displayName
    }
  }
`);

/** What a member submitted: summary, results, links and media with their credit. */
export function ProjectDetails({ project: ref }: { project: FragmentType<typeof ProjectDetailsFragment> }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const project = getFragmentData(ProjectDetailsFragment, ref);
  return (
    <div className="stack" style={{ gap: 16 }}>
      <Space wrap size={4}>
        {project.award && <AwardTag award={project.award} />}
        <Tag>{t(`enums.innovationCategory.${project.category}`)}</Tag>
        {project.status !== 'SUBMITTED' && <Tag>{t(`enums.innovationProjectStatus.${project.status}`)}</Tag>}
      </Space>
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('innovation.member')}>{pick(project.member.nameZh, project.member.nameEn)}</Descriptions.Item>
      </Descriptions>
      <Typography.Text type="secondary">{t('innovation.submittedBy', { name: project.submittedBy.displayName })}</Typography.Text>
      <section>
        <Typography.Title level={3} style={{ fontSize: 16 }}>
          {t('innovation.summary')}
        </Typography.Title>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{project.summary}</Typography.Paragraph>
      </section>
      {project.results && (
        <section>
          <Typography.Title level={3} style={{ fontSize: 16 }}>
            {t('innovation.results')}
          </Typography.Title>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{project.results}</Typography.Paragraph>
        </section>
      )}
      {project.links.length > 0 && (
        <section>
          <Typography.Title level={3} style={{ fontSize: 16 }}>
            {t('innovation.links')}
          </Typography.Title>
          <ul className="plain-list">
            {project.links.map((link) => (
              <li key={link}>
                <Typography.Link href={link} target="_blank" rel="noopener noreferrer" style={{ wordBreak: 'break-all' }}>
                  <LinkOutlined aria-hidden /> {link}
                </Typography.Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {project.media.length > 0 && (
        <section>
          <Typography.Title level={3} style={{ fontSize: 16 }}>
            {t('innovation.media')}
          </Typography.Title>
          <ul className="plain-list">
            {project.media.map((item) => (
              <li key={item.url}>
                <Typography.Link href={item.url} target="_blank" rel="noopener noreferrer" style={{ wordBreak: 'break-all' }}>
                  {item.url}
                </Typography.Link>{' '}
                <Typography.Text type="secondary">{t('innovation.credit', { credit: item.credit })}</Typography.Text>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
