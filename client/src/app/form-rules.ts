import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';
import { EMAIL_PATTERN, LIMITS, passwordProblem, textLength } from '@yah/shared';

/**
 * antd Form rules built from the shared limits, so the client asks what the server will enforce. A missing value is
 * named by the field's label (antd puts the Form.Item's string label, or its `messageVariables.label`, for `${label}`).
 */

export function requiredRule(t: TFunction): FormRule {
  return { required: true, whitespace: true, message: t('form.requiredField') };
}

export function selectRequiredRule(t: TFunction): FormRule {
  return { required: true, message: t('form.selectRequiredField') };
}

export function lengthRules(t: TFunction, limit: { min?: number; max: number }): FormRule[] {
  const rules: FormRule[] = [{ max: limit.max, message: t('form.tooLong', { max: limit.max }) }];
  if (limit.min !== undefined && limit.min > 1) {
    rules.unshift({ min: limit.min, message: t('form.tooShort', { min: limit.min }) });
  }
  return rules;
}

export function emailRules(t: TFunction): FormRule[] {
  return [
    requiredRule(t),
    { max: LIMITS.email.max, message: t('form.tooLong', { max: LIMITS.email.max }) },
    { pattern: EMAIL_PATTERN, message: t('form.emailInvalid') },
  ];
}

/** Password length measured in code points, as the shared `passwordProblem` does. */
export function passwordRules(t: TFunction): FormRule[] {
  return [
    { required: true, message: t('form.requiredField') },
    {
      validator: async (_rule, value: unknown) => {
        if (typeof value !== 'string' || value.length === 0) return;
        const problem = passwordProblem(value);
        if (problem === 'TOO_SHORT') throw new Error(t('form.tooShort', { min: LIMITS.password.min }));
        if (problem === 'TOO_LONG') throw new Error(t('form.tooLong', { max: LIMITS.password.max }));
      },
    },
  ];
}

/** `form.requiredField` for a plain form, which has no antd to put the field's label in it. */
const requiredFieldText = (t: TFunction, label: string) => t('form.requiredField').replace('${label}', label);

/** The same checks as `emailRules`, for a plain form: the first problem as text (a missing value named by `label`), or null. */
export function emailProblemText(t: TFunction, value: string, label: string): string | null {
  if (value.trim() === '') return requiredFieldText(t, label);
  if (value.length > LIMITS.email.max) return t('form.tooLong', { max: LIMITS.email.max });
  if (!EMAIL_PATTERN.test(value)) return t('form.emailInvalid');
  return null;
}

/** The same checks as `passwordRules`, for a plain form: the first problem as text (a missing value named by `label`), or null. */
export function passwordProblemText(t: TFunction, value: string, label: string): string | null {
  if (value.length === 0) return requiredFieldText(t, label);
  const problem = passwordProblem(value);
  if (problem === 'TOO_SHORT') return t('form.tooShort', { min: LIMITS.password.min });
  if (problem === 'TOO_LONG') return t('form.tooLong', { max: LIMITS.password.max });
  return null;
}

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

export function urlRule(t: TFunction): FormRule {
  return {
    validator: async (_rule, value: unknown) => {
      if (typeof value !== 'string' || value.trim() === '') return;
      if (!isHttpUrl(value.trim())) throw new Error(t('form.urlInvalid'));
      if (value.length > LIMITS.url.max) throw new Error(t('form.tooLong', { max: LIMITS.url.max }));
    },
  };
}

/** A list of free-text tags (themes, cities): at most `max` of them, each at most `each` characters. */
export function tagListRules(t: TFunction, limit: { max: number; each?: number }, required = false): FormRule[] {
  return [
    ...(required ? [{ required: true, type: 'array' as const, min: 1, message: t('form.selectRequiredField') }] : []),
    {
      validator: async (_rule, value: unknown) => {
        if (!Array.isArray(value)) return;
        if (value.length > limit.max) throw new Error(t('form.tooMany', { max: limit.max }));
        const each = limit.each;
        if (each !== undefined && value.some((item) => typeof item === 'string' && textLength(item.trim()) > each)) {
          throw new Error(t('form.tagTooLong', { max: each }));
        }
      },
    },
  ];
}

/** A whole number within limits (antd InputNumber gives numbers or null). */
export function integerRangeRules(t: TFunction, limit: { min: number; max: number }, required = true): FormRule[] {
  return [
    ...(required ? [{ required: true, message: t('form.requiredField') }] : []),
    {
      validator: async (_rule, value: unknown) => {
        if (value === null || value === undefined || value === '') return;
        if (typeof value !== 'number' || !Number.isInteger(value) || value < limit.min || value > limit.max) {
          throw new Error(t('form.numberRange', { min: limit.min, max: limit.max }));
        }
      },
    },
  ];
}
