import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, OrderedListOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Form, Input, InputNumber, Result, Select, Skeleton, Space, Tooltip, Typography } from 'antd';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { CHARTER_LIMITS, RESOURCE_AREAS } from '@yah/shared';
import { graphql, getFragmentData } from '@/__generated__';
import type { CharterVersion_FullFragment } from '@/__generated__/graphql';
import { useViewer } from '@/app/auth/viewer';
import { applyProblemToForm, describeProblem, errorMessage, readProblem } from '@/app/errors';
import { lengthRules, requiredRule } from '@/app/form-rules';
import { useLocalized } from '@/app/i18n/use-localized';
import { LinkButton } from '@/app/layout/link-button';
import { LoadErrorAlert } from '@/app/layout/load-error-alert';
import { useLeaveGuard } from '@/app/layout/use-leave-guard';
import { CharterPageQuery, CharterVersionFragment } from '../charter-fragments';
import {
  differingNumbers,
  duplicateNumbers,
  nextNumber,
  toArticleInputs,
  toDrafts,
  type ArticleDraft,
  type CharterEditorValues,
} from '../charter-editor-values';
import { formatAllianceDateTime } from '@/app/time/alliance-time';
import '../charter.css';
import { useLocalizedForm } from '@/app/use-localized-form';

export const PublishCharterMutation = graphql(`
  mutation PublishCharter($input: PublishCharterInput!) {
    publishCharter(input: $input) {
      ...CharterVersion_full
    }
  }
`);

const FIELDS = ['articles', 'changeNote'] as const;

type Full = CharterVersion_FullFragment;

/** The articles' numbers as one string (a value useWatch can compare), in the form's order. */
const articleNumbers = (values: CharterEditorValues) => (values.articles ?? []).map((article) => article?.number ?? '').join(',');

interface Reloaded {
  version: number;
  publishedAt: string;
  changeNote: string;
  differing: number[];
}

interface CharterEditorProps {
  base: Full | null;
  reload: () => Promise<Full | null>;
}

