//! Every message id, as an enum with its key in the language tables
//! (`content/i18n/<lang>.json`). [`MessageId::ALL`] lists them, so a test can
//! check that each table has an entry for every id and no entry for none.
//!
//! Keys are `area.what`: `json.*` the reader's syntax errors, `deck.*` and
//! `chooser.*` the validators', `problem.*` wording both validators share,
//! `config.*`, `link.*`, `resume.*` the other errors.

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

message_ids! {
    JsonEmpty = "json.empty",
    JsonTrailingText = "json.trailing_text",
    JsonExpectedValue = "json.expected_value",
    JsonEndsBeforeValue = "json.ends_before_value",
    JsonTooDeep = "json.too_deep",
    JsonExpectedItemEnd = "json.expected_item_end",
    JsonExpectedKey = "json.expected_key",
    JsonDuplicateKey = "json.duplicate_key",
    JsonExpectedColon = "json.expected_colon",
    JsonExpectedFieldEnd = "json.expected_field_end",
    JsonUnterminatedString = "json.unterminated_string",
    JsonControlCharacter = "json.control_character",
    JsonBadEscape = "json.bad_escape",
    JsonUnpairedSurrogate = "json.unpaired_surrogate",
    JsonShortUnicodeEscape = "json.short_unicode_escape",
    JsonBadNumber = "json.bad_number",
    JsonWrongType = "json.wrong_type",
    JsonNotWholeNumber = "json.not_whole_number",
    JsonUnknownField = "json.unknown_field",
    JsonMissingField = "json.missing_field",
    JsonTooLarge = "json.too_large",
    JsonPlace = "json.place",
    JsonPlaceAt = "json.place_at",
    JsonExpectedObject = "json.expected.object",
    JsonExpectedText = "json.expected.text",
    JsonExpectedList = "json.expected.list",
    JsonExpectedWholeNumber = "json.expected.whole_number",
    JsonFoundNull = "json.found.null",
    JsonFoundTrue = "json.found.true",
    JsonFoundFalse = "json.found.false",
    JsonFoundNumber = "json.found.number",
    JsonFoundText = "json.found.text",
    JsonFoundList = "json.found.list",
    JsonFoundObject = "json.found.object",

    ProblemEmpty = "problem.empty",
    ProblemTooLong = "problem.too_long",
    ProblemDuplicate = "problem.duplicate",

    DeckUnreadable = "deck.unreadable",
    DeckInvalid = "deck.invalid",
    DeckNoId = "deck.no_id",
    DeckProblem = "deck.problem",
    DeckProblemAt = "deck.problem_at",
    DeckAtPile = "deck.at_pile",
    DeckAtSource = "deck.at_source",
    DeckAtCard = "deck.at_card",
    DeckBadId = "deck.bad_id",
    DeckUnknownPile = "deck.unknown_pile",
    DeckUnknownSource = "deck.unknown_source",
    DeckTooFew = "deck.too_few",
    DeckTooMany = "deck.too_many",

    ChooserInvalid = "chooser.invalid",
    ChooserUnreadable = "chooser.unreadable",
    ChooserProblem = "chooser.problem",
    ChooserProblemIn = "chooser.problem_in",
    ChooserAtQuestionnaire = "chooser.at_questionnaire",
    ChooserAtPath = "chooser.at_path",
    ChooserAtOutcome = "chooser.at_outcome",
    ChooserAtBlend = "chooser.at_blend",
    ChooserAtQuestion = "chooser.at_question",
    ChooserAtOption = "chooser.at_option",
    ChooserFieldStep = "chooser.field_step",
    ChooserFieldWeight = "chooser.field_weight",
    ChooserBadId = "chooser.bad_id",
    ChooserListSize = "chooser.list_size",
    ChooserOptionCount = "chooser.option_count",
    ChooserNextSteps = "chooser.next_steps",
    ChooserUnknownColour = "chooser.unknown_colour",
    ChooserColourTaken = "chooser.colour_taken",
    ChooserUnknownPath = "chooser.unknown_path",
    ChooserBlendArity = "chooser.blend_arity",
    ChooserSamePathTwice = "chooser.same_path_twice",
    ChooserSameBlend = "chooser.same_blend",
    ChooserMissingBlend = "chooser.missing_blend",
    ChooserWeightTooHigh = "chooser.weight_too_high",

    ConfigProblem = "config.problem",

    LinkMalformed = "link.malformed",
    LinkWrongLength = "link.wrong_length",
    LinkNoSuchOption = "link.no_such_option",
    LinkTampered = "link.tampered",

    ResumeUnreadable = "resume.unreadable",
    ResumeOtherVersion = "resume.other_version",
    ResumeOtherDeck = "resume.other_deck",
    ResumeDeckChanged = "resume.deck_changed",
    ResumeInconsistent = "resume.inconsistent",
}
