import type { zhCNLibraryEnums } from './zh-CN-library-enums';

/** The exchange's enums in English (spread into `en.enums`). */
export const enLibraryEnums: typeof zhCNLibraryEnums = {
  resourceArea: {
    PLATFORM: 'Platforms',
    CONTENT: 'Content',
    CHANNEL: 'Channels',
    TECH_SERVICE: 'Technical services',
    INDUSTRY: 'Industry',
  },
  resourceStatus: {
    ACTIVE: 'On offer',
    WITHDRAWN: 'Withdrawn',
  },
  resourceSource: {
    MANUAL: 'Entered by an editor',
    CLAIM: 'From an assignment',
    FEED: 'From the member’s feed',
  },
  capacityPeriod: {
    WEEK: 'Weekly',
    MONTH: 'Monthly',
    QUARTER: 'Quarterly',
    YEAR: 'Yearly',
  },
  embargoState: {
    NONE: 'No embargo',
    EMBARGOED: 'Embargoed',
    LIFTED: 'Embargo lifted',
  },
  mediaKind: {
    IMAGE: 'Image',
    VIDEO: 'Video',
    AUDIO: 'Audio',
    FILE: 'File',
  },
};
