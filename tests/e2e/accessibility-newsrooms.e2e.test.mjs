// The accessibility check on the pages of a newsroom's editor, chief editor and reporter (see support/every-page.mjs).
import { describeEveryPage } from '../support/every-page.mjs';

describeEveryPage('newsrooms');
