import { ArrowLeftOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Result, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { graphql } from '@/__generated__';
import type { ResourceEditorQuery as ResourceEditorData } from '@/__generated__/graphql';
import { applyProblemToForm, describeProblem, errorMessage, readProblem } from '@/app/errors';
import { useLocalized } from '@/app/i18n/use-localized';
import { LinkButton } from '@/app/layout/link-button';
import { LoadErrorAlert } from '@/app/layout/load-error-alert';
import { ResourceForm } from '../components/resource-form';
import { RESOURCE_FORM_FIELDS, resourceToFormValues, toResourceInput, type ResourceFormValues } from '../resource-form-values';
import '../resources.css';
import { useLocalizedForm } from '@/app/use-localized-form';

export const ResourceEditorQuery = graphql(`
  query ResourceEditor($id: ID!) {
    resource(id: $id) {
      id
      version
      updatedAt
      viewerActions
      area
      title
      description
      terms
      availability
      contact
      capacityPerPeriod
      capacityPeriod
      themes
      provinceCodes
      cities
      body
      byline
      originalUrl
      media {
        url
        kind
        credit
        caption
      }
      creditLine
      excludedProvinceCodes
      noResyndication
      embargoUntil
    }
  }
`);

export const UpdateResourceMutation = graphql(`
  mutation UpdateResource($id: ID!, $version: Int!, $input: ResourceInput!) {
    updateResource(id: $id, version: $version, input: $input) {
      id
      ...ResourcePage_resource
    }
  }
`);

type EditableResource = NonNullable<ResourceEditorData['resource']>;

function ResourceEditor({ resource, onReload }: { resource: EditableResource; onReload: () => Promise<EditableResource | null> }) {
  const { t } = useTranslation();
  const { formatDateTime } = useLocalized();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = useLocalizedForm<ResourceFormValues>();
  // The version the typed text is based on: the loaded one, then the latest one the person chose to load.
  const [baseVersion, setBaseVersion] = useState(resource.version);
  const [conflict, setConflict] = useState(false);
  const [latest, setLatest] = useState<EditableResource | null>(null);
  const [reloading, setReloading] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [update, { loading }] = useMutation(UpdateResourceMutation);

  const onFinish = async (values: ResourceFormValues) => {
    setFailure(null);
    try {
      await update({ variables: { id: resource.id, version: baseVersion, input: toResourceInput(values) } });
      void message.success(t('resourceForm.saved'));
      await navigate(`/resources/${resource.id}`);
    } catch (error) {
      const problem = readProblem(error);
      if (problem.code === 'CONFLICT') {
        setConflict(true);
        setLatest(null);
        return;
      }
      if (!applyProblemToForm(form, problem, t, RESOURCE_FORM_FIELDS)) setFailure(describeProblem(problem, t));
    }
  };

  const reload = async () => {
    setReloading(true);
    try {
      const fresh = await onReload();
      if (!fresh) return;
      // The form keeps what was typed; only the version it will be saved against moves on.
      setBaseVersion(fresh.version);
      setLatest(fresh);
      setConflict(false);
    } catch (error) {
      setFailure(errorMessage(error, t));
    } finally {
      setReloading(false);
    }
  };

  return (
    <Card>
      {failure && <Alert type="error" showIcon title={failure} role="alert" style={{ marginBottom: 16 }} />}
      {conflict && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          data-testid="resource-conflict"
          title={t('resourceForm.conflict.title')}
          description={t('resourceForm.conflict.help', { version: baseVersion })}
          action={
            <Button size="small" type="primary" loading={reloading} onClick={() => void reload()}>
              {t('resourceForm.conflict.reload')}
            </Button>
          }
          style={{ marginBottom: 16 }}
        />
      )}
      {latest && (
        <Alert
          type="info"
          showIcon
          title={t('resourceForm.conflict.latestTitle', { version: latest.version, time: formatDateTime(latest.updatedAt) })}
          description={t('resourceForm.conflict.keepHelp')}
          action={
            <Space direction="vertical">
              <Button
                size="small"
                onClick={() => {
                  form.setFieldsValue(resourceToFormValues(latest));
                  setLatest(null);
                }}
              >
                {t('resourceForm.conflict.useLatest')}
              </Button>
              <Button size="small" type="text" onClick={() => setLatest(null)}>
                {t('common.close')}
              </Button>
            </Space>
          }
          style={{ marginBottom: 16 }}
        />
      )}
      <ResourceForm
        form={form}
        initialValues={resourceToFormValues(resource)}
        areaLocked
        savedEmbargo={resource.embargoUntil}
        disabled={loading}
        onFinish={onFinish}
        footer={
          <Space wrap>
            <Button type="primary" htmlType="submit" loading={loading} disabled={conflict}>
              {t('common.save')}
            </Button>
            <LinkButton to={`/resources/${resource.id}`}>{t('common.cancel')}</LinkButton>
            <Typography.Text type="secondary">{t('resourceForm.version', { version: baseVersion })}</Typography.Text>
          </Space>
        }
      />
    </Card>
  );
}

/** `/resources/:id/edit` — the owner member's editors change what they offer (against the version they started from). */
export function ResourceEditPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(ResourceEditorQuery, { variables: { id } });
  // Once the editor is open it stays open (a reload showing the resource moved on must not drop typed text).
  const [openedFor, setOpenedFor] = useState<string | null>(null);
  const resource = data?.resource ?? null;
  const editable = resource?.viewerActions.includes('EDIT') ?? false;
  if (resource && editable && openedFor !== resource.id) setOpenedFor(resource.id);

  let body;
  if (!data && loading) body = <Skeleton active paragraph={{ rows: 10 }} />;
  else if (!resource) {
    body =
      data || readProblem(error).code === 'NOT_FOUND' ? (
        <Result status="404" title={t('piece.notFound')} />
      ) : (
        <LoadErrorAlert error={error} onRetry={() => void refetch()} />
      );
  } else if (!editable && openedFor !== resource.id) {
    body = <Result status="403" title={t('forbidden.title')} subTitle={t('resourceForm.notEditable')} />;
  } else {
    body = <ResourceEditor key={resource.id} resource={resource} onReload={async () => (await refetch()).data?.resource ?? null} />;
  }

  return (
    <div className="page">
      <LinkButton type="link" icon={<ArrowLeftOutlined aria-hidden />} to={`/resources/${id}`} style={{ paddingLeft: 0 }}>
        {t('piece.backToPiece')}
      </LinkButton>
      <div className="page-header">
        <Typography.Title level={1} style={{ fontSize: 24 }}>
          {t('resourceForm.editTitle')}
        </Typography.Title>
      </div>
      {body}
    </div>
  );
}
