import { ArrowLeftOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Result, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { graphql } from '@/__generated__';
import type { TopicEditorQuery as TopicEditorData } from '@/__generated__/graphql';
import { applyProblemToForm, describeProblem, errorMessage, readProblem } from '@/app/errors';
import { LinkButton } from '@/app/layout/link-button';
import { TopicConflict, type LatestVersion } from '../components/topic-conflict';
import { TopicForm } from '../components/topic-form';
import { offeredTopicActions } from '../topic-actions';
import {
  TOPIC_FORM_FIELDS,
  changedFields,
  toTopicInput,
  topicToFormValues,
  windowFieldsOnForm,
  type TopicFormValues,
} from '../topic-form-values';
import { LoadErrorAlert } from '@/app/layout/load-error-alert';
import { useLocalizedForm } from '@/app/use-localized-form';

export const TopicEditorQuery = graphql(`
  query TopicEditor($id: ID!) {
    topic(id: $id) {
      id
      version
      state
      viewerActions
      updatedAt
      title
      brief
      themes
      provinces {
        code
      }
      cities
      windowStart
      windowEnd
      targetChannels
    }
  }
`);

export const UpdateTopicMutation = graphql(`
  mutation UpdateTopic($id: ID!, $version: Int!, $input: TopicInput!) {
    updateTopic(id: $id, version: $version, input: $input) {
      id
      version
      updatedAt
      title
      brief
      themes
      provinces {
        code
        nameZh
        nameEn
      }
      cities
      windowStart
      windowEnd
      targetChannels
    }
  }
`);

type EditableTopic = TopicEditorData['topic'];

function TopicEditor({ topic, onReload }: { topic: EditableTopic; onReload: () => Promise<EditableTopic | null> }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = useLocalizedForm<TopicFormValues>();
  // The version the typed text is based on: the loaded one, then the latest one the person chose to load.
  const [baseVersion, setBaseVersion] = useState(topic.version);
  const [conflict, setConflict] = useState(false);
  const [reloading, setReloading] = useState(false);
  const [latest, setLatest] = useState<(LatestVersion & { topic: EditableTopic }) | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [updateTopic, { loading }] = useMutation(UpdateTopicMutation);

  const onFinish = async (values: TopicFormValues) => {
    setFailure(null);
    try {
      await updateTopic({ variables: { id: topic.id, version: baseVersion, input: toTopicInput(values) } });
      void message.success(t('topicForm.saved'));
      await navigate(`/topics/${topic.id}`);
    } catch (error) {
      const problem = windowFieldsOnForm(readProblem(error));
      if (problem.code === 'CONFLICT') {
        setConflict(true);
        setLatest(null);
        return;
      }
      if (!applyProblemToForm(form, problem, t, TOPIC_FORM_FIELDS)) setFailure(describeProblem(problem, t));
    }
  };

  const reload = async () => {
    setReloading(true);
    try {
      const fresh = await onReload();
      if (!fresh) return;
      // The form keeps what was typed; only the version it will be saved against moves on.
      setBaseVersion(fresh.version);
      setLatest({
        version: fresh.version,
        updatedAt: fresh.updatedAt,
        differences: changedFields(form.getFieldsValue(true), topicToFormValues(fresh)),
        topic: fresh,
      });
      setConflict(false);
    } catch (error) {
      setFailure(errorMessage(error, t));
    } finally {
      setReloading(false);
    }
  };

  const stillEditable = offeredTopicActions((latest?.topic ?? topic).state, (latest?.topic ?? topic).viewerActions).includes('EDIT');

  return (
    <Card>
      {failure && <Alert type="error" showIcon title={failure} role="alert" style={{ marginBottom: 16 }} />}
      {(conflict || latest) && (
        <TopicConflict
          staleVersion={baseVersion}
          reloading={reloading}
          latest={latest}
          onReload={() => void reload()}
          onUseLatest={() => {
            if (latest) form.setFieldsValue(topicToFormValues(latest.topic));
            setLatest(null);
          }}
          onDismiss={() => setLatest(null)}
        />
      )}
      {!stillEditable && (
        <Alert type="warning" showIcon title={t('topicForm.noLongerEditable')} style={{ marginBottom: 16 }} />
      )}
      <TopicForm
        form={form}
        initialValues={topicToFormValues(topic)}
        disabled={loading}
        onFinish={onFinish}
        footer={
          <Space wrap>
            <Button type="primary" htmlType="submit" loading={loading} disabled={conflict || !stillEditable}>
              {t('common.save')}
            </Button>
            <LinkButton to={`/topics/${topic.id}`}>{t('common.cancel')}</LinkButton>
            <Typography.Text type="secondary">{t('topicForm.version', { version: baseVersion })}</Typography.Text>
          </Space>
        }
      />
    </Card>
  );
}

/** `/topics/:id/edit` — the proposer's editors change a draft or proposed topic. */
export function TopicEditPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(TopicEditorQuery, { variables: { id } });
  // Once the editor is open it stays open (a reload showing the topic moved on must not drop typed text).
  const [openedFor, setOpenedFor] = useState<string | null>(null);
  const editable = data ? offeredTopicActions(data.topic.state, data.topic.viewerActions).includes('EDIT') : false;
  if (data && editable && openedFor !== data.topic.id) setOpenedFor(data.topic.id);

  let body;
  if (!data && loading) body = <Skeleton active paragraph={{ rows: 10 }} />;
  else if (!data) {
    body =
      readProblem(error).code === 'NOT_FOUND' ? (
        <Result status="404" title={t('topicPage.notFound')} />
      ) : (
        <LoadErrorAlert error={error} onRetry={() => void refetch()} />
      );
  } else if (!editable && openedFor !== data.topic.id) {
    body = <Result status="403" title={t('forbidden.title')} subTitle={t('topicForm.noLongerEditable')} />;
  } else {
    body = (
      <TopicEditor
        key={data.topic.id}
        topic={data.topic}
        onReload={async () => (await refetch()).data?.topic ?? null}
      />
    );
  }

  return (
    <div className="page">
      <LinkButton type="link" icon={<ArrowLeftOutlined aria-hidden />} to={`/topics/${id}`} style={{ paddingLeft: 0 }}>
        {t('topicPage.backToTopic')}
      </LinkButton>
      <div className="page-header">
        <Typography.Title level={1} style={{ fontSize: 24 }}>
          {t('topicForm.editTitle')}
        </Typography.Title>
      </div>
      {body}
    </div>
  );
}