/** The articles (add, remove, move, number, title, area, body) and a change note, published on top of the version it started from. */
function CharterEditor({ base, reload }: CharterEditorProps) {
  const { t } = useTranslation();
  const { isEnglish } = useLocalized();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = useLocalizedForm<CharterEditorValues>();
  const [baseVersion, setBaseVersion] = useState<number | null>(base?.version ?? null);
  const [stale, setStale] = useState(false);
  const [reloading, setReloading] = useState(false);
  const [reloaded, setReloaded] = useState<Reloaded | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [publish, { loading }] = useMutation(PublishCharterMutation);
  // Only the numbers (for the cards' headings): watching whole articles would redraw every card on each keystroke.
  const numbers = (Form.useWatch(articleNumbers, form) ?? '').split(',');
  const published = useRef(false);
  useLeaveGuard(useCallback(() => !published.current && form.isFieldsTouched(), [form]));

  const publishDraft = async (values: CharterEditorValues) => {
    setFailure(null);
    try {
      const { data } = await publish({
        variables: { input: { baseVersion, changeNote: values.changeNote.trim(), articles: toArticleInputs(values.articles) } },
        refetchQueries: [CharterPageQuery],
        awaitRefetchQueries: true,
      });
      const version = data ? getFragmentData(CharterVersionFragment, data.publishCharter) : null;
      published.current = true;
      void message.success(t('charter.editor.published', { version: version?.version ?? '' }));
      void navigate('/charter');
    } catch (error) {
      const problem = readProblem(error);
      if (problem.reason === 'STALE_VERSION') {
        setReloaded(null);
        setStale(true);
        return;
      }
      if (!applyProblemToForm(form, problem, t, FIELDS)) setFailure(describeProblem(problem, t));
    }
  };

  const reloadLatest = async () => {
    setReloading(true);
    try {
      const latest = await reload();
      const drafts: ArticleDraft[] = form.getFieldValue('articles') ?? [];
      setBaseVersion(latest?.version ?? null);
      setStale(false);
      setReloaded(
        latest
          ? { version: latest.version, publishedAt: latest.publishedAt, changeNote: latest.changeNote, differing: differingNumbers(drafts, latest.articles) }
          : null,
      );
    } catch (error) {
      void message.error(`${t('charter.editor.reloadFailed')} ${errorMessage(error, t)}`);
    } finally {
      setReloading(false);
    }
  };

  const numberRules = [
    { required: true, message: t('form.requiredField') },
    {
      validator: async (_rule: unknown, value: unknown) => {
        if (value === null || value === undefined) return;
        const drafts: ArticleDraft[] = form.getFieldValue('articles') ?? [];
        if (typeof value === 'number' && duplicateNumbers(drafts).has(value)) throw new Error(t('charter.editor.numberTaken', { number: value }));
      },
    },
  ];

  return (
    <Form<CharterEditorValues>
      form={form}
      layout="vertical"
      initialValues={{ articles: toDrafts(base?.articles ?? []), changeNote: '' }}
      onFinish={(values) => void publishDraft(values)}
      onValuesChange={(changed: Partial<CharterEditorValues>) => {
        // A number changed: the other articles' "number taken" verdicts may change with it.
        if (changed.articles?.some((article) => article && 'number' in article)) {
          const count = (form.getFieldValue('articles') as ArticleDraft[] | undefined)?.length ?? 0;
          void form.validateFields(Array.from({ length: count }, (_, index) => ['articles', index, 'number'])).catch(() => undefined);
        }
      }}
      className="charter-editor"
      data-testid="charter-editor"
    >
      <Typography.Paragraph type="secondary">{baseVersion === null ? t('charter.editor.basedOnNone') : t('charter.editor.basedOn', { version: baseVersion })}</Typography.Paragraph>
      <Form.List
        name="articles"
        rules={[
          {
            validator: async (_rule, value: unknown) => {
              if (!Array.isArray(value) || value.length === 0) throw new Error(t('charter.editor.noArticles'));
              if (value.length > CHARTER_LIMITS.articles) throw new Error(t('charter.editor.tooManyArticles', { max: CHARTER_LIMITS.articles }));
            },
          },
        ]}
      >
        {(fields, { add, remove, move }, { errors }) => {
          const swap = (from: number, to: number) => {
            const a = form.getFieldValue(['articles', from, 'number']) as number | null;
            const b = form.getFieldValue(['articles', to, 'number']) as number | null;
            move(from, to);
            // The numbers stay in place: the article moved takes the number of the place it moved to.
            form.setFieldValue(['articles', to, 'number'], b);
            form.setFieldValue(['articles', from, 'number'], a);
          };
          const renumber = () => {
            fields.forEach((_field, index) => form.setFieldValue(['articles', index, 'number'], index + 1));
            void form.validateFields(fields.map((_field, index) => ['articles', index, 'number'])).catch(() => undefined);
          };
          return (
            <div className="stack" style={{ gap: 12 }}>
              <div className="charter-editor-toolbar">
                <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
                  {t('charter.articles')}
                </Typography.Title>
                <Tooltip title={t('charter.editor.renumberHelp')}>
                  <Button icon={<OrderedListOutlined aria-hidden />} onClick={renumber} disabled={fields.length === 0}>
                    {t('charter.editor.renumber')}
                  </Button>
                </Tooltip>
              </div>
              {fields.map((field, index) => {
                const number = Number(numbers[field.name]) || null;
                const label = number ? t('charter.articleNumber', { number }) : t('charter.editor.article');
                return (
                  <Card
                    key={field.key}
                    size="small"
                    className="charter-editor-article"
                    data-testid="charter-editor-article"
                    role="group"
                    aria-label={label}
                    title={label}
                    extra={
                      <Space size={4}>
                        <Button size="small" icon={<ArrowUpOutlined aria-hidden />} aria-label={t('charter.editor.moveUp')} title={t('charter.editor.moveUp')} disabled={index === 0} onClick={() => swap(index, index - 1)} />
                        <Button
                          size="small"
                          icon={<ArrowDownOutlined aria-hidden />}
                          aria-label={t('charter.editor.moveDown')}
                          title={t('charter.editor.moveDown')}
                          disabled={index === fields.length - 1}
                          onClick={() => swap(index, index + 1)}
                        />
                        <Button size="small" danger icon={<DeleteOutlined aria-hidden />} aria-label={t('charter.editor.remove')} title={t('charter.editor.remove')} onClick={() => remove(field.name)} />
                      </Space>
                    }
                  >
                    <div className="charter-editor-row">
                      <Form.Item name={[field.name, 'number']} label={t('charter.editor.number')} rules={numberRules} className="charter-editor-number">
                        <InputNumber min={1} max={999} precision={0} style={{ width: '100%' }} />
                      </Form.Item>
                      <Form.Item
                        name={[field.name, 'title']}
                        label={t('charter.editor.articleTitle')}
                        rules={[requiredRule(t), ...lengthRules(t, { max: CHARTER_LIMITS.articleTitle })]}
                        className="charter-editor-title"
                      >
                        <Input maxLength={CHARTER_LIMITS.articleTitle} />
                      </Form.Item>
                      <Form.Item name={[field.name, 'area']} label={t('charter.editor.area')} className="charter-editor-area">
                        <Select
                          allowClear
                          placeholder={t('charter.editor.areaNone')}
                          options={RESOURCE_AREAS.map((area) => ({ value: area, label: t(`enums.resourceArea.${area}`) }))}
                        />
                      </Form.Item>
                    </div>
                    <Form.Item
                      name={[field.name, 'body']}
                      label={t('charter.editor.body')}
                      rules={[requiredRule(t), ...lengthRules(t, { max: CHARTER_LIMITS.articleBody })]}
                      style={{ marginBottom: 0 }}
                    >
                      <Input.TextArea autoSize={{ minRows: 3, maxRows: 16 }} maxLength={CHARTER_LIMITS.articleBody} showCount />
                    </Form.Item>
                  </Card>
                );
              })}
              <Form.ErrorList errors={errors} />
              <Button
                type="dashed"
                icon={<PlusOutlined aria-hidden />}
                disabled={fields.length >= CHARTER_LIMITS.articles}
                onClick={() => add({ number: nextNumber(form.getFieldValue('articles') ?? []), title: '', body: '', area: null } satisfies ArticleDraft)}
              >
                {t('charter.editor.add')}
              </Button>
            </div>
          );
        }}
      </Form.List>
      <Form.Item
        name="changeNote"
        label={t('charter.editor.changeNote')}
        extra={t('charter.editor.changeNoteHelp')}
        rules={[requiredRule(t), ...lengthRules(t, { max: CHARTER_LIMITS.changeNote })]}
        style={{ marginTop: 24 }}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={CHARTER_LIMITS.changeNote} showCount />
      </Form.Item>
      {/* Beside the publish button, where the eyes are when it refuses. */}
      {stale && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          data-testid="charter-stale"
          title={t('charter.editor.stale')}
          action={
            <Button type="primary" size="small" loading={reloading} onClick={() => void reloadLatest()}>
              {t('charter.editor.staleAction')}
            </Button>
          }
          style={{ marginBottom: 16 }}
        />
      )}
      {reloaded && (
        <Alert
          type="info"
          showIcon
          data-testid="charter-reloaded"
          title={t('charter.editor.reloaded', { version: reloaded.version, time: formatAllianceDateTime(reloaded.publishedAt, isEnglish) })}
          description={
            <div className="stack" style={{ gap: 4 }}>
              <span>{t('charter.editor.reloadedNote', { version: reloaded.version, note: reloaded.changeNote })}</span>
              <span>
                {reloaded.differing.length > 0
                  ? t('charter.editor.reloadedDiffers', {
                      version: reloaded.version,
                      numbers: reloaded.differing.map((number) => t('charter.articleNumber', { number })).join(isEnglish ? ', ' : '、'),
                    })
                  : t('charter.editor.reloadedSame', { version: reloaded.version })}
              </span>
            </div>
          }
          action={
            <a href="/charter" target="_blank" rel="noopener noreferrer">
              {t('charter.editor.readLatest', { version: reloaded.version })}
            </a>
          }
          closable
          onClose={() => setReloaded(null)}
          style={{ marginBottom: 16 }}
        />
      )}
      {failure && <Alert type="error" showIcon role="alert" title={failure} style={{ marginBottom: 16 }} />}
      <Space wrap>
        <Button type="primary" htmlType="submit" loading={loading} disabled={stale}>
          {t('charter.editor.publish')}
        </Button>
        <LinkButton to="/charter">{t('charter.editor.cancel')}</LinkButton>
      </Space>
    </Form>
  );
}

