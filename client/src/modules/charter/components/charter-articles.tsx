import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { RESOURCE_AREAS } from '@yah/shared';
import type { CharterChangeKind, ResourceArea } from '@/__generated__/graphql';
import { AREA_COLORS, AreaTag } from './area-tag';

export interface ArticleView {
  number: number;
  title: string;
  body: string;
  area: ResourceArea | null;
}

export const articleAnchor = (number: number) => `article-${number}`;

/** The five areas of sharing, each with how many articles it has; a click jumps to the area's first article. */
export function CharterAreas({ articles }: { articles: readonly ArticleView[] }) {
  const { t } = useTranslation();
  return (
    <nav className="charter-areas" aria-label={t('charter.areas')} data-testid="charter-areas">
      <Typography.Text strong>{t('charter.areas')}</Typography.Text>
      <ul>
        {RESOURCE_AREAS.map((area) => {
          const inArea = articles.filter((article) => article.area === area);
          const label = `${t(`enums.resourceArea.${area}`)} · ${inArea.length}`;
          return (
            <li key={area}>
              {inArea[0] ? (
                <a href={`#${articleAnchor(inArea[0].number)}`} className="charter-area-link">
                  <Tag color={AREA_COLORS[area]}>{label}</Tag>
                </a>
              ) : (
                <Tag title={t('charter.areaNone')}>{label}</Tag>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/** The articles in order: number, title, the area of sharing it belongs to, and what this version did to it. */
export function CharterArticles({ articles, changed }: { articles: readonly ArticleView[]; changed: ReadonlyMap<number, CharterChangeKind> }) {
  const { t } = useTranslation();
  return (
    <ol className="charter-articles" data-testid="charter-articles">
      {[...articles]
        .sort((a, b) => a.number - b.number)
        .map((article) => {
          const kind = changed.get(article.number);
          return (
            <li key={article.number} id={articleAnchor(article.number)} className="charter-article" data-area={article.area ?? undefined}>
              <article aria-labelledby={`${articleAnchor(article.number)}-title`}>
                <div className="charter-article-head">
                  <Typography.Title level={3} id={`${articleAnchor(article.number)}-title`} className="charter-article-title">
                    {t('charter.articleHeading', { number: article.number, title: article.title })}
                  </Typography.Title>
                  {article.area && <AreaTag area={article.area} />}
                  {kind === 'ADDED' && <Tag color="green">{t('charter.addedInVersion')}</Tag>}
                  {kind === 'CHANGED' && <Tag color="orange">{t('charter.changedInVersion')}</Tag>}
                </div>
                <div className="charter-text">{article.body}</div>
              </article>
            </li>
          );
        })}
    </ol>
  );
}
