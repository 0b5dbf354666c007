//! Telling the host page what happens: the events from real game and chooser transitions,
//! their JSON, and `?parentOrigin=`.

use twofold_core::chooser::{builtin_model, ChooserAction, ChooserSession};
use twofold_core::config::Config;
use twofold_core::deck::builtin_deck;
use twofold_core::game::{Action, FeedbackMode, Game, Opening};
use twofold_core::host::{chooser_events, game_events, parse_origin, HostEvent};

#[test]
fn a_game_reports_progress_per_card_and_its_first_try_score_when_the_round_ends() {
    let deck = builtin_deck("myth-or-fact").unwrap().unwrap();
    let mut game = Game::for_deck(&deck, FeedbackMode::Immediate, 7);
    assert!(
        game_events(&game.open(&deck.id, Opening::Fresh, 0), &game).is_empty(),
        "nothing on open"
    );
    let total = deck.cards.len();
    let mut all = Vec::new();
    for n in 0..total {
        let card = game.current_card().unwrap();
        // The first card is missed.
        let right = deck.answer_key()[card];
        let pile = if n == 0 { 1 - right } else { right };
        let placed = game_events(&game.apply(Action::Place(pile), 10).unwrap(), &game);
        assert_eq!(placed[0], HostEvent::Progress { done: n + 1, total });
        all.extend(placed);
        if let Ok(events) = game.apply(Action::Next, 20) {
            all.extend(game_events(&events, &game));
        }
    }
    let completed: Vec<_> = all
        .iter()
        .filter(|e| matches!(e, HostEvent::GameCompleted { .. }))
        .collect();
    let score = (((total - 1) * 100) as f64 / total as f64).round() as u8;
    assert_eq!(
        completed,
        [&HostEvent::GameCompleted {
            score,
            correct: total - 1,
            total
        }],
        "completed once, with the first-try score"
    );
}

#[test]
fn the_json_names_the_activity_and_carries_only_numbers_and_ids() {
    assert_eq!(
        HostEvent::Progress { done: 3, total: 18 }.json("sort:myth-or-fact"),
        r#"{"twofold":"event","type":"progress","activity":"sort:myth-or-fact","done":3,"total":18}"#
    );
    assert_eq!(
        HostEvent::GameCompleted {
            score: 94,
            correct: 17,
            total: 18
        }
        .json("sort:x"),
        r#"{"twofold":"event","type":"completed","activity":"sort:x","score":94,"correct":17,"total":18}"#
    );
    assert_eq!(
        HostEvent::Ready.json("chooser"),
        r#"{"twofold":"event","type":"ready","activity":"chooser"}"#
    );
    // Nothing but id characters gets in, whatever an id holds.
    let hostile = HostEvent::ChooserCompleted {
        outcome: "blend\"},\"x\":\"<script>".to_string(),
    };
    let text = hostile.json("chooser");
    assert_eq!(
        text,
        r#"{"twofold":"event","type":"completed","activity":"chooser","outcome":"blendx:script"}"#
    );
    let parsed: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(parsed["outcome"], "blendx:script");
}

#[test]
fn the_chooser_reports_each_answer_and_its_outcome() {
    let model = builtin_model().unwrap();
    let (mut session, _) = ChooserSession::start(&model, None, None);
    let mut seen = Vec::new();
    for q in 0..model.questions.len() {
        let _ = q;
        let events = session.apply(&model, ChooserAction::Answer(0));
        seen.extend(chooser_events(&events, &model, session.chooser()));
        let events = session.apply(&model, ChooserAction::Next);
        seen.extend(chooser_events(&events, &model, session.chooser()));
    }
    let progress: Vec<_> = seen
        .iter()
        .filter(|e| matches!(e, HostEvent::Progress { .. }))
        .collect();
    assert_eq!(progress.len(), model.questions.len());
    assert_eq!(
        progress.last(),
        Some(&&HostEvent::Progress {
            done: model.questions.len(),
            total: model.questions.len()
        })
    );
    assert!(
        matches!(seen.last(), Some(HostEvent::ChooserCompleted { outcome }) if !outcome.is_empty())
    );
}

#[test]
fn parent_origin_must_be_an_origin() {
    assert_eq!(
        parse_origin("https://Blog.Example.org/").as_deref(),
        Some("https://blog.example.org")
    );
    assert_eq!(
        parse_origin("http://localhost:8080").as_deref(),
        Some("http://localhost:8080")
    );
    for bad in [
        "*",
        "blog.example.org",
        "https://a.org/path",
        "javascript:alert(1)",
        "https://",
        "https://a b",
    ] {
        assert_eq!(parse_origin(bad), None, "{bad}");
    }
    let (config, problems) = Config::from_query("?parentOrigin=https%3A%2F%2Fhost.example", &[]);
    assert_eq!(
        config.parent_origin.as_deref(),
        Some("https://host.example")
    );
    assert!(problems.is_empty());
    let (config, problems) = Config::from_query("?parentOrigin=*", &[]);
    assert_eq!(config.parent_origin, None, "never `*`");
    assert_eq!(problems.len(), 1);
}
