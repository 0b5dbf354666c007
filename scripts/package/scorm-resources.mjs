// The <resources> of a SCORM manifest, for both versions: one `sco` resource per activity,
// naming every file it ships. Only the attribute's spelling differs: SCORM 1.2's
// `adlcp:scormtype`, 2004's `adlcp:scormType`.

import { escapeXml as x } from './xml.mjs';

/** The resource elements, indented for the manifest. */
export function scormResources(activities, files, scormTypeAttribute) {
  return activities
    .map((a) => {
      const list = files(a).map((f) => `      <file href="${x(f)}"/>`).join('\n');
      return `    <resource identifier="res-${x(a.slug)}" type="webcontent" ${scormTypeAttribute}="sco" href="${x(a.page)}">
${list}
    </resource>`;
    })
    .join('\n');
}
