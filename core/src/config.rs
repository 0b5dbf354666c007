//! The widget's configuration, read from URL query parameters into a typed
//! [`Config`] with defaults; every invalid value is reported, never fatal.
//! The widget reads it as part of its [`Route`](crate::route::Route).

use crate::accent::{self, Accent, Refusal, Rgb, Rule};
use crate::game::FeedbackMode;
use crate::i18n::{display_in_english, Lang, Message, MessageId};
#[cfg(feature = "reporting")]
use crate::report::{LmsChoice, Scaled};

/// Which screen the widget opens on (`?mode=`): the session's own [`Screen`] type.
pub use crate::session::Screen as Mode;

/// Colour theme; `Auto` follows `prefers-color-scheme`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    /// The value of the `data-theme` attribute on the widget root.
    pub fn attr(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// Everything the host page can set.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Config {
    /// The screen asked for; `None` resumes where the learner was.
    pub mode: Option<Mode>,
    /// A built-in deck id; `None` lets the learner choose.
    pub deck: Option<String>,
    /// The language shown: `?lang=`'s, else (once [`Config::choose_lang`] has run) the
    /// LMS's or the browser's, else English.
    pub lang: Lang,
    /// Whether `lang` came from a valid `?lang=` (which then wins over everything else).
    pub lang_asked: bool,
    pub theme: Theme,
    /// Feedback timing set by the host; `None` lets the learner choose. When set,
    /// the learner cannot change it (an assessment stays an assessment).
    pub feedback: Option<FeedbackMode>,
    /// `?parentOrigin=`: the host page's origin, which alone hears the widget's events
    /// ([`crate::host`]); `None`: no events are posted.
    pub parent_origin: Option<String>,
    /// `?accent=`: the embedder's colour, checked for contrast in the page's theme(s)
    /// ([`crate::accent`]); `None`: the theme's own.
    pub accent: Option<Accent>,
    /// `?shareUrl=`: the page a chooser result link opens (the host page, not the frame),
    /// without its fragment; `None`: the widget's own page.
    pub share_url: Option<String>,
    /// `?author=1`: the author's view, where a broken deck's problems are shown in full
    /// (learners see one short line; the detail also goes to the console).
    pub author: bool,
    /// `?mastery=` (a percentage, 0–100): the passing score when the LMS gives none.
    #[cfg(feature = "reporting")]
    pub mastery: Option<Scaled>,
    /// `?lms=`: force one reporting standard, or turn reporting off; `None` detects.
    #[cfg(feature = "reporting")]
    pub lms: Option<LmsChoice>,
}

/// A query parameter whose value was not understood (its default is used).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigProblem {
    pub key: String,
    pub value: String,
    pub allowed: Vec<String>,
    /// Why a value that was understood is not used (an accent's contrast); `None`: the
    /// value was not understood.
    pub why: Option<Refusal>,
}

impl ConfigProblem {
    /// `mode="quiz" is not recognised (use one of: home, sort, chooser); …`, or the reason.
    pub fn message(&self) -> Message {
        let message = |id| {
            Message::new(id)
                .text("key", &self.key)
                .text("value", &self.value)
        };
        match self.why {
            // The ratio as `{whole}.{tenth}`, so each language writes its own decimal sign.
            Some(Refusal { rule, tenths }) => message(match rule {
                Rule::Text => MessageId::ConfigAccentText,
                Rule::Light => MessageId::ConfigAccentLight,
                Rule::Dark => MessageId::ConfigAccentDark,
            })
            .count("whole", tenths as usize / 10)
            .count("tenth", tenths as usize % 10),
            None => message(MessageId::ConfigProblem).text("allowed", &self.allowed.join(", ")),
        }
    }
}

display_in_english!(ConfigProblem);

