/**
 * The sign-in page's code. Fetched by its route, and as soon as the app starts asking who is here (`me`): a visitor
 * who is signed out then gets the page without waiting for that answer first (one round trip less on the first screen).
 */
export const loadSignInPage = () => import('@/modules/auth/pages/sign-in.page');
