#!/usr/bin/env node
// Writes the LMS packages from the release builds with LMS reporting (scripts/package.sh
// makes them; `make package` runs both): the SCORM packages from the `lms-scorm` build, the
// cmi5 ones from the `lms-cmi5` build, so each carries only its standard's reporting code
// (a build with `lms`, both families, may serve for all: `--built`):
// - one single-activity package per standard and activity (one SCO or AU each, so one
//   gradebook column per activity): target/packages/twofold-<standard>-<activity>.zip;
// - one course package per standard with every activity as its own SCO or AU:
//   target/packages/twofold-<standard>-course.zip (most LMSs then keep one grade for the
//   whole package).
// Standards: scorm12 (imsmanifest.xml, SCORM 1.2), scorm2004 (imsmanifest.xml, 2004 4th
// Edition), cmi5 (cmi5.xml). Each package ships only the files its activities need, and
// its manifest names every one of them. Zips are reproducible (fixed dates, sorted names).
//
// Usage: node scripts/package.mjs --built-scorm <dist> --built-cmi5 <dist> --out <dir>
//          [--built <dist>: for any standard whose own build is not given]
//          [--activity sort:<deck id>|chooser] [--standard scorm12|scorm2004|cmi5]
//          [--id-base <IRI prefix for cmi5 ids, default urn:twofold:>]

import { copyFileSync, mkdirSync, rmSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';

import { activities, packageFiles } from './package/activities.mjs';
import { scorm12Manifest } from './package/scorm12.mjs';
import { scorm2004Manifest } from './package/scorm2004.mjs';
import { cmi5CourseStructure } from './package/cmi5.mjs';

/** The mastery score the packages declare (the widget's own default is the same: 80 %). */
export const MASTERY = 0.8;
const STANDARDS = ['scorm12', 'scorm2004', 'cmi5'];
/** The build a standard's packages come from: its family's (`--built-scorm`, `--built-cmi5`). */
const FAMILY = { scorm12: 'scorm', scorm2004: 'scorm', cmi5: 'cmi5' };
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function args(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i += 2) {
    const [key, value] = [argv[i], argv[i + 1]];
    if (!key?.startsWith('--') || value === undefined) throw new Error(`bad argument ${key}`);
    out[key.slice(2)] = value;
  }
  return out;
}

/** The manifest file (name, text) of a package of these activities for this standard. */
function manifest(standard, { id, title, description, chosen, built, idBase }) {
  const files = (a) => packageFiles(built, [a]);
  switch (standard) {
    case 'scorm12':
      return ['imsmanifest.xml', scorm12Manifest({ id, title, activities: chosen, files, mastery: MASTERY })];
    case 'scorm2004':
      return ['imsmanifest.xml', scorm2004Manifest({ id, title, activities: chosen, files, mastery: MASTERY })];
    case 'cmi5':
      return ['cmi5.xml', cmi5CourseStructure({ id, title, description, activities: chosen, idBase, mastery: MASTERY })];
    default:
      throw new Error(`unknown standard ${standard}`);
  }
}

/** Writes one zip: the files of `chosen` from `built` plus the manifest; returns its path. */
function writePackage(out, name, standard, meta) {
  const stage = join(out, '.stage', name);
  rmSync(stage, { recursive: true, force: true });
  const files = packageFiles(meta.built, meta.chosen);
  for (const f of files) {
    mkdirSync(dirname(join(stage, f)), { recursive: true });
    copyFileSync(join(meta.built, f), join(stage, f));
  }
  const [manifestName, text] = manifest(standard, meta);
  writeFileSync(join(stage, manifestName), text);
  const all = [manifestName, ...files];
  const epoch = Number(process.env.SOURCE_DATE_EPOCH ?? 1767225600); // 2026-01-01
  for (const f of all) utimesSync(join(stage, f), epoch, epoch);
  const zip = join(out, `${name}.zip`);
  rmSync(zip, { force: true });
  execFileSync('zip', ['-X', '-D', '-q', zip, '-@'], { cwd: stage, input: all.join('\n') });
  rmSync(stage, { recursive: true, force: true });
  return zip;
}

function main() {
  const a = args(process.argv.slice(2));
  const out = resolve(a.out ?? join(root, 'target', 'packages'));
  const idBase = a['id-base'] ?? 'urn:twofold:';
  const standards = a.standard ? [a.standard] : STANDARDS;
  for (const s of standards) if (!STANDARDS.includes(s)) throw new Error(`unknown --standard ${s} (one of ${STANDARDS.join(', ')})`);
  const builtFor = (standard) => {
    const flag = `built-${FAMILY[standard]}`;
    const given = a[flag] ?? a.built;
    const built = resolve(given ?? '');
    if (!given || !existsSync(join(built, 'index.html'))) {
      throw new Error(`--${flag} (or --built) must be a release build of the widget for ${standard} (no index.html in ${built})`);
    }
    return built;
  };
  mkdirSync(out, { recursive: true });
  const written = [];
  for (const standard of standards) {
    const built = builtFor(standard);
    const every = activities(root, built);
    const chosen = a.activity ? every.filter((x) => x.key === a.activity) : every;
    if (chosen.length === 0) {
      throw new Error(`unknown --activity ${a.activity} (one of ${every.map((x) => x.key).join(', ')})`);
    }
    for (const act of chosen) {
      const meta = { id: `twofold-${act.slug}`, title: `Twofold: ${act.title}`, description: act.description, chosen: [act], built, idBase };
      written.push(writePackage(out, `twofold-${standard}-${act.slug}`, standard, meta));
    }
    if (!a.activity) {
      const meta = {
        id: 'twofold-course',
        title: 'Twofold: training or development?',
        description: 'Every Twofold activity: the sorting games and the career-path chooser.',
        chosen: every,
        built,
        idBase,
      };
      written.push(writePackage(out, `twofold-${standard}-course`, standard, meta));
    }
  }
  for (const z of written) console.log(`package: ${z}`);
}

try {
  main();
} catch (e) {
  console.error(`package: ERROR: ${e.message}`);
  process.exit(1);
}
