import { LinkOutlined } from '@ant-design/icons';
import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** A submitted piece (text and links) and, when there is one, the editor's comment on it. */
export function SubmissionView({
  text,
  links,
  reviewComment,
}: {
  text: string | null;
  links: readonly string[];
  reviewComment: string | null;
}) {
  const { t } = useTranslation();
  return (
    <>
      {text && (
        <Typography.Paragraph className="pre-wrap submission-text" ellipsis={{ rows: 4, expandable: 'collapsible' }}>
          {text}
        </Typography.Paragraph>
      )}
      {links.length > 0 && (
        <ul className="plain-list submission-links" aria-label={t('submission.links')}>
          {links.map((link) => (
            <li key={link}>
              <a href={link} target="_blank" rel="noreferrer noopener">
                <LinkOutlined aria-hidden /> {link}
              </a>
            </li>
          ))}
        </ul>
      )}
      {reviewComment && (
        <Alert
          type="warning"
          showIcon
          title={t('submission.editorComment')}
          description={<span className="pre-wrap">{reviewComment}</span>}
          style={{ marginTop: 8 }}
        />
      )}
    </>
  );
}
