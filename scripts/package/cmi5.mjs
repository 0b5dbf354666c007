// cmi5.xml, the cmi5 course structure: one course, one AU per activity. A scored AU moves
// on when completed and passed, with its masteryScore (0-1) that the LMS passes in
// LMS.LaunchData; the chooser, which has no score, moves on when completed. Every AU `url`
// is a file in the package, relative to cmi5.xml.

import { escapeXml as x } from './xml.mjs';

const lang = (text) => `<langstring lang="en-US">${x(text)}</langstring>`;

export function cmi5CourseStructure({ id, title, description, activities, idBase, mastery }) {
  const aus = activities
    .map((a) => {
      const rule = a.scored
        ? `moveOn="CompletedAndPassed" masteryScore="${mastery}"`
        : 'moveOn="Completed"';
      return `  <au id="${x(idBase + a.key)}" ${rule} launchMethod="AnyWindow">
    <title>${lang(a.title)}</title>
    <description>${lang(a.description)}</description>
    <url>${x(a.page)}</url>
  </au>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${x(idBase + id)}">
    <title>${lang(title)}</title>
    <description>${lang(description)}</description>
  </course>
${aus}
</courseStructure>
`;
}