impl Config {
    /// Reads a query string such as `?mode=sort&deck=myth-or-fact`; `decks`
    /// are the deck ids on offer. Unknown keys are ignored (hosts add their
    /// own); bad values are reported.
    pub fn from_query(query: &str, decks: &[String]) -> (Config, Vec<ConfigProblem>) {
        let mut config = Config::default();
        let mut problems = Vec::new();
        // The accent is checked once the theme is known (it may come later in the query).
        let mut accent = None;
        for (key, value) in query_pairs(query) {
            // Words are matched without regard to case (`theme=Dark`); deck ids are lowercase.
            let word = value.to_ascii_lowercase();
            let mut bad = |allowed: Vec<String>| {
                problems.push(ConfigProblem {
                    key: key.clone(),
                    value: value.clone(),
                    allowed,
                    why: None,
                })
            };
            match key.as_str() {
                "mode" => match Mode::from_key(&word) {
                    Some(mode) => config.mode = Some(mode),
                    None => bad(Mode::ALL.iter().map(|m| m.key().to_string()).collect()),
                },
                "deck" => {
                    if decks.contains(&word) {
                        config.deck = Some(word.clone());
                        config.mode.get_or_insert(Mode::Sort);
                    } else {
                        bad(decks.to_vec());
                    }
                }
                // A language with a table (`en-GB` is English, `fr-CA` French).
                "lang" => match Lang::from_code(&value) {
                    Some(lang) => {
                        config.lang = lang;
                        config.lang_asked = true;
                    }
                    None => bad(Lang::ALL.iter().map(|l| l.code().to_string()).collect()),
                },
                "theme" => match word.as_str() {
                    "auto" => config.theme = Theme::Auto,
                    "light" => config.theme = Theme::Light,
                    "dark" => config.theme = Theme::Dark,
                    _ => bad(words(&["auto", "light", "dark"])),
                },
                "parentOrigin" => match crate::host::parse_origin(&value) {
                    Some(origin) => config.parent_origin = Some(origin),
                    None => bad(words(&["https://host.example", "http://host:port"])),
                },
                "accent" => match Rgb::parse(&value) {
                    Some(colour) => accent = Some((colour, value.clone())),
                    None => bad(words(&["#rrggbb", "rrggbb", "#rgb"])),
                },
                "shareUrl" => match share_url(&value) {
                    Some(url) => config.share_url = Some(url),
                    None => bad(words(&["https://host.example/page"])),
                },
                "author" => match word.as_str() {
                    "1" | "true" => config.author = true,
                    "0" | "false" => config.author = false,
                    _ => bad(words(&["1", "0"])),
                },
                "feedback" => match word.as_str() {
                    "immediate" => config.feedback = Some(FeedbackMode::Immediate),
                    "end" | "at-end" => config.feedback = Some(FeedbackMode::AtEnd),
                    _ => bad(words(&["immediate", "end"])),
                },
                #[cfg(feature = "reporting")]
                "mastery" => match Scaled::parse_percent(value.trim_end_matches('%')) {
                    Some(scaled) => config.mastery = Some(scaled),
                    None => bad(words(&["0–100"])),
                },
                #[cfg(feature = "reporting")]
                "lms" => match LmsChoice::from_key(&word) {
                    Some(choice) => config.lms = Some(choice),
                    None => bad(LmsChoice::keys()),
                },
                _ => {}
            }
        }
        if let Some((colour, value)) = accent {
            match accent::check(colour, config.theme) {
                Ok(accent) => config.accent = Some(accent),
                Err(refusal) => problems.push(ConfigProblem {
                    key: "accent".into(),
                    value,
                    allowed: Vec::new(),
                    why: Some(refusal),
                }),
            }
        }
        (config, problems)
    }
}

/// A share URL as given, if it is an absolute `http:` or `https:` URL with a host and no
/// space, control character, quote, backslash or angle bracket; without its fragment (the
/// widget writes its own, `#result=…`). Read as bytes (any non-ASCII character is allowed).
pub fn share_url(text: &str) -> Option<String> {
    let url = &text[..text.bytes().position(|c| c == b'#').unwrap_or(text.len())];
    let b = url.as_bytes();
    let scheme = |s: &str| {
        b.get(..s.len())
            .is_some_and(|p| p.eq_ignore_ascii_case(s.as_bytes()))
    };
    let start = if scheme("https://") {
        8
    } else if scheme("http://") {
        7
    } else {
        return None;
    };
    let host = b[start..].split(|&c| c == b'/' || c == b'?').next();
    let host_ok = host.is_some_and(|h| !h.is_empty() && h[0] != b'@' && h[0] != b':');
    let clean = b
        .iter()
        .all(|&c| c > b' ' && c != 0x7f && !matches!(c, b'"' | b'<' | b'>' | b'`' | b'\\'));
    (host_ok && clean).then(|| url.to_string())
}

impl Config {
    /// Settles the language: `?lang=` if the page gave a valid one, else the LMS's learner
    /// preference (`lms`: BCP 47 tags, comma-separated, in its order), else the first of the browser's languages
    /// (`navigator.languages`, in order) with a table, else English. The widget leaves the
    /// choice to the page's script (`js/page.js`, `twofoldLang`), which applies this rule.
    pub fn choose_lang(&mut self, lms: Option<&str>, browser: &[&str]) {
        let asked = self.lang_asked.then(|| self.lang.code());
        self.lang = Lang::negotiate(asked, lms, browser);
    }
}

fn words(w: &[&str]) -> Vec<String> {
    w.iter().map(|s| s.to_string()).collect()
}

/// `key=value` pairs of a query string, percent-decoded.
pub(crate) fn query_pairs(query: &str) -> Vec<(String, String)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            (percent_decode(k), percent_decode(v))
        })
        .collect()
}

/// Decodes `%XX` escapes and `+` (a space), as browsers encode forms; a `%`
/// not followed by two hex digits stays as it is, invalid UTF-8 becomes U+FFFD.
pub(crate) fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match (bytes[i], bytes.get(i + 1..i + 3)) {
            (b'+', _) => out.push(b' '),
            (b'%', Some(&[hi, lo])) if hi.is_ascii_hexdigit() && lo.is_ascii_hexdigit() => {
                out.push(hex_value(hi) << 4 | hex_value(lo));
                i += 2;
            }
            (b, _) => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The value of one hex digit (callers check it is one).
fn hex_value(digit: u8) -> u8 {
    match digit {
        b'0'..=b'9' => digit - b'0',
        b'a'..=b'f' => digit - b'a' + 10,
        b'A'..=b'F' => digit - b'A' + 10,
        _ => 0,
    }
}
