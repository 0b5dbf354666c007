//! A message as data: an id and its named arguments. The words are chosen
//! later, by a [`Catalog`](super::Catalog) of the learner's language, so an
//! error can be built where it is found and worded where it is shown.

use super::MessageId;

/// An id with named arguments (`{name}` in the language table).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub id: MessageId,
    pub args: Vec<(&'static str, Arg)>,
}

/// One argument's value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    /// Inserted as it is (never read as a template).
    Text(String),
    /// A number; the argument named `count` also chooses a plural form.
    Count(usize),
    /// Another message, worded in the same language.
    Message(Message),
}

impl Message {
    /// A message with no arguments yet.
    pub fn new(id: MessageId) -> Self {
        Message {
            id,
            args: Vec::new(),
        }
    }

    // Out of line: a message is built at many places, each call is then a few words.
    #[inline(never)]
    pub fn text(self, name: &'static str, value: &str) -> Self {
        self.arg(name, Arg::Text(value.to_owned()))
    }

    #[inline(never)]
    pub fn count(self, name: &'static str, value: usize) -> Self {
        self.arg(name, Arg::Count(value))
    }

    #[inline(never)]
    pub fn message(self, name: &'static str, value: Message) -> Self {
        self.arg(name, Arg::Message(value))
    }

    /// Any argument.
    #[inline(never)]
    pub fn arg(mut self, name: &'static str, value: Arg) -> Self {
        self.args.push((name, value));
        self
    }

    /// The argument called `name`, if given.
    pub fn get(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, a)| a)
    }
}

impl From<MessageId> for Message {
    fn from(id: MessageId) -> Self {
        Message::new(id)
    }
}
