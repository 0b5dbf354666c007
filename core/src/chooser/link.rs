//! The shareable result link: complete answers encoded in a URL fragment
//! (`#result=cp1-0213-7f`) with a checksum, so a tampered link is refused clearly.

use super::model::ChooserModel;
use super::recommend::recommend;
use crate::i18n::{display_in_english, Message, MessageId};

const PREFIX: &str = "cp1-";

/// Why a result link could not be used (its words: [`LinkError::describe`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkError {
    /// Not a result link of this version.
    Malformed,
    /// Answers missing or extra.
    WrongLength { expected: usize, found: usize },
    /// An answer names an option the question does not have.
    NoSuchOption { question: usize },
    /// The checksum does not match: the link was changed or cut short.
    Tampered,
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
        }
    }
}

display_in_english!(LinkError);

impl std::error::Error for LinkError {}

/// The fragment value for complete answers (each answer one character).
pub fn encode_link(model: &ChooserModel, answers: &[usize]) -> String {
    let digits: String = answers
        .iter()
        .map(|&a| char::from_digit(a as u32, 36).unwrap_or('z'))
        .collect();
    format!("{PREFIX}{digits}-{:02x}", checksum(&model.id, &digits))
}

/// The answers in a fragment value made by [`encode_link`].
pub fn decode_link(model: &ChooserModel, value: &str) -> Result<Vec<usize>, LinkError> {
    let rest = value.strip_prefix(PREFIX).ok_or(LinkError::Malformed)?;
    let (digits, sum) = rest.rsplit_once('-').ok_or(LinkError::Malformed)?;
    if sum.len() != 2 || !digits.chars().all(|c| c.is_ascii_alphanumeric()) {
        return Err(LinkError::Malformed);
    }
    let sum = u8::from_str_radix(sum, 16).map_err(|_| LinkError::Malformed)?;
    let expected = model.questions.len();
    let found = digits.chars().count();
    if sum != checksum(&model.id, digits) {
        return Err(LinkError::Tampered);
    }
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
    Ok(answers)
}

fn checksum(model_id: &str, digits: &str) -> u8 {
    let mut h: u32 = 0x811c_9dc5;
    for b in model_id.bytes().chain([b':']).chain(digits.bytes()) {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    (h ^ (h >> 8) ^ (h >> 16) ^ (h >> 24)) as u8
}
