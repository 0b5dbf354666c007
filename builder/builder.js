// The embed-code builder page (builder.html): the settings a host page can give the widget,
// a live preview of the widget with them at a chosen width, and the code to copy: the iframe,
// the embed.js line, the origin host events come from, the link for WordPress. Every text is
// its language's table (content/i18n/builder/<lang>.json, inline in the page as data); the
// rules it shares with the widget are in rules.mjs. No dependency, no network but the preview.
import {
  checkAccent, hex, iframeCode, parseColour, parseOrigin, scriptCode, shareUrl, widgetUrl,
} from './rules.mjs';

const $ = (id) => document.getElementById(id);
const data = JSON.parse($('builder-data').textContent);
const base = new URL('.', location.href).href;

/** The builder's own language: ?lang=, else the browser's, else English (primary subtags). */
function negotiate() {
  const asked = new URLSearchParams(location.search).get('lang');
  const tags = [asked, ...(navigator.languages ?? [navigator.language])].filter(Boolean);
  for (const tag of tags) {
    const code = tag.toLowerCase().split(/[-_]/)[0];
    if (data.texts[code]) return code;
  }
  return 'en';
}
const ui = negotiate();
const table = (lang) => ({ ...data.texts.en, ...data.texts[lang] });
const texts = table(ui);
const fill = (text, args = {}) => text.replace(/\{(\w+)\}/g, (all, k) => (k in args ? String(args[k]) : all));

/** Puts `text` in `el`, `code` spans (`…`) as <code>; never as HTML. */
function put(el, text) {
  el.replaceChildren(
    ...text.split('`').map((part, i) => {
      if (i % 2 === 0) return document.createTextNode(part);
      const code = document.createElement('code');
      code.textContent = part;
      return code;
    }),
  );
}
const say = (key, args) => fill(texts[key], args);

// ---- the page in its language -------------------------------------------------------------

document.documentElement.lang = ui;
document.documentElement.dir = data.dirs[ui] ?? 'ltr';
document.title = texts['builder.title'];
$('preview-frame').title = say('builder.preview_frame');
for (const el of document.querySelectorAll('[data-t]')) put(el, say(el.dataset.t, { px: el.dataset.px }));
// Each Copy button is named by what it copies ("Copy" first, as it reads).
for (const button of document.querySelectorAll('[data-copy]')) {
  const label = document.querySelector(`label[for="${button.dataset.copy}"]`);
  const name = document.createElement('span');
  name.className = 'visually-hidden';
  name.textContent = ` ${label.textContent}`;
  button.append(name);
}

function option(select, value, text) {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = text;
  select.append(o);
}
const names = (lang) => data.names[lang] ?? data.names.en;
for (const a of data.pages) {
  const n = names(ui);
  const text =
    a.kind === 'home' ? say('builder.activity_home')
    : a.kind === 'chooser' ? say('builder.activity_chooser')
    : a.deck ? say('builder.activity_deck', { deck: n.decks[a.deck] })
    : say('builder.activity_sort');
  option($('activity'), a.page, text);
}
option($('lang'), '', say('builder.language_auto'));
for (const code of data.langs) option($('lang'), code, data.autonyms[code]);
for (const o of $('lang').options) if (o.value) o.lang = o.value;
$('wordpress-off').hidden = data.oembed;

// ---- reading the settings ------------------------------------------------------------------

/** One optional text field: its value if valid, else null with its message shown. */
function field(id, read, bad) {
  const input = $(id);
  const status = $(`${id}-status`);
  const text = input.value.trim();
  const value = text ? read(text) : '';
  const wrong = value === null;
  if (wrong) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
  status.classList.toggle('is-wrong', wrong);
  put(status, wrong ? `${say(bad)} ${say('builder.not_used')}` : '');
  return wrong ? '' : value;
}

const mastery = (text) => (/^\d{1,3}$/.test(text) && Number(text) <= 100 ? String(Number(text)) : null);

