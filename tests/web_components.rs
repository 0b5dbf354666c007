//! Browser tests (wasm-bindgen-test in headless Chromium): the real app is
//! mounted, clicked and typed at, and the DOM is checked after Yew renders.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use twofold::chooser::builtin_model;
use twofold::config::{Config, Mode};
use twofold::deck::{builtin_decks, parse_deck, Deck, DeckError};
use twofold::game::{Game, Phase};
use twofold::persist::{MemoryStore, Store};
use twofold::route::Route;
use twofold::ui::{App, AppProps, Library, StoreHandle};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

const VALID: &str = include_str!("../core/tests/fixtures/valid-deck.json");

struct Mounted {
    root: Element,
}

impl Mounted {
    async fn new(
        config: Config,
        store: MemoryStore,
        decks: Vec<Result<twofold::deck::Deck, twofold::deck::DeckError>>,
    ) -> Self {
        Self::mount(config, store, decks, false).await
    }

    /// The app as an LMS launches it: locked to the configured activity.
    async fn mount(
        config: Config,
        store: MemoryStore,
        decks: Vec<Result<twofold::deck::Deck, twofold::deck::DeckError>>,
        locked: bool,
    ) -> Self {
        let document = web_sys::window().unwrap().document().unwrap();
        let root = document.create_element("div").unwrap();
        document.body().unwrap().append_child(&root).unwrap();
        let props = AppProps {
            route: Route::from(config),
            problems: vec![],
            store: StoreHandle(Rc::new(store)),
            seed: 12345,
            content: Library::ready(decks, builtin_model().map(Rc::new)),
            locked,
            lms: Default::default(),
        };
        yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
        yew::scheduler::flush().await;
        Self { root }
    }

    /// The sorting game opened on one fixture-deck entry (a deck or its error).
    async fn fixture_game(store: MemoryStore, deck: Result<Deck, DeckError>) -> Self {
        Self::new(sort_config("fixture-deck"), store, vec![deck]).await
    }

    fn find(&self, testid: &str) -> Option<HtmlElement> {
        self.root
            .query_selector(&format!("[data-testid=\"{testid}\"]"))
            .unwrap()
            .map(|e| e.dyn_into().unwrap())
    }

    fn get(&self, testid: &str) -> HtmlElement {
        self.find(testid)
            .unwrap_or_else(|| panic!("no element [data-testid={testid}]"))
    }

    async fn click(&self, testid: &str) {
        self.get(testid).click();
        yew::scheduler::flush().await;
    }

    fn text(&self, testid: &str) -> String {
        self.get(testid).text_content().unwrap_or_default()
    }
}

fn sort_config(deck: &str) -> Config {
    Config {
        mode: Some(Mode::Sort),
        deck: Some(deck.to_string()),
        ..Config::default()
    }
}

#[wasm_bindgen_test]
async fn home_offers_both_activities_and_opens_the_game() {
    let app = Mounted::new(Config::default(), MemoryStore::default(), builtin_decks()).await;
    assert!(app.find("start-chooser").is_some());
    app.click("start-sort").await;
    assert!(app.find("screen-sort").is_some());
    assert!(
        app.find("deck-option-myth-or-fact").is_some(),
        "the three decks are offered"
    );
    app.click("start-game").await;
    assert!(
        app.text("progress").starts_with("Card 1 of "),
        "{}",
        app.text("progress")
    );
}

#[wasm_bindgen_test]
async fn an_activity_an_lms_launched_offers_no_way_to_another() {
    // Unlocked, the start screen and the chooser offer the way home.
    let open = Mounted::new(
        sort_config("myth-or-fact"),
        MemoryStore::default(),
        builtin_decks(),
    )
    .await;
    assert!(open.find("sort-back-home").is_some());
    // Locked (a SCO or AU): the game and the chooser stay what was launched.
    let sort = Mounted::mount(
        sort_config("myth-or-fact"),
        MemoryStore::default(),
        builtin_decks(),
        true,
    )
    .await;
    assert!(sort.find("start-game").is_some());
    assert!(
        sort.find("sort-back-home").is_none(),
        "no way home in a sorting SCO"
    );
    assert!(
        sort.find("deck-option-leadership-training-or-development")
            .is_none(),
        "no deck switch"
    );
    let chooser_config = Config {
        mode: Some(Mode::Chooser),
        ..Config::default()
    };
    let chooser = Mounted::mount(
        chooser_config,
        MemoryStore::default(),
        builtin_decks(),
        true,
    )
    .await;
    assert!(chooser.find("question-progress").is_some());
    assert!(
        chooser.find("chooser-back-home").is_none(),
        "no way home in the chooser's SCO"
    );
}

