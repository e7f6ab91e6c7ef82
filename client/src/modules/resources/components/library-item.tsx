import { EnvironmentOutlined, EyeOutlined, RetweetOutlined } from '@ant-design/icons';
import { Card, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '@/__generated__';
import { useLocalized } from '@/app/i18n/use-localized';
import { EmbargoBadge } from './embargo-badge';

export const LibraryItemFragment = graphql(`
  fragment LibraryItem_resource on Resource {
    id
    title
    description
    themes
    embargoState
    embargoUntil
    headlineOnly
    status
    createdAt
    owner {
      id
      nameZh
      nameEn
      cityZh
      cityEn
    }
    reach {
      publications
      views
    }
  }
`);

/** One piece in the library: title, summary, who offers it from where, themes, embargo, headline-only, reach. */
export function LibraryItem({ piece: ref }: { piece: FragmentType<typeof LibraryItemFragment> }) {
  const { t } = useTranslation();
  const { pick, formatDate, formatNumber } = useLocalized();
  const piece = getFragmentData(LibraryItemFragment, ref);

  return (
    <Card size="small" data-testid="library-item" className="library-item">
      <div className="topic-card-head">
        <Typography.Title level={3} className="topic-card-title">
          <Link to={`/resources/${piece.id}`}>{piece.title}</Link>
        </Typography.Title>
        <Space size={4} wrap>
          <EmbargoBadge embargoState={piece.embargoState} embargoUntil={piece.embargoUntil} />
          {piece.headlineOnly && <Tag color="gold">{t('library.headlineOnly')}</Tag>}
          {piece.status === 'WITHDRAWN' && <Tag>{t('enums.resourceStatus.WITHDRAWN')}</Tag>}
        </Space>
      </div>
      <div className="member-item-meta">
        <EnvironmentOutlined aria-hidden /> {pick(piece.owner.nameZh, piece.owner.nameEn)} · {pick(piece.owner.cityZh, piece.owner.cityEn)} ·{' '}
        {formatDate(piece.createdAt)}
      </div>
      <Typography.Paragraph className="library-summary" ellipsis={{ rows: 3 }}>
        {piece.description}
      </Typography.Paragraph>
      <div className="library-item-foot">
        <span>
          {piece.themes.map((theme) => (
            <Tag key={theme} variant="filled">
              {theme}
            </Tag>
          ))}
        </span>
        <Typography.Text type="secondary" className="library-reach">
          <RetweetOutlined aria-hidden /> {t('library.republications', { n: piece.reach.publications })}{' '}
          <EyeOutlined aria-hidden /> {t('library.views', { views: formatNumber(piece.reach.views) })}
        </Typography.Text>
      </div>
    </Card>
  );
}
