//! Every message id, as an enum with its key in the language tables
//! (`content/i18n/<lang>.json`). The English table is the list: `core/build.rs` makes one
//! id per entry, in table order, named after its key (`sort.card_count` → `SortCardCount`),
//! so a message is added by adding its English. [`MessageId::ALL`] lists them, so a test
//! can check that another table has an entry for every id and no entry for none.
//!
//! Keys are `area.what`. The interface: `app.*` and `home.*` the masthead and
//! home page, `nav.*` shared navigation, `notice.*` and `load.*` notices and
//! loading, `crash.*` the crash screen (`index.html` holds the copy), `sort.*`
//! and `chooser.*` the two activities, `narrate.*` what the screen reader hears
//! during a game. The errors: `json.*` the reader's syntax errors, `deck.*` and
//! `chooser.*` the validators', `problem.*` wording both validators share,
//! `config.*`, `link.*`, `resume.*` the others.

macro_rules! message_ids {
    ($($name:ident = $key:literal,)*) => {
        /// One message of a language table.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum MessageId {
            $($name,)*
        }

        impl MessageId {
            /// Every id, in table order.
            pub const ALL: &'static [MessageId] = &[$(MessageId::$name,)*];

            /// The id's key in a language table.
            pub fn key(self) -> &'static str {
                match self {
                    $(MessageId::$name => $key,)*
                }
            }
        }
    };
}

// `message_ids! { Name = "key", ... }`, one line per entry of `content/i18n/en.json`, made by
// `core/build.rs`.
include!(concat!(env!("OUT_DIR"), "/message_ids.rs"));
