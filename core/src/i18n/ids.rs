//! Every message id, as an enum with its key in the language tables
//! (`content/i18n/<lang>.json`). [`MessageId::ALL`] lists them, so a test can
//! check that each table has an entry for every id and no entry for none.
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

message_ids! {
    AppTitle = "app.title",
    AppTagline = "app.tagline",

    HomeHeading = "home.heading",
    HomeSort = "home.sort",
    HomeSortBlurb = "home.sort_blurb",
    HomeChooser = "home.chooser",
    HomeChooserBlurb = "home.chooser_blurb",

    NavBackHome = "nav.back_home",

    NoticeConfigProblem = "notice.config_problem",
    NoticeContentError = "notice.content_error",
    NoticeStorageUnavailable = "notice.storage_unavailable",

    LoadLoading = "load.loading",
    LoadFailedHeading = "load.failed_heading",
    LoadFailed = "load.failed",
    LoadTryAgain = "load.try_again",

    CrashHeading = "crash.heading",
    CrashBody = "crash.body",
    CrashReload = "crash.reload",

    SortChooseDeck = "sort.choose_deck",
    SortCardCount = "sort.card_count",
    SortFeedbackMode = "sort.feedback_mode",
    SortFeedbackImmediate = "sort.feedback_immediate",
    SortFeedbackImmediateBlurb = "sort.feedback_immediate_blurb",
    SortFeedbackAtEnd = "sort.feedback_at_end",
    SortFeedbackAtEndBlurb = "sort.feedback_at_end_blurb",
    SortHowToPlay = "sort.how_to_play",
    SortHowToPlayBody = "sort.how_to_play_body",
    SortStart = "sort.start",
    SortResumeNotice = "sort.resume_notice",
    SortResumeDeckChanged = "sort.resume_deck_changed",
    SortResumeUnreadable = "sort.resume_unreadable",
    SortProgress = "sort.progress",
    SortRestartGame = "sort.restart_game",
    SortPilesLabel = "sort.piles_label",
    SortCardLabel = "sort.card_label",
    SortCardDragHint = "sort.card_drag_hint",
    SortCardSelectedHint = "sort.card_selected_hint",
    SortCorrect = "sort.correct",
    SortIncorrect = "sort.incorrect",
    SortCardBelongsIn = "sort.card_belongs_in",
    SortChoseButBelongsIn = "sort.chose_but_belongs_in",
    SortNextCard = "sort.next_card",
    SortSeeResults = "sort.see_results",
    SortReviewHeading = "sort.review_heading",
    SortReviewBody = "sort.review_body",
    SortCheck = "sort.check",
    SortPlacedPile = "sort.placed_pile",
    SortPlacedCount = "sort.placed_count",
    SortMoveTo = "sort.move_to",
    SortMoveCardTo = "sort.move_card_to",
    SortResultsHeading = "sort.results_heading",
    SortScore = "sort.score",
    SortScoreOverall = "sort.score_overall",
    SortChartTitle = "sort.chart_title",
    SortChartRight = "sort.chart_right",
    SortChartWrong = "sort.chart_wrong",
    SortMissedHeading = "sort.missed_heading",
    SortMissedAnswers = "sort.missed_answers",
    SortShowAllMissed = "sort.show_all_missed",
    SortAllRight = "sort.all_right",
    SortRetryMissed = "sort.retry_missed",
    SortPlayAgain = "sort.play_again",
    SortShowSolution = "sort.show_solution",
    SortHideSolution = "sort.hide_solution",
    SortSolutionHeading = "sort.solution_heading",

    NarratePlacedOn = "narrate.placed_on",
    NarratePlacedCorrect = "narrate.placed_correct",
    NarratePlacedIncorrect = "narrate.placed_incorrect",
    NarrateMovedTo = "narrate.moved_to",
    NarrateRoundFinished = "narrate.round_finished",
    NarrateRoundStarted = "narrate.round_started",
    NarrateThen = "narrate.then",

    ChooserQuestionProgress = "chooser.question_progress",
    ChooserProgressLabel = "chooser.progress_label",
    ChooserPrevious = "chooser.previous",
    ChooserNext = "chooser.next",
    ChooserShowResult = "chooser.show_result",
    ChooserRestart = "chooser.restart",
    ChooserRecommendation = "chooser.recommendation",
    ChooserScoresTitle = "chooser.scores_title",
    ChooserWhyHeading = "chooser.why_heading",
    ChooserBecauseYouSaid = "chooser.because_you_said",
    ChooserNextStepsHeading = "chooser.next_steps_heading",
    ChooserResultLink = "chooser.result_link",
    ChooserResultLinkHint = "chooser.result_link_hint",
    ChooserResultAnnouncement = "chooser.result_announcement",
    ChooserLinkProblem = "chooser.link_problem",
    ChooserLinkOwnAnswers = "chooser.link_own_answers",
    ChooserLinkFreshStart = "chooser.link_fresh_start",

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
