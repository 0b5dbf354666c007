// imsmanifest.xml for SCORM 1.2 (IMS CP 1.1.2 + ADL CP 1.2): one organization, one item and
// one `sco` resource per activity (note the lower-case `adlcp:scormtype`), each resource
// naming every file it ships. The launch carries `?lms=scorm12`, so a player that offers
// both APIs still gets the standard the package was built for. Scored activities carry
// `adlcp:masteryscore` (0-100), which the LMS hands back as cmi.student_data.mastery_score.

import { escapeXml as x } from './xml.mjs';
import { scormResources } from './scorm-resources.mjs';

export function scorm12Manifest({ id, title, activities, files, mastery }) {
  const items = activities
    .map((a) => {
      const score = a.scored ? `\n        <adlcp:masteryscore>${Math.round(mastery * 100)}</adlcp:masteryscore>` : '';
      return `      <item identifier="item-${x(a.slug)}" identifierref="res-${x(a.slug)}" isvisible="true" parameters="?lms=scorm12">
        <title>${x(a.title)}</title>${score}
      </item>`;
    })
    .join('\n');
  const resources = scormResources(activities, files, 'adlcp:scormtype');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${x(id)}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="org-${x(id)}">
    <organization identifier="org-${x(id)}">
      <title>${x(title)}</title>
${items}
    </organization>
  </organizations>
  <resources>
${resources}
  </resources>
</manifest>
`;
}
