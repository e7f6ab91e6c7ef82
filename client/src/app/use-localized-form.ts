import { Form, type FormInstance } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * `Form.useForm`, whose shown problems follow the language: antd keeps a problem's text from when the field was
 * checked, so after switching the language the fields that show one are checked again, in the new language.
 */
export function useLocalizedForm<Values = unknown>(): [FormInstance<Values>] {
  const [form] = Form.useForm<Values>();
  const { i18n } = useTranslation();
  const language = i18n.language;
  const previous = useRef(language);
  useEffect(() => {
    if (previous.current === language) return;
    previous.current = language;
    const showing = form
      .getFieldsError()
      .filter((field) => field.errors.length > 0)
      .map((field) => field.name);
    if (showing.length > 0) void form.validateFields(showing).catch(() => undefined);
  }, [language, form]);
  return [form];
}
