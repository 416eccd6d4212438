import ICAL from 'ical.js';

// X-WR-CALNAME (the name calendar apps show for a subscription) is text to Apple, Google and Outlook; ical.js
// leaves unknown X- properties unescaped unless told their type.
(ICAL.design.icalendar.property as Record<string, { defaultType: string }>)['x-wr-calname'] = { defaultType: 'text' };

export interface ParsedEvent {
  uid: string;
  date: string;
  summary: string;
  description: string;
  categories: string[];
}

/** Reads an iCalendar file with ical.js (Mozilla's parser, used by Thunderbird): its events, as plain data. */
export function parseCalendar(text: string): { name: string; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      date: event.startDate.toString(),
      summary: event.summary,
      description: event.description,
      categories: component.getAllProperties('categories').flatMap((p) => p.getValues() as string[]),
    };
  });
  return { name: String(calendar.getFirstPropertyValue('x-wr-calname')), events };
}
