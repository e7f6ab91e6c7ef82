import { Card, Descriptions, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData, type FragmentType } from '@/__generated__';
import { useLocalized } from '@/app/i18n/use-localized';

export const TopicDetailsFragment = graphql(`
  fragment TopicDetails_topic on Topic {
    id
    brief
    themes
    cities
    windowStart
    windowEnd
    targetChannels
    createdAt
    updatedAt
    version
    provinces {
      code
      nameZh
      nameEn
    }
    createdBy {
      id
      displayName
    }
  }
`);

/** The brief and the facts: themes, where, when, which channels, who wrote it. */
export function TopicDetails({ topic: ref }: { topic: FragmentType<typeof TopicDetailsFragment> }) {
  const { t } = useTranslation();
  const { pick, formatDate, formatDateTime } = useLocalized();
  const topic = getFragmentData(TopicDetailsFragment, ref);
  const none = <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;

  return (
    <Card title={t('topicPage.details')} size="small">
      <Typography.Paragraph className="pre-wrap">{topic.brief}</Typography.Paragraph>
      <Descriptions
        column={{ xs: 1, sm: 2 }}
        size="small"
        items={[
          {
            key: 'window',
            label: t('topicForm.window'),
            children: t('topics.windowRange', { start: formatDate(topic.windowStart), end: formatDate(topic.windowEnd) }),
          },
          {
            key: 'themes',
            label: t('topicForm.themes'),
            children: topic.themes.length ? topic.themes.map((theme) => <Tag key={theme}>{theme}</Tag>) : none,
          },
          {
            key: 'provinces',
            label: t('topicForm.provinces'),
            children: topic.provinces.length
              ? topic.provinces.map((province) => pick(province.nameZh, province.nameEn)).join('、')
              : none,
          },
          {
            key: 'cities',
            label: t('topicForm.cities'),
            children: topic.cities.length ? topic.cities.join('、') : none,
          },
          {
            key: 'channels',
            label: t('topicForm.targetChannels'),
            children: topic.targetChannels.length
              ? topic.targetChannels.map((kind) => <Tag key={kind}>{t(`enums.channelKind.${kind}`)}</Tag>)
              : none,
          },
          {
            key: 'created',
            label: t('topicPage.createdBy'),
            children: t('topicPage.createdByValue', {
              name: topic.createdBy.displayName,
              time: formatDateTime(topic.createdAt),
            }),
          },
          {
            key: 'updated',
            label: t('topicPage.updated'),
            children: t('topicPage.updatedValue', { time: formatDateTime(topic.updatedAt), version: topic.version }),
          },
        ]}
      />
    </Card>
  );
}