#[wasm_bindgen_test]
async fn placing_a_card_shows_feedback_and_saves_progress() {
    let store = MemoryStore::default();
    let deck = parse_deck(VALID).unwrap();
    let app = Mounted::fixture_game(store.clone(), Ok(deck.clone())).await;
    app.click("start-game").await;
    let card_text = app.text("card");
    let card = deck
        .cards
        .iter()
        .find(|c| card_text.contains(&c.text))
        .expect("a deck card is shown");
    app.click(&format!("pile-{}", card.pile)).await;
    let feedback = app.get("feedback");
    assert_eq!(
        feedback.get_attribute("data-result").as_deref(),
        Some("correct")
    );
    assert_eq!(app.text("explanation"), card.explanation);
    let next = app.get("next-card");
    let active = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .active_element()
        .unwrap();
    assert_eq!(
        active,
        Element::from(next),
        "focus moves to the next action"
    );
    assert!(
        app.text("announcer").starts_with("Correct:"),
        "{}",
        app.text("announcer")
    );
    let saved = store
        .load("twofold:v1:game:fixture-deck")
        .expect("progress is saved after the move");
    let restored = Game::decode(&saved, &deck).expect("the save restores for this deck");
    assert_eq!(restored.phase(), Phase::Feedback, "{saved}");
    app.click("next-card").await;
    assert_eq!(app.text("progress"), "Card 2 of 5");
}

#[wasm_bindgen_test]
async fn a_resumed_game_says_welcome_back_and_leaves_focus_alone() {
    let store = MemoryStore::default();
    let deck = parse_deck(VALID).unwrap();
    let game = Game::for_deck(&deck, twofold::game::FeedbackMode::Immediate, 5);
    store.save("twofold:v1:game:fixture-deck", &game.encode(&deck));
    let app = Mounted::fixture_game(store.clone(), Ok(deck.clone())).await;
    assert!(app.find("resume-notice").is_some());
    assert_eq!(
        app.text("announcer"),
        "Welcome back: your game continues where you left it."
    );
    let active = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .active_element();
    assert!(
        active.is_none_or(|a| !app.root.contains(Some(&a))),
        "no focus is taken on page load"
    );
    let index = store.load("twofold:v1:index").unwrap_or_default();
    assert!(
        index.contains("fixture-deck"),
        "the deck is remembered: {index}"
    );
}

#[wasm_bindgen_test]
async fn number_keys_place_the_card() {
    let deck = parse_deck(VALID).unwrap();
    let app = Mounted::fixture_game(MemoryStore::default(), Ok(deck)).await;
    app.click("start-game").await;
    // By the physical key: an Arabic layout types ٢ on the key of 2.
    let init = web_sys::KeyboardEventInit::new();
    init.set_key("\u{662}");
    init.set_code("Digit2");
    init.set_bubbles(true);
    let event =
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    app.get("card").dispatch_event(&event).unwrap();
    yew::scheduler::flush().await;
    assert!(
        app.find("feedback").is_some(),
        "key 2 placed the card on the second pile"
    );
}

#[wasm_bindgen_test]
async fn hostile_card_text_is_shown_as_text_and_runs_nothing() {
    let hostile = VALID
        .replace("Card text 1", "<img src=x onerror=\\\"window.pwned=1\\\">")
        .replace("Card text 2", "<script>window.pwned=2</script>")
        .replace("Card text 3", "<img src=x onerror=\\\"window.pwned=3\\\">")
        .replace("Card text 4", "<script>window.pwned=4</script>")
        .replace(
            "Card text 5",
            "<b onmouseover=\\\"window.pwned=5\\\">bold</b>",
        );
    let deck = parse_deck(&hostile).unwrap();
    let app = Mounted::fixture_game(MemoryStore::default(), Ok(deck)).await;
    app.click("start-game").await;
    let card = app.get("card");
    assert!(
        card.text_content().unwrap().contains('<'),
        "markup is shown literally"
    );
    assert!(
        card.query_selector("img, script, b").unwrap().is_none(),
        "no element was created"
    );
    let pwned = js_sys::Reflect::get(&web_sys::window().unwrap(), &"pwned".into()).unwrap();
    assert!(pwned.is_undefined(), "no script ran");
}

