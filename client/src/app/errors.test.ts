import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it, vi } from 'vitest';
import { applyProblemToForm, describeProblem, readProblem, toFieldPath } from './errors';
import { i18n } from './i18n/i18n';

const t = i18n.getFixedT('zh-CN');
const tEn = i18n.getFixedT('en');

function graphQLError(extensions: Record<string, unknown>, message = 'server says no') {
  return new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions }] });
}

describe('readProblem', () => {
  it('reads code, reason, retry time and fields from extensions', () => {
    const problem = readProblem(
      graphQLError({
        code: 'BAD_USER_INPUT',
        reason: 'VALIDATION',
        fields: [{ field: 'input.channels[1].url', message: 'must be a URL' }, { email: 'must be an email' }],
      }),
    );
    expect(problem).toMatchObject({ kind: 'graphql', code: 'BAD_USER_INPUT', reason: 'VALIDATION' });
    expect(problem.fields).toEqual([
      { path: ['channels', 1, 'url'], message: 'must be a URL' },
      { path: ['email'], message: 'must be an email' },
    ]);
  });

  it('ignores codes and reasons it does not know', () => {
    const problem = readProblem(graphQLError({ code: 'INTERNAL_SERVER_ERROR', reason: 'SOMETHING' }));
    expect(problem.code).toBeNull();
    expect(problem.reason).toBeNull();
    expect(describeProblem(problem, t)).toBe('出现意外错误，请稍后重试。');
  });

  it('finds GraphQL errors inside a non-2xx response', () => {
    const body = JSON.stringify({ errors: [{ message: 'no', extensions: { code: 'UNAUTHENTICATED' } }] });
    const error = new ServerError('Response not successful', {
      response: new Response(body, { status: 401 }),
      bodyText: body,
      result: undefined,
    } as unknown as ConstructorParameters<typeof ServerError>[1]);
    expect(readProblem(error).code).toBe('UNAUTHENTICATED');
  });

  it('calls a failed fetch a network problem', () => {
    expect(describeProblem(readProblem(new TypeError('Failed to fetch')), t)).toBe('无法连接服务器，请检查网络后重试。');
  });
});

describe('describeProblem', () => {
  it('prefers the reason, then the code', () => {
    expect(describeProblem(readProblem(graphQLError({ code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED' })), t)).toBe(
      '您无权授予这个角色。',
    );
    expect(describeProblem(readProblem(graphQLError({ code: 'NOT_FOUND' })), tEn)).toBe(
      'This item does not exist or was removed.',
    );
  });

  it('rounds the retry time up to whole minutes', () => {
    const problem = readProblem(graphQLError({ code: 'FORBIDDEN', reason: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 61 }));
    expect(describeProblem(problem, t)).toBe('尝试次数过多，请 2 分钟后再试。');
  });
});

describe('applyProblemToForm', () => {
  it('puts reasons and VALIDATION fields on the fields the form has', () => {
    const form = { setFields: vi.fn(), getFieldsValue: vi.fn() };
    const problem = readProblem(
      graphQLError({ code: 'BAD_USER_INPUT', reason: 'VALIDATION', fields: [{ slug: 'taken' }, { unknownField: 'x' }] }),
    );
    expect(applyProblemToForm(form, problem, tEn, ['slug', 'nameZh'])).toBe(true);
    expect(form.setFields).toHaveBeenCalledWith([{ name: ['slug'], errors: ['taken'] }]);
  });

  it('maps WRONG_CURRENT_PASSWORD onto the current password', () => {
    const form = { setFields: vi.fn(), getFieldsValue: vi.fn() };
    const problem = readProblem(
      graphQLError({
        code: 'BAD_USER_INPUT',
        reason: 'WRONG_CURRENT_PASSWORD',
        fields: { currentPassword: 'incorrect' },
      }),
    );
    expect(applyProblemToForm(form, problem, t, ['currentPassword', 'newPassword'])).toBe(true);
    expect(form.setFields).toHaveBeenCalledWith([{ name: ['currentPassword'], errors: ['当前密码不正确。'] }]);
  });

  it('reports false when nothing fits a field', () => {
    const form = { setFields: vi.fn(), getFieldsValue: vi.fn() };
    expect(applyProblemToForm(form, readProblem(graphQLError({ code: 'FORBIDDEN' })), t, ['email'])).toBe(false);
    expect(form.setFields).not.toHaveBeenCalled();
  });
});

describe('toFieldPath', () => {
  it('understands dotted and bracketed paths', () => {
    expect(toFieldPath('channels.0.name')).toEqual(['channels', 0, 'name']);
    expect(toFieldPath('input.email')).toEqual(['email']);
  });
});
