import { Card, Empty, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '@/__generated__';
import { useLocalized } from '@/app/i18n/use-localized';

export const CoSponsorListFragment = graphql(`
  fragment CoSponsorList_topic on Topic {
    id
    proposer {
      id
      nameZh
      nameEn
      cityZh
      cityEn
    }
    coSponsors {
      status
      invitedAt
      joinedAt
      member {
        id
        nameZh
        nameEn
        cityZh
        cityEn
      }
    }
  }
`);

/** The proposing member first, then co-sponsors: joined, then invited. */
export function CoSponsorList({ topic: ref }: { topic: FragmentType<typeof CoSponsorListFragment> }) {
  const { t } = useTranslation();
  const { pick, formatDate } = useLocalized();
  const topic = getFragmentData(CoSponsorListFragment, ref);
  const coSponsors = [...topic.coSponsors].sort((a, b) =>
    a.status === b.status ? a.invitedAt.localeCompare(b.invitedAt) : a.status === 'JOINED' ? -1 : 1,
  );

  return (
    // The heading counts the rows below it: the proposer and every co-sponsor, joined or still invited (each row says which).
    <Card title={t('board.coSponsorsTitle', { count: 1 + coSponsors.length })} size="small" data-testid="co-sponsors">
      <ul className="plain-list">
        <li className="recent-row">
          <span>
            <Link to={`/members/${topic.proposer.id}`}>{pick(topic.proposer.nameZh, topic.proposer.nameEn)}</Link>{' '}
            <Typography.Text type="secondary">{pick(topic.proposer.cityZh, topic.proposer.cityEn)}</Typography.Text>
          </span>
          <Tag color="blue">{t('topicPage.proposer')}</Tag>
        </li>
        {coSponsors.map((coSponsor) => (
          <li key={coSponsor.member.id} className="recent-row">
            <span>
              <Link to={`/members/${coSponsor.member.id}`}>{pick(coSponsor.member.nameZh, coSponsor.member.nameEn)}</Link>{' '}
              <Typography.Text type="secondary">{pick(coSponsor.member.cityZh, coSponsor.member.cityEn)}</Typography.Text>
            </span>
            <Tag color={coSponsor.status === 'JOINED' ? 'green' : 'default'}>
              {t(`enums.coSponsorStatus.${coSponsor.status}`)}
              {coSponsor.status === 'JOINED' && coSponsor.joinedAt ? ` · ${formatDate(coSponsor.joinedAt)}` : ''}
            </Tag>
          </li>
        ))}
      </ul>
      {coSponsors.length === 0 && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('topicPage.noCoSponsors')} />
      )}
    </Card>
  );
}
