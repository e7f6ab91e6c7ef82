import { useEffect, useRef } from 'react';
import { takeFocusAfterSignIn } from './main-focus';
import { pageTitle } from './page-title';

/** How long a page may take to show its heading before the focus goes to the main landmark while it waits. */
const HEADING_WAIT_MS = 4000;

/**
 * A table wider than the screen scrolls sideways inside its own box: that box takes the keyboard focus (Tab, then the
 * arrow keys), or a keyboard user could never see its right-hand columns.
 */
function reachScrollingTables(main: HTMLElement): void {
  for (const box of main.querySelectorAll<HTMLElement>('.ant-table-content, .ant-table-body')) {
    const scrolls = box.scrollWidth > box.clientWidth + 1;
    if (scrolls && !box.hasAttribute('tabindex')) box.setAttribute('tabindex', '0');
    else if (!scrolls && box.getAttribute('tabindex') === '0') box.removeAttribute('tabindex');
  }
}

/**
 * The document title and the focus follow the page, read from its main heading (the `h1` inside `#main`), so every
 * page — a topic's or a member's included — is titled by what it shows, in the language it shows, with no list of titles
 * to keep beside the routes. On each new path (and right after signing in, not on a first load) the focus moves to the
 * heading once it shows, so a screen reader starts reading the new page there and Tab continues inside it; the skip
 * link still leads to `#main`. A person who has already moved the focus meanwhile keeps it.
 */
export function usePageHeading(pathname: string, appName: string): void {
  const firstPage = useRef(true);
  useEffect(() => {
    const main = document.getElementById('main');
    if (!main) return undefined;
    const moveFocus = !firstPage.current || takeFocusAfterSignIn();
    firstPage.current = false;
    let focusedBefore = document.activeElement;
    let settled = !moveFocus;
    const untouched = () => {
      const active = document.activeElement;
      return !active || active === document.body || active === focusedBefore || !active.isConnected || !main.contains(active);
    };
    const update = () => {
      const heading = main.querySelector('h1');
      const title = pageTitle(heading?.textContent, appName);
      if (document.title !== title) document.title = title;
      if (settled || !heading) return;
      settled = true;
      if (!untouched()) return;
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: true });
    };
    update();
    let frame = 0;
    const observer = new MutationObserver(() => {
      if (frame) return;
      frame = window.requestAnimationFrame(() => {
        frame = 0;
        update();
        reachScrollingTables(main);
      });
    });
    observer.observe(main, { childList: true, subtree: true, characterData: true });
    // A slow page: the main landmark holds the focus meanwhile, and hands it to the heading when that shows.
    const fallback = window.setTimeout(() => {
      if (settled || !untouched()) return;
      main.focus({ preventScroll: true });
      focusedBefore = main;
    }, HEADING_WAIT_MS);
    return () => {
      observer.disconnect();
      window.cancelAnimationFrame(frame);
      window.clearTimeout(fallback);
    };
  }, [pathname, appName]);
}
