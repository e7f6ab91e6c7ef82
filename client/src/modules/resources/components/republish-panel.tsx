import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData, type FragmentType } from '@/__generated__';
import { CopyPackageButtons } from './copy-package-buttons';
import { RepublicationModal } from './republication-modal';
import { useProvinceNames } from './resource-details';
import { ReuseRulesPanel } from './reuse-rules-panel';

export const RepublishPanelFragment = graphql(`
  fragment RepublishPanel_resource on Resource {
    id
    title
    viewerActions
    creditLine
    excludedProvinceCodes
    noResyndication
    package {
      headline
      byline
      html
      text
      attribution
    }
  }
`);

/**
 * Everything another member needs to republish a library piece: the package to copy, the alliance's rules with
 * this piece's own extras next to it, and the form to record where it ran.
 */
export function RepublishPanel({ resource: ref }: { resource: FragmentType<typeof RepublishPanelFragment> }) {
  const { t } = useTranslation();
  const provinceNames = useProvinceNames();
  const resource = getFragmentData(RepublishPanelFragment, ref);
  const [recording, setRecording] = useState(false);
  const canCopy = resource.viewerActions.includes('COPY_PACKAGE') && resource.package !== null;
  const canRecord = resource.viewerActions.includes('REPUBLISH');

  const extras = [
    { key: 'creditLine', label: t('resourceForm.creditLine'), children: resource.creditLine },
    {
      key: 'excluded',
      label: t('resourceForm.excludedProvinces'),
      children: provinceNames(resource.excludedProvinceCodes).join('、'),
    },
    { key: 'noResyndication', label: t('resourceForm.noResyndication'), children: resource.noResyndication ? t('piece.noResyndication') : '' },
  ].filter((row) => row.children !== '');

  return (
    <Card size="small" title={t('piece.republish')} data-testid="republish-panel">
      <div className="stack" style={{ gap: 12 }}>
        {canCopy && resource.package ? (
          <>
            <CopyPackageButtons pkg={resource.package} />
            <Typography.Paragraph type="secondary" className="break-anywhere" style={{ marginBottom: 0 }}>
              {resource.package.attribution}
            </Typography.Paragraph>
          </>
        ) : (
          <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
            {t('piece.package.unavailable')}
          </Typography.Paragraph>
        )}
        {extras.length > 0 && (
          <div data-testid="piece-extras">
            <Typography.Text strong>{t('piece.extras')}</Typography.Text>
            <Descriptions size="small" column={1} items={extras} />
          </div>
        )}
        <ReuseRulesPanel />
        {canRecord && (
          <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => setRecording(true)}>
            {t('piece.recordRepublication')}
          </Button>
        )}
      </div>
      {canRecord && (
        <RepublicationModal open={recording} resourceId={resource.id} pieceTitle={resource.title} onClose={() => setRecording(false)} />
      )}
    </Card>
  );
}
