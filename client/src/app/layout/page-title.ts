/** "<page> · <app>" from the page's main heading, or the app's name alone while there is none. */
export function pageTitle(heading: string | null | undefined, appName: string): string {
  const text = heading?.replace(/\s+/g, ' ').trim();
  return text ? `${text} · ${appName}` : appName;
}
