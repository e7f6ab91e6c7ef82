import { ArrowLeftOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, Card, Result, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { graphql } from '@/__generated__';
import { useViewer } from '@/app/auth/viewer';
import { applyProblemToForm, describeProblem, readProblem } from '@/app/errors';
import { LinkButton } from '@/app/layout/link-button';
import { TopicForm } from '../components/topic-form';
import { TOPIC_FORM_FIELDS, toTopicInput, windowFieldsOnForm, type TopicFormValues } from '../topic-form-values';
import { useLocalizedForm } from '@/app/use-localized-form';

export const CreateTopicMutation = graphql(`
  mutation CreateTopic($input: TopicInput!) {
    createTopic(input: $input) {
      id
      title
      state
      version
    }
  }
`);

/** `/topics/new` — an editor drafts a joint topic for their member. */
export function TopicNewPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = useLocalizedForm<TopicFormValues>();
  const [failure, setFailure] = useState<string | null>(null);
  const [createTopic, { loading }] = useMutation(CreateTopicMutation, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'topics' });
      cache.gc();
    },
  });

  if (viewer.role !== 'EDITOR' && viewer.role !== 'CHIEF_EDITOR') {
    return (
      <div className="page">
        <Result status="403" title={t('forbidden.title')} subTitle={t('topicForm.onlyEditors')} />
      </div>
    );
  }

  const onFinish = async (values: TopicFormValues) => {
    setFailure(null);
    try {
      const { data } = await createTopic({ variables: { input: toTopicInput(values) } });
      if (!data) return;
      void message.success(t('topicForm.created'));
      await navigate(`/topics/${data.createTopic.id}`);
    } catch (error) {
      const problem = windowFieldsOnForm(readProblem(error));
      if (!applyProblemToForm(form, problem, t, TOPIC_FORM_FIELDS)) setFailure(describeProblem(problem, t));
    }
  };

  return (
    <div className="page">
      <LinkButton type="link" icon={<ArrowLeftOutlined aria-hidden />} to="/topics" style={{ paddingLeft: 0 }}>
        {t('topicPage.backToBoard')}
      </LinkButton>
      <div className="page-header">
        <div>
          <Typography.Title level={1} style={{ fontSize: 24 }}>
            {t('topicForm.newTitle')}
          </Typography.Title>
          <div className="page-header-sub">{t('topicForm.newHelp')}</div>
        </div>
      </div>
      <Card>
        {failure && <Alert type="error" showIcon title={failure} role="alert" style={{ marginBottom: 16 }} />}
        <TopicForm
          form={form}
          initialValues={{ themes: [], provinceCodes: [], cities: [], targetChannels: [] }}
          disabled={loading}
          onFinish={onFinish}
          footer={
            <Space wrap>
              <Button type="primary" htmlType="submit" loading={loading}>
                {t('topicForm.create')}
              </Button>
              <LinkButton to="/topics">{t('common.cancel')}</LinkButton>
            </Space>
          }
        />
      </Card>
    </div>
  );
}
