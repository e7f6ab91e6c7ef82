import { act, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { focusMainAfterSignIn } from './main-focus';
import { usePageHeading } from './use-page-heading';

function Shell({ appName = '长江融媒联盟' }: { appName?: string }) {
  const [path, setPath] = useState('/topics');
  usePageHeading(path, appName);
  return (
    <>
      <button type="button" onClick={() => setPath('/members')}>
        go
      </button>
      <main id="main" tabIndex={-1}>
        {path === '/topics' ? <h1>联合选题</h1> : <SlowPage />}
      </main>
    </>
  );
}

/** A page whose heading arrives after its data. */
function SlowPage() {
  const [ready, setReady] = useState(false);
  return ready ? <h1>成员名录</h1> : <button type="button" onClick={() => setReady(true)}>load</button>;
}

afterEach(() => {
  document.title = '';
});

describe('usePageHeading', () => {
  it('titles the document by the page heading, and keeps the focus where it is on a first load', () => {
    render(<Shell />);
    expect(document.title).toBe('联合选题 · 长江融媒联盟');
    expect(document.activeElement).toBe(document.body);
  });

  it('moves the focus to the new page heading once it shows, and retitles the document', async () => {
    render(<Shell />);
    const go = screen.getByRole('button', { name: 'go' });
    go.focus();
    act(() => go.click());
    expect(document.title).toBe('长江融媒联盟');
    act(() => screen.getByRole('button', { name: 'load' }).click());
    await waitFor(() => expect(document.title).toBe('成员名录 · 长江融媒联盟'));
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading).toHaveFocus();
    expect(heading).toHaveAttribute('tabindex', '-1');
  });

  it('holds the focus on the main landmark while a slow page loads, then gives it to the heading', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      render(<Shell />);
      const go = screen.getByRole('button', { name: 'go' });
      go.focus();
      act(() => go.click());
      act(() => vi.advanceTimersByTime(4000));
      expect(document.getElementById('main')).toHaveFocus();
    } finally {
      vi.useRealTimers();
    }
    act(() => screen.getByRole('button', { name: 'load' }).click());
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveFocus());
  });

  it('focuses the first page after signing in', () => {
    focusMainAfterSignIn();
    render(<Shell appName="Yangtze Alliance" />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
    expect(document.title).toBe('联合选题 · Yangtze Alliance');
  });
});
