import { ArrowLeftOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Checkbox, Form, Input, InputNumber, Radio, Result, Select, Skeleton, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import {
  ASSIGNMENT_FORMATS,
  BULK_ASSIGNMENT_LIMITS,
  COVERAGE_LIMITS,
  expandTemplate,
  PLACE_LIMITS,
  placePointProblem,
  type AssignmentFormat,
  type TemplateGrouping,
  type TemplateRow,
} from '@yah/shared';
import { graphql } from '@/__generated__';
import { describeProblem, readProblem } from '@/app/errors';
import { useLocalized } from '@/app/i18n/use-localized';
import { LinkButton } from '@/app/layout/link-button';
import { LoadErrorAlert } from '@/app/layout/load-error-alert';
import { formatAllianceTime, formatCalendarDate } from '@/app/time/alliance-time';
import { useLocalizedForm } from '@/app/use-localized-form';
import { offeredTopicActions } from '@/modules/topics/topic-actions';
import '../places.css';

export const BulkAssignmentsQuery = graphql(`
  query BulkAssignments($eventId: ID!, $topicId: ID!) {
    event(id: $eventId) {
      id
      kind
      title
      place
      latitude
      longitude
      days {
        date
        stops {
          id
          day
          startsAt
          endsAt
          place
          latitude
          longitude
          activity
        }
      }
    }
    topic(id: $topicId) {
      id
      title
      state
      viewerActions
    }
  }
`);

export const CreateAssignmentsMutation = graphql(`
  mutation CreateAssignments($input: AssignmentsInput!) {
    createAssignments(input: $input) {
      id
      ...AssignmentBoard_assignment
    }
  }
`);

interface TemplateValues {
  grouping: TemplateGrouping;
  titlePattern: string;
  format: AssignmentFormat;
  slots: number;
  dueOffsetHours: number;
}

interface RowEdit {
  included: boolean;
  title: string;
}

const titleLength = (title: string) => Array.from(title.trim()).length;

/**
 * `/events/:id/assignments/:topicId` — assignments for a trip's linked topic made in one go from its itinerary: a
 * template (one per stop or per day, a title pattern, format, slots, due hours after the stop), a preview whose rows
 * can be edited or unticked, and one createAssignments call that makes all of them or none.
 */
export function BulkAssignmentsPage() {
  const { id: eventId = '', topicId = '' } = useParams();
  const { t } = useTranslation();
  const { isEnglish } = useLocalized();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(BulkAssignmentsQuery, { variables: { eventId, topicId } });
  const [form] = useLocalizedForm<TemplateValues>();
  const initial: TemplateValues = { grouping: 'PER_STOP', titlePattern: t('bulkAssignments.defaultPattern'), format: 'TEXT', slots: 2, dueOffsetHours: 6 };
  const template = Form.useWatch([], form) as TemplateValues | undefined;
  // The rows' own edits belong to the titles one grouping and pattern proposed: another template starts them again.
  const [rowEdits, setRowEdits] = useState<{ template: string; rows: Record<string, RowEdit> }>({ template: '', rows: {} });
  const [failure, setFailure] = useState<string | null>(null);
  const [rowProblems, setRowProblems] = useState<Record<number, string>>({});
  const [now] = useState(() => Date.now());
  const [create, { loading: creating }] = useMutation(CreateAssignmentsMutation);

  const event = data?.event;
  const stops = useMemo(() => event?.days.flatMap((day) => day.stops) ?? [], [event]);
  const eventPoint = event && event.latitude != null && event.longitude != null ? { latitude: event.latitude, longitude: event.longitude } : null;
  const grouping = template?.grouping ?? initial.grouping;
  const titlePattern = template?.titlePattern ?? initial.titlePattern;
  const dueOffsetHours = template?.dueOffsetHours ?? initial.dueOffsetHours;

  const rows: TemplateRow[] = useMemo(
    () =>
      expandTemplate(
        stops,
        { grouping, titlePattern: titlePattern ?? '', dueOffsetHours: typeof dueOffsetHours === 'number' ? dueOffsetHours : 0 },
        COVERAGE_LIMITS.assignmentTitle.max,
        (day) => formatCalendarDate(day, isEnglish),
      ),
    [stops, grouping, titlePattern, dueOffsetHours, isEnglish],
  );

  const templateKey = `${grouping}|${titlePattern}`;
  const edits = rowEdits.template === templateKey ? rowEdits.rows : {};

  if (!data && loading) {
    return (
      <div className="page">
        <Skeleton active paragraph={{ rows: 8 }} />
      </div>
    );
  }
  if (!data || !event) {
    return (
      <div className="page">
        <LoadErrorAlert error={error} onRetry={() => void refetch()} />
      </div>
    );
  }
  const topic = data.topic;
  const back = (
    <LinkButton type="link" icon={<ArrowLeftOutlined aria-hidden />} to={`/events/${event.id}`} style={{ paddingLeft: 0 }}>
      {t('bulkAssignments.back')}
    </LinkButton>
  );
  if (!offeredTopicActions(topic.state, topic.viewerActions).includes('ADD_ASSIGNMENT')) {
    return (
      <div className="page">
        {back}
        <Result status="403" title={t('bulkAssignments.title')} subTitle={t('bulkAssignments.notAllowed')} />
      </div>
    );
  }

  const colon = isEnglish ? ': ' : '：';
  const prepared = rows.map((row, index) => {
    const point = row.point ?? eventPoint;
    const edit = edits[row.key];
    const title = edit?.title ?? row.title;
    const problems: string[] = [];
    if (!point || placePointProblem(point)) problems.push(t('bulkAssignments.noPoint'));
    if (row.dueAt.getTime() <= now) problems.push(t('assignments.dueInPast'));
    if (titleLength(title) < COVERAGE_LIMITS.assignmentTitle.min || titleLength(title) > COVERAGE_LIMITS.assignmentTitle.max) {
      problems.push(titleLength(title) < COVERAGE_LIMITS.assignmentTitle.min ? t('form.tooShort', COVERAGE_LIMITS.assignmentTitle) : t('form.tooLong', COVERAGE_LIMITS.assignmentTitle));
    }
    if (rowProblems[index]) problems.push(rowProblems[index]);
    const creatable = Boolean(point) && row.dueAt.getTime() > now;
    return { row, index, point, title, problems, creatable, included: creatable && (edit?.included ?? true) };
  });
  const chosen = prepared.filter((row) => row.included);
  const tooMany = chosen.length > BULK_ASSIGNMENT_LIMITS.rows.max;
  const blocked = chosen.some((row) => row.problems.length > 0);

  const setEdit = (key: string, change: Partial<RowEdit>, row: TemplateRow) =>
    setRowEdits((current) => {
      const rows = current.template === templateKey ? current.rows : {};
      return { template: templateKey, rows: { ...rows, [key]: { included: rows[key]?.included ?? true, title: rows[key]?.title ?? row.title, ...change } } };
    });

  const submit = async () => {
    const values = await form.validateFields();
    setFailure(null);
    setRowProblems({});
    if (chosen.length === 0 || tooMany || blocked) return;
    try {
      const result = await create({
        // The topic's board reads its assignments afresh when it opens next.
        update: (cache) => {
          cache.evict({ id: cache.identify({ __typename: 'Topic', id: topic.id }), fieldName: 'assignments' });
          cache.evict({ id: cache.identify({ __typename: 'Topic', id: topic.id }), fieldName: 'progress' });
        },
        variables: {
          input: {
            topicId: topic.id,
            assignments: chosen.map(({ row, point, title }) => ({
              title: title.trim(),
              brief: '',
              format: values.format,
              slots: values.slots,
              dueAt: row.dueAt.toISOString(),
              locationMemberId: null,
              place: { name: Array.from(row.place).slice(0, PLACE_LIMITS.name.max).join(''), latitude: point!.latitude, longitude: point!.longitude },
            })),
          },
        },
      });
      void message.success(t('bulkAssignments.created', { count: result.data?.createAssignments.length ?? chosen.length }));
      void navigate(`/topics/${topic.id}`);
    } catch (caught) {
      const problem = readProblem(caught);
      // Row problems name the row the server refused (`assignments.<index>.<field>` among the rows sent).
      const byRow: Record<number, string> = {};
      for (const field of problem.fields) {
        const [head, sent] = field.path;
        if (head === 'assignments' && typeof sent === 'number' && chosen[sent]) byRow[chosen[sent].index] = describeProblem(problem, t);
      }
      setRowProblems(byRow);
      setFailure(describeProblem(problem, t));
    }
  };

  return (
    <div className="page stack">
      <div>
        {back}
        <Typography.Title level={1} style={{ margin: 0, fontSize: 24 }}>
          {t('bulkAssignments.title')}
        </Typography.Title>
        <div className="page-header-sub">{t('bulkAssignments.subtitle', { event: event.title, topic: topic.title })}</div>
      </div>
      {stops.length === 0 ? (
        <Result status="info" title={t('bulkAssignments.noStops')} />
      ) : (
        <>
          <Card size="small" title={t('bulkAssignments.template')}>
            <Form<TemplateValues> form={form} layout="vertical" initialValues={initial} requiredMark={false} disabled={creating}>
              <Form.Item name="grouping" label={t('bulkAssignments.grouping')}>
                <Radio.Group options={(['PER_STOP', 'PER_DAY'] as const).map((value) => ({ value, label: t(`bulkAssignments.groupings.${value}`) }))} />
              </Form.Item>
              <Form.Item
                name="titlePattern"
                label={t('bulkAssignments.titlePattern')}
                extra={t('bulkAssignments.titlePatternHelp')}
                rules={[{ required: true, whitespace: true, message: t('form.required') }]}
              >
                <Input maxLength={200} />
              </Form.Item>
              <div className="bulk-template">
                <Form.Item name="format" label={t('bulkAssignments.format')}>
                  <Select
                    aria-label={t('bulkAssignments.format')}
                    options={ASSIGNMENT_FORMATS.map((format) => ({ value: format, label: t(`enums.assignmentFormat.${format}`) }))}
                  />
                </Form.Item>
                <Form.Item
                  name="slots"
                  label={t('bulkAssignments.slots')}
                  rules={[{ required: true, type: 'integer', min: COVERAGE_LIMITS.slots.min, max: COVERAGE_LIMITS.slots.max, message: t('form.numberRange', COVERAGE_LIMITS.slots) }]}
                >
                  <InputNumber min={COVERAGE_LIMITS.slots.min} max={COVERAGE_LIMITS.slots.max} precision={0} style={{ width: '100%' }} />
                </Form.Item>
                <Form.Item
                  name="dueOffsetHours"
                  label={t('bulkAssignments.dueOffset')}
                  extra={t('bulkAssignments.dueOffsetHelp')}
                  rules={[{ required: true, type: 'integer', ...BULK_ASSIGNMENT_LIMITS.dueOffsetHours, message: t('form.numberRange', BULK_ASSIGNMENT_LIMITS.dueOffsetHours) }]}
                >
                  <InputNumber min={BULK_ASSIGNMENT_LIMITS.dueOffsetHours.min} max={BULK_ASSIGNMENT_LIMITS.dueOffsetHours.max} precision={0} style={{ width: '100%' }} />
                </Form.Item>
              </div>
            </Form>
          </Card>
          <section aria-labelledby="bulk-preview-title" className="stack">
            <div>
              <Typography.Title level={3} id="bulk-preview-title" style={{ margin: 0 }}>
                {t('bulkAssignments.preview', { selected: chosen.length, total: prepared.length })}
              </Typography.Title>
              <div className="page-header-sub">{t('bulkAssignments.previewHelp')}</div>
            </div>
            {failure && <Alert type="error" showIcon title={failure} role="alert" />}
            <ol className="bulk-rows plain-list" data-testid="bulk-rows">
              {prepared.map(({ row, index, point, title, problems, creatable, included }) => (
                <li key={row.key} className="bulk-row" data-included={included} data-testid="bulk-row">
                  <Checkbox
                    checked={included}
                    disabled={!creatable || creating}
                    onChange={(change) => setEdit(row.key, { included: change.target.checked }, row)}
                    aria-label={t('bulkAssignments.include', { n: index + 1 })}
                  />
                  <div className="bulk-row-body">
                    <Input
                      value={title}
                      maxLength={COVERAGE_LIMITS.assignmentTitle.max}
                      disabled={!included || creating}
                      aria-label={`${t('bulkAssignments.columns.title')} ${index + 1}`}
                      status={included && problems.length > 0 ? 'error' : undefined}
                      onChange={(change) => setEdit(row.key, { title: change.target.value }, row)}
                    />
                    <div className="bulk-row-meta">
                      <span>
                        {t('bulkAssignments.columns.place')}
                        {colon}
                        {row.place}
                      </span>
                      <span>
                        {t('bulkAssignments.columns.dueAt')}
                        {colon}
                        {formatAllianceTime(row.dueAt.toISOString(), isEnglish)}
                      </span>
                    </div>
                    {!row.point && point && <div className="bulk-row-meta">{t('bulkAssignments.noCoordinates', { place: event.place })}</div>}
                    {included && problems.length > 0 && (
                      <div className="bulk-row-problem" role="alert">
                        {problems.join(' · ')}
                      </div>
                    )}
                    {!creatable && problems.length > 0 && <div className="bulk-row-problem">{problems.join(' · ')}</div>}
                  </div>
                </li>
              ))}
            </ol>
            <div className="bulk-actions">
              {chosen.length === 0 && <span className="bulk-row-problem">{t('bulkAssignments.none')}</span>}
              {tooMany && <span className="bulk-row-problem">{t('bulkAssignments.tooMany', { max: BULK_ASSIGNMENT_LIMITS.rows.max })}</span>}
              <Button type="primary" loading={creating} disabled={chosen.length === 0 || tooMany || blocked} onClick={() => void submit()} data-testid="bulk-create">
                {t('bulkAssignments.create', { count: chosen.length })}
              </Button>
            </div>
          </section>
        </>
      )}
    </div>
  );
}
