import { ArrowLeftOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, Card, Result, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { RESOURCE_AREAS, type ResourceArea } from '@yah/shared';
import { graphql } from '@/__generated__';
import { useViewer } from '@/app/auth/viewer';
import { applyProblemToForm, describeProblem, readProblem } from '@/app/errors';
import { LinkButton } from '@/app/layout/link-button';
import { ResourceForm } from '../components/resource-form';
import { RESOURCE_FORM_FIELDS, emptyResourceForm, toResourceInput, type ResourceFormValues } from '../resource-form-values';
import { canShareResources } from '../resource-permissions';
import '../resources.css';
import { useLocalizedForm } from '@/app/use-localized-form';

export const ShareResourceMutation = graphql(`
  mutation ShareResource($input: ResourceInput!) {
    shareResource(input: $input) {
      id
      area
      title
      version
    }
  }
`);

function readArea(value: string | null): ResourceArea {
  return RESOURCE_AREAS.find((area) => area === value) ?? 'CONTENT';
}

/** `/resources/new?area=CONTENT` — an editor offers a library piece or another resource for the member. */
export function ResourceNewPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { message } = App.useApp();
  const [form] = useLocalizedForm<ResourceFormValues>();
  const [failure, setFailure] = useState<string | null>(null);
  const [share, { loading }] = useMutation(ShareResourceMutation, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'resources' });
      cache.gc();
    },
  });
  const area = readArea(params.get('area'));
  const back = area === 'CONTENT' ? '/library' : `/resources?area=${area}`;

  if (!canShareResources(viewer.role)) {
    return (
      <div className="page">
        <Result status="403" title={t('forbidden.title')} subTitle={t('resourceForm.onlyEditors')} />
      </div>
    );
  }

  const onFinish = async (values: ResourceFormValues) => {
    setFailure(null);
    try {
      const { data } = await share({ variables: { input: toResourceInput(values) } });
      if (!data) return;
      void message.success(t('resourceForm.shared'));
      await navigate(`/resources/${data.shareResource.id}`);
    } catch (error) {
      const problem = readProblem(error);
      if (!applyProblemToForm(form, problem, t, RESOURCE_FORM_FIELDS)) setFailure(describeProblem(problem, t));
    }
  };

  return (
    <div className="page">
      <LinkButton type="link" icon={<ArrowLeftOutlined aria-hidden />} to={back} style={{ paddingLeft: 0 }}>
        {area === 'CONTENT' ? t('piece.backToLibrary') : t('piece.backToExchange')}
      </LinkButton>
      <div className="page-header">
        <div>
          <Typography.Title level={1} style={{ fontSize: 24 }}>
            {t('resourceForm.newTitle')}
          </Typography.Title>
          <div className="page-header-sub">{t('resourceForm.newHelp')}</div>
        </div>
      </div>
      <Card>
        {failure && <Alert type="error" showIcon title={failure} role="alert" style={{ marginBottom: 16 }} />}
        <ResourceForm
          form={form}
          initialValues={emptyResourceForm(area)}
          disabled={loading}
          onFinish={onFinish}
          footer={
            <Space wrap>
              <Button type="primary" htmlType="submit" loading={loading}>
                {t('resourceForm.share')}
              </Button>
              <LinkButton to={back}>{t('common.cancel')}</LinkButton>
            </Space>
          }
        />
      </Card>
    </div>
  );
}