/** `/charter/edit` — the secretariat revises the charter and publishes a new version. */
export function CharterEditPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const secretariat = viewer.role === 'SECRETARIAT';
  // Fresh from the server: the edit is published on top of exactly the version it started from.
  const { data, error, refetch } = useQuery(CharterPageQuery, { fetchPolicy: 'network-only', skip: !secretariat });

  if (!secretariat) {
    return (
      <div className="page">
        <Result status="403" title={t('forbidden.title')} subTitle={t('charter.editor.forbidden')} extra={<LinkButton to="/charter">{t('charter.title')}</LinkButton>} />
      </div>
    );
  }

  const base = data?.charter ? getFragmentData(CharterVersionFragment, data.charter) : null;
  const reload = async () => {
    const result = await refetch();
    return result.data?.charter ? getFragmentData(CharterVersionFragment, result.data.charter) : null;
  };

  return (
    <div className="page">
      <div className="page-header">
        <div>
          <Typography.Title level={1} style={{ fontSize: 24 }}>
            {base ? t('charter.editor.title') : t('charter.editor.titleFirst')}
          </Typography.Title>
          <div className="page-header-sub">{t('charter.editor.intro')}</div>
        </div>
      </div>
      {!data ? (
        error ? <LoadErrorAlert error={error} onRetry={() => void refetch()} /> : <Skeleton active paragraph={{ rows: 10 }} />
      ) : (
        <CharterEditor base={base} reload={reload} />
      )}
    </div>
  );
}
