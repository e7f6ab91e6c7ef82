/**
 * Whether the next signed-in page should take the keyboard focus although it is the shell's first: true right after
 * signing in (the sign-in form is gone, focus would fall back to the document). Kept apart from the layout, so the
 * sign-in screen can set it without loading the shell.
 */
let focusNextPage = false;

export function focusMainAfterSignIn(): void {
  focusNextPage = true;
}

export function takeFocusAfterSignIn(): boolean {
  const wanted = focusNextPage;
  focusNextPage = false;
  return wanted;
}
