import { App } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';

/**
 * Asks before leaving a page with unsaved work: another page of the app asks with a confirmation, closing or
 * reloading the tab with the browser's own prompt. `hasUnsavedWork` is read at the moment of leaving, so a page can
 * navigate away right after saving.
 */
export function useLeaveGuard(hasUnsavedWork: () => boolean): void {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const blocker = useBlocker(({ currentLocation, nextLocation }) => currentLocation.pathname !== nextLocation.pathname && hasUnsavedWork());
  const { state, proceed, reset } = blocker;

  useEffect(() => {
    if (state !== 'blocked') return;
    const confirm = modal.confirm({
      title: t('leaveGuard.title'),
      content: t('leaveGuard.body'),
      okText: t('leaveGuard.leave'),
      okButtonProps: { danger: true },
      cancelText: t('leaveGuard.stay'),
      onOk: () => proceed?.(),
      onCancel: () => reset?.(),
    });
    return () => confirm.destroy();
  }, [state, proceed, reset, modal, t]);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (hasUnsavedWork()) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [hasUnsavedWork]);
}
