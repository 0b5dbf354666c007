//! The shareable result link: complete answers encoded in a URL fragment
//! (`#result=cp2-0213-7f`) with a checksum, so a tampered link is refused clearly.
//!
//! The number after `cp` is the questionnaire's [`version`](ChooserModel::version) the
//! answers were given in. Every link made before versions existed reads `cp1-`, and its
//! checksum covers the questionnaire id and the answers only; from version 2 on the
//! checksum covers the version too. A revision only appends options, so an earlier
//! version's answers still name the same options: such a link opens on its answers,
//! and its result says plainly that it comes from an earlier version
//! ([`crate::chooser::Chooser::from_earlier_version`]) rather than silently showing
//! another recommendation. A link from a newer version than the questionnaire at hand
//! is refused ([`LinkError::NewerVersion`]).

use super::model::ChooserModel;
use super::recommend::recommend;
use crate::i18n::{display_in_english, Message, MessageId};

const PREFIX: &str = "cp";

/// Why a result link could not be used (its words: [`LinkError::message`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkError {
    /// Not a result link.
    Malformed,
    /// Answers missing or extra.
    WrongLength { expected: usize, found: usize },
    /// An answer names an option the question does not have.
    NoSuchOption { question: usize },
    /// The checksum does not match: the link was changed or cut short.
    Tampered,
    /// Made with a newer version of the questionnaire than the one at hand.
    NewerVersion,
}

impl LinkError {
    pub fn message(&self) -> Message {
        match self {
            LinkError::Malformed => Message::new(MessageId::LinkMalformed),
            LinkError::WrongLength { expected, found } => Message::new(MessageId::LinkWrongLength)
                .count("expected", *expected)
                .count("found", *found),
            LinkError::NoSuchOption { question } => {
                Message::new(MessageId::LinkNoSuchOption).count("number", question + 1)
            }
            LinkError::Tampered => Message::new(MessageId::LinkTampered),
            LinkError::NewerVersion => Message::new(MessageId::LinkNewerVersion),
        }
    }
}

display_in_english!(LinkError);

impl std::error::Error for LinkError {}

/// The answers a result link carries, and the questionnaire version they were given in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkedAnswers {
    pub answers: Vec<usize>,
    /// 1 for every link made before versions existed; never above the model's.
    pub version: u32,
}

/// The fragment value for complete answers given to today's version of the questionnaire.
pub fn encode_link(model: &ChooserModel, answers: &[usize]) -> String {
    encode_link_in(model, answers, model.version)
}

/// The fragment value for complete answers given to version `version` of the questionnaire.
pub(crate) fn encode_link_in(model: &ChooserModel, answers: &[usize], version: u32) -> String {
    let digits: String = answers
        .iter()
        .map(|&a| char::from_digit(a as u32, 36).unwrap_or('z'))
        .collect();
    let sum = checksum(&model.id, version, &digits);
    format!("{PREFIX}{version}-{digits}-{sum:02x}")
}

/// The answers in a fragment value made by [`encode_link`] (of this or an earlier version).
pub fn decode_link(model: &ChooserModel, value: &str) -> Result<Vec<usize>, LinkError> {
    read_link(model, value).map(|linked| linked.answers)
}

/// The answers in a fragment value made by [`encode_link`], with their version.
pub fn read_link(model: &ChooserModel, value: &str) -> Result<LinkedAnswers, LinkError> {
    let rest = value.strip_prefix(PREFIX).ok_or(LinkError::Malformed)?;
    let (version, rest) = rest.split_once('-').ok_or(LinkError::Malformed)?;
    let (digits, sum) = rest.rsplit_once('-').ok_or(LinkError::Malformed)?;
    let well_formed = !version.is_empty()
        && version.bytes().all(|b| b.is_ascii_digit())
        && !version.starts_with('0')
        && sum.len() == 2
        && digits.chars().all(|c| c.is_ascii_alphanumeric());
    if !well_formed {
        return Err(LinkError::Malformed);
    }
    let version: u32 = version.parse().map_err(|_| LinkError::Malformed)?;
    let sum = u8::from_str_radix(sum, 16).map_err(|_| LinkError::Malformed)?;
    if sum != checksum(&model.id, version, digits) {
        return Err(LinkError::Tampered);
    }
    if version > model.version {
        return Err(LinkError::NewerVersion);
    }
    let expected = model.questions.len();
    let found = digits.chars().count();
    if found != expected {
        return Err(LinkError::WrongLength { expected, found });
    }
    let answers: Vec<usize> = digits
        .chars()
        .map(|c| c.to_digit(36).unwrap_or(u32::MAX) as usize)
        .collect();
    for (question, &a) in answers.iter().enumerate() {
        if a >= model.questions[question].options.len() {
            return Err(LinkError::NoSuchOption { question });
        }
    }
    recommend(model, &answers).ok_or(LinkError::Malformed)?;
    Ok(LinkedAnswers { answers, version })
}

/// FNV-1a over `<id>:<digits>` (version 1, as links were before versions existed) or
/// `<id>@<version>:<digits>`, folded to one byte.
fn checksum(model_id: &str, version: u32, digits: &str) -> u8 {
    let tag = if version == 1 {
        String::new()
    } else {
        format!("@{version}")
    };
    let mut h: u32 = 0x811c_9dc5;
    for b in model_id
        .bytes()
        .chain(tag.bytes())
        .chain([b':'])
        .chain(digits.bytes())
    {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    (h ^ (h >> 8) ^ (h >> 16) ^ (h >> 24)) as u8
}
