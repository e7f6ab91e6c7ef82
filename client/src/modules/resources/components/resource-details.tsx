import { LinkOutlined } from '@ant-design/icons';
import { Card, Descriptions, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '@/__generated__';
import { useProvinceOptions } from '@/modules/topics/hooks/use-provinces';
import { CapacityText } from './capacity-text';
import { EmbargoNotice } from './embargo-badge';

export const ResourceDetailsFragment = graphql(`
  fragment ResourceDetails_resource on Resource {
    id
    area
    description
    terms
    availability
    contact
    themes
    provinceCodes
    cities
    embargoState
    embargoUntil
    contentVisible
    headlineOnly
    body
    byline
    originalUrl
    media {
      url
      kind
      credit
      caption
    }
    sourceTopic {
      id
      title
    }
    ...CapacityText_resource
  }
`);

/** Province names for codes, in the reader's language (unknown codes as they are). */
export function useProvinceNames(): (codes: readonly string[]) => string[] {
  const { options } = useProvinceOptions();
  return (codes) => codes.map((code) => options.find((option) => option.value === code)?.label ?? code);
}

/**
 * What the piece or offer says. A library piece under embargo shows other members only its summary (the server
 * sends no body, media, byline or link until the embargo lifts).
 */
export function ResourceDetails({ resource: ref }: { resource: FragmentType<typeof ResourceDetailsFragment> }) {
  const { t } = useTranslation();
  const provinceNames = useProvinceNames();
  const resource = getFragmentData(ResourceDetailsFragment, ref);
  const content = resource.area === 'CONTENT';

  const facts = [
    { key: 'terms', label: t('resourceForm.terms'), children: resource.terms },
    { key: 'availability', label: t('resourceForm.availability'), children: resource.availability },
    { key: 'contact', label: t('resourceForm.contact'), children: resource.contact },
    { key: 'byline', label: t('resourceForm.byline'), children: resource.byline ?? '' },
    {
      key: 'originalUrl',
      label: t('resourceForm.originalUrl'),
      children: resource.originalUrl ? (
        <a href={resource.originalUrl} target="_blank" rel="noreferrer noopener" className="break-anywhere">
          {resource.originalUrl}
        </a>
      ) : (
        ''
      ),
    },
    { key: 'provinces', label: t('resourceForm.provinces'), children: provinceNames(resource.provinceCodes).join('、') },
    { key: 'cities', label: t('resourceForm.cities'), children: resource.cities.join('、') },
    {
      key: 'sourceTopic',
      label: t('piece.sourceTopic'),
      children: resource.sourceTopic ? <Link to={`/topics/${resource.sourceTopic.id}`}>{resource.sourceTopic.title}</Link> : '',
    },
  ].filter((row) => row.children !== '');

  return (
    <div className="stack">
      <EmbargoNotice embargoState={resource.embargoState} embargoUntil={resource.embargoUntil} contentVisible={resource.contentVisible} />
      <Card size="small" title={content ? t('resourceForm.summary') : t('resourceForm.description')}>
        <Typography.Paragraph className="pre-wrap" style={{ marginBottom: 0 }}>
          {resource.description}
        </Typography.Paragraph>
        {resource.themes.length > 0 && (
          <div className="member-item-row">
            {resource.themes.map((theme) => (
              <Tag key={theme} variant="filled">
                {theme}
              </Tag>
            ))}
          </div>
        )}
        <CapacityText resource={resource} />
      </Card>
      {content && resource.contentVisible && resource.body !== null && resource.body !== '' && (
        <Card size="small" title={t('resourceForm.body')}>
          {/* The body is sanitised HTML from the server (sanitize-html with an allow-list on every write); it is
              the piece's formatting people republish, so it is rendered as HTML rather than escaped. */}
          <div className="piece-body" data-testid="piece-body" dangerouslySetInnerHTML={{ __html: resource.body }} />
        </Card>
      )}
      {content && resource.contentVisible && resource.headlineOnly && (
        <Typography.Paragraph type="secondary">{t('piece.headlineOnlyHelp')}</Typography.Paragraph>
      )}
      {resource.media && resource.media.length > 0 && (
        <Card size="small" title={t('resourceForm.media.title')}>
          <ul className="plain-list">
            {resource.media.map((item) => (
              <li key={item.url}>
                <a href={item.url} target="_blank" rel="noreferrer noopener" className="break-anywhere">
                  <LinkOutlined aria-hidden /> {item.caption ?? item.url}
                </a>{' '}
                <Typography.Text type="secondary">
                  {t(`enums.mediaKind.${item.kind}`)} · {t('piece.mediaCredit', { credit: item.credit })}
                </Typography.Text>
              </li>
            ))}
          </ul>
        </Card>
      )}
      {facts.length > 0 && (
        <Card size="small">
          <Descriptions size="small" column={1} items={facts} />
        </Card>
      )}
    </div>
  );
}
