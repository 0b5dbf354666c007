// imsmanifest.xml for SCORM 2004 4th Edition (IMS CP 1.1 + ADL CP 1.3, IMS SS, ADL Seq/Nav):
// one organization, one item and one `sco` resource per activity (`adlcp:scormType`, upper-case
// T), each naming every file it ships. The launch carries `?lms=scorm2004`. A scored item's
// primary objective is satisfied by measure at the mastery (minNormalizedMeasure), which the
// LMS hands back as cmi.scaled_passing_score; the chooser has no objective measure.

import { escapeXml as x } from './xml.mjs';
import { scormResources } from './scorm-resources.mjs';

export function scorm2004Manifest({ id, title, activities, files, mastery }) {
  const items = activities
    .map((a) => {
      const seq = a.scored
        ? `
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="obj-${x(a.slug)}" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${mastery}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
        </imsss:sequencing>`
        : '';
      return `      <item identifier="item-${x(a.slug)}" identifierref="res-${x(a.slug)}" isvisible="true" parameters="?lms=scorm2004">
        <title>${x(a.title)}</title>${seq}
      </item>`;
    })
    .join('\n');
  const resources = scormResources(activities, files, 'adlcp:scormType');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${x(id)}" version="1.0"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
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
