import { useState } from 'react';
import { Button, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { OPEN_REQUEST_STATES } from '@yah/shared';
import { graphql, getFragmentData, type FragmentType } from '@/__generated__';
import { useLocalized } from '@/app/i18n/use-localized';
import { LinkButton } from '@/app/layout/link-button';
import { requestsPath } from '../request-kinds';
import { offeredRequestActions, RequestActions } from './request-actions';
import { RequestResourceModal } from './request-resource-modal';
import { RequestStateTag } from './request-state-tag';

export const RequestResourceButtonFragment = graphql(`
  fragment RequestResourceButton_resource on Resource {
    id
    title
    area
    headlineOnly
    capacityPerPeriod
    capacityPeriod
    capacityLeft
    viewerActions
    owner {
      id
      nameZh
      nameEn
      status
    }
    viewerRequest {
      id
      state
      viewerActions
    }
  }
`);

/**
 * On a resource or library piece: "申请使用" (or "申请全文" for a headline-only piece) when the viewer may request
 * it; while the viewer's member has an open request, that request's state, a link to it and a way to withdraw it;
 * while the offering member is suspended, that it takes no requests.
 */
export function RequestResourceButton({ resource: ref }: { resource: FragmentType<typeof RequestResourceButtonFragment> }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const resource = getFragmentData(RequestResourceButtonFragment, ref);
  const [open, setOpen] = useState(false);
  const current = resource.viewerRequest;

  if (current && OPEN_REQUEST_STATES.includes(current.state)) {
    return (
      <Space wrap size={8} data-testid="viewer-request">
        <Typography.Text type="secondary">{t('requests.button.ours')}</Typography.Text>
        <RequestStateTag state={current.state} />
        <LinkButton size="small" type="link" to={requestsPath('OUTGOING', current.id)}>
          {t('requests.button.view')}
        </LinkButton>
        <RequestActions
          requestId={current.id}
          memberName={pick(resource.owner.nameZh, resource.owner.nameEn)}
          actions={offeredRequestActions(current.state, current.viewerActions).filter((action) => action === 'CANCEL')}
        />
      </Space>
    );
  }
  if (!resource.viewerActions.includes('REQUEST')) {
    return resource.owner.status === 'SUSPENDED' ? (
      <Typography.Text type="secondary" data-testid="owner-suspended">
        {t('requests.button.ownerSuspended')}
      </Typography.Text>
    ) : null;
  }
  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)}>
        {t(resource.headlineOnly ? 'requests.button.requestFullText' : 'requests.button.request')}
      </Button>
      <RequestResourceModal open={open} resource={resource} onClose={() => setOpen(false)} />
    </>
  );
}