#[wasm_bindgen_test]
async fn a_broken_deck_shows_its_problems_not_a_blank_page() {
    let broken = VALID.replace("\"pile\": \"training\"", "\"pile\": \"coaching\"");
    let error = parse_deck(&broken).unwrap_err();
    let detail = "names pile \"coaching\", which the deck does not have";
    // Learners: the short line; the author's view (?author=1): every problem.
    let app = Mounted::fixture_game(MemoryStore::default(), Err(error.clone())).await;
    let text = app.text("deck-error");
    assert!(text.contains("This deck cannot be used"), "{text}");
    assert!(!text.contains(detail), "{text}");
    let config = Config {
        author: true,
        ..sort_config("fixture-deck")
    };
    let app = Mounted::new(config, MemoryStore::default(), vec![Err(error)]).await;
    let text = app.text("deck-error");
    assert!(text.contains(detail), "{text}");
}

#[wasm_bindgen_test]
async fn in_an_lms_start_over_asks_first_and_keeps_the_graded_game_until_confirmed() {
    let store = MemoryStore::default();
    let deck = parse_deck(VALID).unwrap();
    let key = "twofold:v1:game:fixture-deck";
    let game = Game::for_deck(&deck, twofold::game::FeedbackMode::Immediate, 5);
    store.save(key, &game.encode(&deck));
    // Locked to its activity, as an LMS launches it.
    let app = Mounted::mount(
        sort_config("fixture-deck"),
        store.clone(),
        vec![Ok(deck)],
        true,
    )
    .await;
    app.click("restart-game").await;
    assert_eq!(
        app.text("restart-question"),
        "Start over? The cards you have placed in this game will be lost."
    );
    assert!(app.find("card").is_some(), "the game is still on the table");
    assert!(
        store.load(key).is_some(),
        "nothing is forgotten before the answer"
    );
    assert!(app.find("other-deck").is_none(), "no other deck in a SCO");
    app.click("restart-no").await;
    assert!(app.find("restart-question").is_none());
    assert!(store.load(key).is_some());
    app.click("restart-game").await;
    app.click("restart-yes").await;
    assert!(app.find("start-game").is_some());
}

#[wasm_bindgen_test]
async fn the_chooser_is_a_labelled_radio_group_that_needs_an_answer() {
    let config = Config {
        mode: Some(Mode::Chooser),
        ..Config::default()
    };
    let app = Mounted::new(config, MemoryStore::default(), builtin_decks()).await;
    let next = app.get("chooser-next");
    assert!(
        next.has_attribute("disabled"),
        "cannot go on without an answer"
    );
    let radio = app
        .root
        .query_selector("input[type=radio]")
        .unwrap()
        .unwrap()
        .dyn_into::<HtmlInputElement>()
        .unwrap();
    assert!(
        radio.closest("label").unwrap().is_some(),
        "every option has a label"
    );
    radio.click();
    yew::scheduler::flush().await;
    assert!(!app.get("chooser-next").has_attribute("disabled"));
    app.click("chooser-next").await;
    assert_eq!(app.text("question-progress"), "Question 2 of 8");
}

/// A result link given to the page after it read its address (a host's embed.js passing
/// `#result=…` to a frame that was already loading) is taken once the app listens: the
/// chooser opens that result.
#[wasm_bindgen_test]
async fn a_result_link_arriving_before_the_app_listens_is_still_opened() {
    let model = builtin_model().unwrap();
    let link = twofold::chooser::encode_link(&model, &vec![0; model.questions.len()]);
    let window = web_sys::window().unwrap();
    let history = window.history().unwrap();
    let page = window.location().href().unwrap();
    let base = page.split('#').next().unwrap().to_string();
    // The route was read with no fragment; the fragment changes without a hashchange.
    history
        .replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{base}#result={link}")),
        )
        .unwrap();
    let app = Mounted::new(Config::default(), MemoryStore::default(), builtin_decks()).await;
    yew::scheduler::flush().await;
    assert!(app.find("chooser-result").is_some(), "the result is open");
    history
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&base))
        .unwrap();
    app.root.remove();
}
