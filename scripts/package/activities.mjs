// The activities a package can hold, read from content/index.json and the built pages:
// one per built-in deck (`sort:<deck id>`, its entry page sort-<id>.html) and the chooser
// (`chooser`, chooser.html). For each: its title and description (from its content file),
// its entry page, the content file that page carries inline, the files it fetches in each
// other language (the interface table and the activity's translated content, from the
// page's content manifest: an LMS may name the learner's language), and whether it is
// scored (a sorting game has a score and a mastery; the chooser has neither).

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

/** The content file an entry page carries inline (`data-twofold-file`), if any. */
function inlineFile(html) {
  return html.match(/data-twofold-file="([^"]+)"/)?.[1] ?? null;
}

/** The content manifest a page carries (`#twofold-content`), if any. */
function contentManifest(html) {
  const text = html.match(/<script type="application\/json" id="twofold-content">([\s\S]*?)<\/script>/)?.[1];
  return text ? JSON.parse(text) : null;
}

/** The files activity `a` fetches in each language but English: its table, and its deck or
 *  questionnaire where translated (English's inline file is used where not), as named by the
 *  manifest at the table's head (scripts/publish-content.mjs; `built`: the release dist). */
function languageFiles(manifest, a, built) {
  const files = [];
  for (const table of Object.values(manifest?.langs ?? {})) {
    files.push(table);
    const own = JSON.parse(readFileSync(join(built, table), 'utf8').split('\u001d')[0]);
    const href = a.deck ? own.decks.find((d) => d.id === a.deck)?.href : own.chooser;
    if (href && href !== manifest.chooser && !manifest.decks.some((d) => d.href === href)) files.push(href);
  }
  return files;
}

/** Every activity of the build in `built` (a release dist), in menu order. */
export function activities(root, built) {
  const { decks, chooser } = readJson(join(root, 'content', 'index.json'));
  const list = decks.map((id) => {
    const deck = readJson(join(root, 'content', 'decks', `${id}.json`));
    return {
      key: `sort:${id}`,
      deck: id,
      slug: `sort-${id}`,
      page: `sort-${id}.html`,
      title: deck.title,
      description: deck.intro ?? deck.title,
      scored: true,
    };
  });
  if (chooser) {
    const model = readJson(join(root, 'content', 'chooser', `${chooser}.json`));
    list.push({
      key: 'chooser',
      slug: 'chooser',
      page: 'chooser.html',
      title: model.title,
      description: model.intro ?? model.title,
      scored: false,
    });
  }
  for (const a of list) {
    const html = readFileSync(join(built, a.page), 'utf8');
    a.content = inlineFile(html);
    a.languages = languageFiles(contentManifest(html), a, built);
  }
  return list;
}

/** The files every activity needs: the hashed JS glue, the wasm, the page script (js/page.js)
 *  and the scripts the glue imports (snippets/: the cmi5 build's transport). */
export function sharedFiles(built) {
  const snippets = existsSync(join(built, 'snippets'))
    ? readdirSync(join(built, 'snippets'), { recursive: true })
        .map((f) => `snippets/${f.split(sep).join('/')}`)
        .filter((f) => f.endsWith('.js'))
    : [];
  return readdirSync(built)
    .filter((f) => /\.(js|wasm)$/.test(f))
    .concat(snippets)
    .sort();
}

/** The files one package ships for these activities, sorted, relative to `built`. */
export function packageFiles(built, chosen) {
  const files = new Set(sharedFiles(built));
  for (const a of chosen) {
    files.add(a.page);
    if (a.content) files.add(a.content);
    for (const f of a.languages ?? []) files.add(f);
  }
  return [...files].sort();
}
