import { LinkOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData, type FragmentType } from '@/__generated__';
import { useLocalized } from '@/app/i18n/use-localized';

export const PublicationListFragment = graphql(`
  fragment PublicationList_publication on Publication {
    id
    channel
    url
    publishedAt
    views
    shares
    likes
    member {
      id
      nameZh
      nameEn
    }
  }
`);

/** Where a piece ran, each with its reach. */
export function PublicationList({ publications: refs }: { publications: readonly FragmentType<typeof PublicationListFragment>[] }) {
  const { t } = useTranslation();
  const { pick, formatDateTime, formatNumber } = useLocalized();
  const publications = getFragmentData(PublicationListFragment, refs);
  if (publications.length === 0) return null;
  return (
    <ul className="plain-list publication-list" aria-label={t('publications.title')}>
      {publications.map((publication) => (
        <li key={publication.id}>
          <a href={publication.url} target="_blank" rel="noreferrer noopener">
            <LinkOutlined aria-hidden /> {pick(publication.member.nameZh, publication.member.nameEn)} ·{' '}
            {t(`enums.channelKind.${publication.channel}`)}
          </a>{' '}
          <Typography.Text type="secondary">
            {formatDateTime(publication.publishedAt)} ·{' '}
            {t('publications.reachLine', {
              views: formatNumber(publication.views),
              shares: formatNumber(publication.shares),
              likes: formatNumber(publication.likes),
            })}
          </Typography.Text>
        </li>
      ))}
    </ul>
  );
}
