// The embed-code builder's rules, with no DOM: the widget's own rules mirrored where the
// builder must agree with it (the accent's contrast: core/src/accent.rs; parentOrigin:
// core/src/host.rs `parse_origin`; shareUrl: core/src/config.rs `share_url`), and the address
// and code it writes. tests/builder_rules.rs holds the mirrored rules equal to the core's on
// tables of colours and addresses.

/** The text colours an accent may carry (styles/tokens.css: --c-accent-text, light and dark). */
export const ON_ACCENT = ['#ffffff', '#0b1220'];
/** Each theme's backgrounds (--c-bg, --c-surface, --c-surface-raised). */
export const BACKGROUNDS = {
  light: ['#ffffff', '#f4f5f7', '#ffffff'],
  dark: ['#14171d', '#1e232c', '#262c37'],
};
export const TEXT_RATIO = 4.5;
export const GRAPHIC_RATIO = 3;

/** `#rrggbb` or `#rgb`, the `#` optional, any case: [r, g, b], or null. */
export function parseColour(text) {
  const hex = String(text).replace(/^#/, '');
  if (!/^(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/.test(hex)) return null;
  const full = hex.length === 3 ? [...hex].map((d) => d + d).join('') : hex;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16));
}

/** `#rrggbb`, lower case. */
export const hex = (rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;

const linear = (channel) => {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

/** WCAG's relative luminance of [r, g, b]. */
export const luminance = ([r, g, b]) => 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);

/** WCAG's contrast ratio of two colours ([r, g, b] or text), 1 to 21. */
export function contrast(a, b) {
  const [la, lb] = [a, b].map((c) => luminance(typeof c === 'string' ? parseColour(c) : c));
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** The lowest contrast of a colour against a theme's backgrounds. */
export const against = (rgb, theme) => Math.min(...BACKGROUNDS[theme].map((b) => contrast(rgb, b)));

/**
 * The accent rule for a page whose theme is `theme` ('auto': both): `{ ok: true, on }` (the
 * text colour on it), or `{ ok: false, rule: 'text' | 'light' | 'dark', tenths }`: the first
 * rule missed and the ratio reached there, in tenths rounded down.
 */
export function checkAccent(rgb, theme) {
  const [white, ink] = ON_ACCENT.map((t) => contrast(rgb, t));
  const best = Math.max(white, ink);
  const refuse = (rule, ratio) => ({ ok: false, rule, tenths: Math.floor(ratio * 10) });
  if (best < TEXT_RATIO) return refuse('text', best);
  for (const shown of ['light', 'dark']) {
    if (theme !== 'auto' && theme !== shown) continue;
    const lowest = against(rgb, shown);
    if (lowest < GRAPHIC_RATIO) return refuse(shown, lowest);
  }
  return { ok: true, on: ON_ACCENT[ink > white ? 1 : 0] };
}

// Unicode White_Space at either end (Rust's `str::trim`), ASCII letters lower-cased only.
const trim = (s) => s.replace(/^\p{White_Space}+|\p{White_Space}+$/gu, '');
const asciiLower = (s) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

/** An origin for host events (`https://host[:port]`), lower-cased, or null. */
export function parseOrigin(text) {
  const lower = asciiLower(trim(String(text)).replace(/\/+$/, ''));
  const rest = /^https?:\/\/(.*)$/s.exec(lower)?.[1];
  return rest && /^[a-z0-9.\-:[\]]+$/.test(rest) ? lower : null;
}

/** A share URL (absolute http or https, no space, control character, quote, backslash or
 *  angle bracket), without its fragment, or null. */
export function shareUrl(text) {
  const url = String(text).split('#')[0];
  const m = /^https?:\/\/(.)/is.exec(url);
  const clean = ![...url].some((c) => c <= ' ' || c === '\x7f' || '"<>`\\'.includes(c));
  return m && !'/?@:'.includes(m[1]) && clean ? url : null;
}

/**
 * The widget's address for `settings` at `base` (the folder the widget is served from):
 * `{ page, feedback, lang, theme, accent, mastery, parentOrigin, shareUrl }`, each left out
 * when empty or the widget's default, so the address carries only what was chosen.
 */
export function widgetUrl(base, s) {
  const q = new URLSearchParams();
  if (s.feedback) q.set('feedback', s.feedback);
  if (s.lang) q.set('lang', s.lang);
  if (s.theme && s.theme !== 'auto') q.set('theme', s.theme);
  if (s.accent) q.set('accent', s.accent.replace(/^#/, ''));
  if (s.mastery !== undefined && s.mastery !== '') q.set('mastery', String(s.mastery));
  if (s.parentOrigin) q.set('parentOrigin', s.parentOrigin);
  if (s.shareUrl) q.set('shareUrl', s.shareUrl);
  const query = q.toString();
  return new URL(s.page, base).href + (query ? `?${query}` : '');
}

const attr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The iframe a host page pastes: fitted by embed.js (data-twofold), lazy, clipboard allowed. */
export const iframeCode = (url, title) =>
  `<iframe data-twofold src="${attr(url)}" title="${attr(title)}" loading="lazy" allow="clipboard-write" style="inline-size:100%;border:0"></iframe>`;

/** The line that loads embed.js from `base`. */
export const scriptCode = (base) => `<script src="${attr(new URL('embed.js', base).href)}" defer></script>`;
