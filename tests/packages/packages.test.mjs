// Every package `make package` wrote into target/packages/ (PACKAGES_DIR overrides): unzipped,
// its manifest validated against the schemas and checked for what they miss; and the set of
// packages is complete (each standard × each activity, plus a course package per standard).
// Run: node --test tests/packages/

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { cmi5Problems, listFiles, readText, schemaErrors, scormProblems } from './manifest-checks.mjs';

const dir = process.env.PACKAGES_DIR ?? join(process.cwd(), 'target', 'packages');
const zips = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.zip')).sort() : [];
const { decks, chooser } = JSON.parse(readFileSync(join(process.cwd(), 'content', 'index.json'), 'utf8'));
const slugs = [...decks.map((d) => `sort-${d}`), ...(chooser ? ['chooser'] : []), 'course'];

test('make package wrote one package per standard and activity, and a course package per standard', () => {
  const expected = ['scorm12', 'scorm2004', 'cmi5'].flatMap((s) => slugs.map((a) => `twofold-${s}-${a}.zip`)).sort();
  assert.deepEqual(zips, expected);
});

function unzipped(zip, body) {
  const to = mkdtempSync(join(tmpdir(), 'twofold-pkg-'));
  try {
    execFileSync('unzip', ['-q', join(dir, zip), '-d', to]);
    body(to);
  } finally {
    rmSync(to, { recursive: true, force: true });
  }
}

for (const zip of zips) {
  const standard = zip.split('-')[1];
  test(`${zip}: manifest valid, every file named and shipped`, () => {
    unzipped(zip, (to) => {
      const shipped = listFiles(to);
      if (standard === 'cmi5') {
        assert.ok(shipped.includes('cmi5.xml'), 'cmi5.xml at the zip root');
        assert.deepEqual(cmi5Problems(readText(join(to, 'cmi5.xml')), shipped), []);
      } else {
        assert.ok(shipped.includes('imsmanifest.xml'), 'imsmanifest.xml at the zip root');
        assert.deepEqual(schemaErrors(standard, join(to, 'imsmanifest.xml')), []);
        assert.deepEqual(scormProblems(standard, readText(join(to, 'imsmanifest.xml')), shipped), []);
      }
      const wasm = shipped.filter((f) => f.endsWith('.wasm'));
      assert.equal(wasm.length, 1, 'one wasm');
      // The LMS transport is inside the glue (scripts/minify-glue.mjs): one script, no snippet.
      assert.deepEqual(shipped.filter((f) => f.startsWith('snippets/')), [], 'no snippets/ file');
      const glue = shipped.filter((f) => /^twofold-[^/]*\.js$/.test(f));
      assert.equal(glue.length, 1, 'one JS glue');
      assert.ok(!/from\s*["']\.\/snippets\//.test(readText(join(to, glue[0]))), 'the glue imports no snippet');
      // The LMS may name the learner's language: every page's files in each language ship.
      for (const page of shipped.filter((f) => f.endsWith('.html'))) {
        for (const file of languageFilesOf(readText(join(to, page)), page, to)) {
          assert.ok(shipped.includes(file), `${page} fetches ${file} in its language, which the package lacks`);
        }
      }
    });
  });
}

/** What a page fetches in each language but English: each language's table, and the
 *  translation of the deck or questionnaire the page opens (named by the manifest at the
 *  table's head, scripts/publish-content.mjs; `to`: the unzipped package). */
function languageFilesOf(html, page, to) {
  const manifest = JSON.parse(html.match(/<script type="application\/json" id="twofold-content">([\s\S]*?)<\/script>/)[1]);
  const deck = page.match(/^sort-(.+)\.html$/)?.[1];
  const tables = Object.values(manifest.langs);
  assert.ok(tables.length >= 3, 'the manifest lists the other languages');
  return tables.flatMap((table) => {
    const own = JSON.parse(readText(join(to, table)).split('\u001d')[0]);
    const href = deck ? own.decks.find((d) => d.id === deck)?.href : page === 'chooser.html' ? own.chooser : undefined;
    // A translation is under content/<code>/; English's (no translation) is inline.
    return [table, ...(href && href.split('/').length > 2 ? [href] : [])];
  });
}

test('the checks catch what they are for (a broken manifest is reported)', () => {
  const zip = zips.find((z) => z.startsWith('twofold-scorm12-') && !z.includes('course'));
  assert.ok(zip, 'a SCORM 1.2 package to break');
  unzipped(zip, (to) => {
    const path = join(to, 'imsmanifest.xml');
    const good = readText(path);
    const shipped = listFiles(to);
    // 2004's spelling in a 1.2 manifest: the schema refuses it and so do our own checks.
    writeFileSync(path, good.replace('adlcp:scormtype', 'adlcp:scormType'));
    assert.notDeepEqual(schemaErrors('scorm12', path), []);
    assert.ok(scormProblems('scorm12', readText(path), shipped).some((p) => p.includes('scormType')));
    // A file named but not shipped, and a file shipped but not named.
    const renamed = good.replace(/<file href="(content\/[^"]+)"\/>/, '<file href="content/missing.json"/>');
    const problems = scormProblems('scorm12', renamed, shipped);
    assert.ok(problems.some((p) => p.includes('content/missing.json, not in the package')), problems.join('; '));
    assert.ok(problems.some((p) => p.includes('not named in the manifest')), problems.join('; '));
  });
  const cmi5 = zips.find((z) => z.startsWith('twofold-cmi5-') && z.includes('chooser'));
  unzipped(cmi5, (to) => {
    const xml = readText(join(to, 'cmi5.xml')).replace(/<url>[^<]+<\/url>/, '<url>gone.html</url>');
    assert.ok(cmi5Problems(xml, listFiles(to)).some((p) => p.includes('gone.html')));
  });
});
