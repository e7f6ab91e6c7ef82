import enUS from 'antd/locale/en_US';
import { en } from './en';

/** Everything English, in one chunk loaded on the first switch to English (Chinese is the default and loads with the app). */
export const englishBundle = { messages: en, antdLocale: enUS };
