// The accessibility check on the secretariat's pages and the signed-out ones (see support/every-page.mjs).
import { describeEveryPage } from '../support/every-page.mjs';

describeEveryPage('secretariat');
