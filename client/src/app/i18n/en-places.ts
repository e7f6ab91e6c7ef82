import type { zhCNPlaceErrorReasons, zhCNPlaces } from './zh-CN-places';

/** Assignment places and bulk creation in English: typed against the Chinese, so a missing or extra key fails the build. */
export const enPlaces: typeof zhCNPlaces = {
  places: {
    where: 'Where',
    kinds: { MEMBER: "A member's city", PLACE: 'Another place (a lake, a county, a site)' },
    memberHelp: 'The work happens in this member’s city; reporters see their distance from it.',
    searchPlaceholder: 'A name or pinyin, e.g. Dongting Lake, Three Gorges Dam, jianli',
    searchHelp: 'Picking a well-known place along the belt fills in its name and coordinates; for any other place type both yourself.',
    noMatch: 'No well-known place matches: type the name and coordinates',
    name: 'Place name',
    latitude: 'Latitude (north)',
    longitude: 'Longitude (east)',
    coordinatesHelp: 'Decimal degrees, e.g. Dongting Lake is 29.3167, 112.95. A long press on the place in a map app copies them.',
    outsideBelt: 'These coordinates are outside the Yangtze River Economic Belt ({{latMin}}–{{latMax}}° N, {{lonMin}}–{{lonMax}}° E)',
    near: '{{place}} · near {{city}}',
  },
  bulkAssignments: {
    open: 'Create assignments from the itinerary',
    title: 'Create assignments from the itinerary',
    subtitle: '{{event}} → topic “{{topic}}”',
    back: 'Back to the event',
    template: 'Template',
    grouping: 'One assignment for',
    groupings: { PER_STOP: 'each stop', PER_DAY: 'each day' },
    titlePattern: 'Title pattern',
    titlePatternHelp: 'Placeholders: {place}, {activity}, {day} and {n} (the row number)',
    defaultPattern: '{day} {place}: {activity}',
    format: 'Format',
    slots: 'Slots each',
    dueOffset: 'Due: hours after the stop ends',
    dueOffsetHelp: 'In Beijing time; per day, from the end of the day’s last stop.',
    preview: 'Preview ({{selected}} of {{total}} will be created)',
    previewHelp: 'Edit titles and untick rows you do not need; places come from the itinerary.',
    include: 'Create row {{n}}',
    columns: { title: 'Title', place: 'Place', dueAt: 'Due (Beijing time)' },
    noCoordinates: 'This stop has no coordinates: the event’s place ({{place}}) is used',
    noPoint: 'Neither this stop nor the event has coordinates: untick it or add them to the itinerary first',
    create: 'Create {{count}} assignments',
    created: '{{count}} assignments created',
    none: 'Tick at least one row',
    tooMany: 'At most {{max}} at once',
    noStops: 'This event has no itinerary yet, so there is nothing to create from.',
    notAllowed: 'Only editors of the proposing or co-sponsoring members add assignments, to approved or running topics.',
  },
};

export const enPlaceErrorReasons: typeof zhCNPlaceErrorReasons = {
  PLACE_TOO_FAR: 'This place is too far from every member city (over 400 km): check the coordinates.',
};