/** The accent as typed, checked for the chosen theme: '#rrggbb' if it passes, else ''. */
function accent(theme) {
  const input = $('accent');
  const status = $('accent-status');
  const text = input.value.trim();
  let message = '';
  let ok = '';
  if (text) {
    const rgb = parseColour(text);
    if (!rgb) message = say('builder.accent_bad');
    else {
      $('accent-pick').value = hex(rgb);
      const verdict = checkAccent(rgb, theme);
      if (verdict.ok) {
        ok = hex(rgb);
        message = say('builder.accent_ok');
      } else {
        const t = verdict.tenths;
        message = say(`builder.accent_${verdict.rule}`, { whole: Math.floor(t / 10), tenth: t % 10 });
      }
    }
  }
  const wrong = Boolean(text) && !ok;
  if (wrong) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
  status.classList.toggle('is-wrong', wrong);
  put(status, wrong ? `${message} ${say('builder.not_used')}` : message);
  return ok;
}

function settings() {
  const theme = document.querySelector('input[name="theme"]:checked').value;
  return {
    page: $('activity').value,
    feedback: $('feedback').value,
    lang: $('lang').value,
    theme,
    accent: accent(theme),
    mastery: field('mastery', mastery, 'builder.mastery_bad'),
    parentOrigin: field('origin', parseOrigin, 'builder.origin_bad'),
    shareUrl: field('share', shareUrl, 'builder.share_bad'),
  };
}

/** The frame's title: the activity's name in the activity's language. */
function frameTitle(s) {
  const lang = s.lang || ui;
  const t = table(lang);
  const n = names(lang);
  const a = data.pages.find((p) => p.page === s.page);
  if (a.kind === 'home') return t['builder.frame_home'];
  if (a.kind === 'chooser') return n.chooser;
  return a.deck ? n.decks[a.deck] : t['builder.frame_sort'];
}

// ---- the code and the preview --------------------------------------------------------------

let shown = '';
function update() {
  const s = settings();
  const url = widgetUrl(base, s);
  $('out-iframe').value = iframeCode(url, frameTitle(s));
  $('out-script').value = scriptCode(base);
  $('out-origin').value = location.origin;
  $('out-wordpress').value = new URL(s.page, base).href;
  // The preview reloads only when the address changes.
  if (url !== shown) {
    shown = url;
    $('preview-frame').src = url;
  }
}

function width() {
  const px = document.querySelector('input[name="width"]:checked').value;
  $('preview').dataset.width = px;
  $('preview').setAttribute('aria-label', say('builder.preview_region', { px }));
}

let timer;
const later = () => {
  clearTimeout(timer);
  timer = setTimeout(update, 300);
};
for (const id of ['activity', 'feedback', 'lang']) $(id).addEventListener('change', update);
for (const r of document.querySelectorAll('input[name="theme"]')) r.addEventListener('change', update);
for (const id of ['accent', 'mastery', 'origin', 'share']) {
  $(id).addEventListener('input', later);
  $(id).addEventListener('change', update);
}
$('accent-pick').addEventListener('input', () => {
  $('accent').value = $('accent-pick').value;
  later();
});
for (const r of document.querySelectorAll('input[name="width"]')) r.addEventListener('change', width);

// ---- copying -------------------------------------------------------------------------------

const announce = (text) => {
  // Emptied first, so the same words said twice are announced twice.
  $('announcer').textContent = '';
  setTimeout(() => { $('announcer').textContent = text; }, 50);
};

async function copy(button) {
  const target = $(button.dataset.copy);
  const what = document.querySelector(`label[for="${target.id}"]`).textContent;
  try {
    await navigator.clipboard.writeText(target.value);
    announce(say('builder.copied', { what }));
  } catch {
    // No Clipboard API, or not allowed here (an http page, a frame without the permission):
    // the text selected for the learner to copy, or copied the old way.
    target.focus();
    target.select();
    let done = false;
    try {
      done = document.execCommand('copy');
    } catch {
      done = false;
    }
    announce(done ? say('builder.copied', { what }) : say('builder.copy_manual'));
  }
}
for (const button of document.querySelectorAll('[data-copy]')) button.addEventListener('click', () => copy(button));

width();
update();
document.documentElement.dataset.ready = '';
