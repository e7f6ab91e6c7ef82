import type { zhCNRiverMap } from './zh-CN-river-map';

/** The river map in English (same keys as zh-CN-river-map.ts). */

export const enRiverMap: typeof zhCNRiverMap = {
  riverMap: {
    title: 'The Yangtze River Map',
    aria: 'The Yangtze River Map: {{count}} member units along the Yangtze from Yunnan to Shanghai; a larger dot means a higher participation index, the colour shows the participation status. The same data is in “Show as list” below the map.',
    loading: 'Unrolling the Yangtze River Map…',
    loadFailed: 'The map data of the Yangtze could not be loaded.',
    empty: 'No member units to place on the map yet.',
    cartouche: 'Yunnan to Shanghai · {{count}} members',
    scale: '{{km}} km',
    legend: {
      label: 'Legend',
      size: 'Dot size: participation index',
      colour: 'Colour: status',
      low: 'low',
      high: 'high',
      river: 'Yangtze main stream',
      tributary: 'Tributaries',
    },
    status: {
      MET: 'Met',
      ON_TRACK: 'On track',
      AT_RISK: 'At risk',
      BEHIND: 'Behind',
    },
    tooltip: {
      rank: 'Rank {{rank}}',
      index: 'participation index',
      lastActivity: 'Last activity: {{time}} (Beijing time)',
      never: 'No activity yet',
      noCommitments: 'No commitments this period',
      open: 'Click the dot to open the scorecard',
      openTouch: 'Tap again to open the scorecard',
    },
    list: {
      show: 'Show as list',
      hide: 'Hide list',
      caption: 'Member participation by rank ({{count}} members)',
      rank: 'Rank',
      member: 'Member',
      city: 'City',
      index: 'Index',
      status: 'Status',
      commitments: 'Commitments met',
      commitmentsValue: '{{met}} of {{total}}',
      lastActivity: 'Last activity (Beijing time)',
      lastActivityShort: 'Last activity',
      never: 'none',
      open: 'Open the scorecard of {{name}}',
    },
    reaches: {
      upper: 'Upper reaches · Yunnan to Chongqing',
      lower: 'Middle and lower reaches · Hubei to Shanghai',
    },
    water: {
      jinsha: 'Jinsha',
      yangtze: 'Yangtze',
      sea: 'East China\nSea',
    },
  },
};
