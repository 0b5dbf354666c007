//! How long the home screen says each activity takes: from its cards or questions, rounded
//! to whole minutes, a range across decks of different lengths, worded in every language.
#![cfg(not(target_arch = "wasm32"))]

use twofold_core::deck::builtin_decks;
use twofold_core::duration::{chooser_minutes, estimate, minutes, sort_minutes};
use twofold_core::i18n::{Catalog, Lang, MessageId};

#[test]
fn minutes_are_the_nearest_whole_minute_and_never_none_for_some_work() {
    assert_eq!(minutes(0), 0, "no size known");
    assert_eq!(sort_minutes(0), 0);
    assert_eq!(minutes(1), 1);
    assert_eq!(minutes(29), 1);
    assert_eq!(minutes(89), 1);
    assert_eq!(minutes(90), 2);
    assert_eq!(sort_minutes(18), 4, "18 cards at 12 s");
    assert_eq!(sort_minutes(26), 5);
    assert_eq!(sort_minutes(28), 6);
    assert_eq!(sort_minutes(2000), 400);
    assert_eq!(chooser_minutes(8), 2, "8 questions at 15 s");
    assert_eq!(sort_minutes(u32::MAX), minutes(u32::MAX), "no overflow");
}

#[test]
fn one_length_is_about_n_minutes_and_several_are_a_range() {
    let en = Catalog::english();
    let say = |m: Vec<u32>| estimate(&m).map(|m| en.format(&m));
    assert_eq!(say(vec![5]).as_deref(), Some("About 5 minutes"));
    assert_eq!(say(vec![1]).as_deref(), Some("About 1 minute"));
    assert_eq!(say(vec![5, 5]).as_deref(), Some("About 5 minutes"));
    assert_eq!(say(vec![6, 4, 5]).as_deref(), Some("4–6 minutes"));
    assert_eq!(say(vec![]), None);
    assert_eq!(say(vec![0, 0]), None, "sizes not known");
    assert_eq!(say(vec![0, 3]).as_deref(), Some("About 3 minutes"));
}

#[test]
fn the_built_in_decks_take_four_to_six_minutes() {
    let lengths: Vec<u32> = builtin_decks()
        .iter()
        .map(|d| sort_minutes(d.as_ref().unwrap().cards.len() as u32))
        .collect();
    let m = estimate(&lengths).unwrap();
    assert_eq!(m.id, MessageId::HomeDurationRange);
    assert_eq!(Catalog::english().format(&m), "4–6 minutes");
}

#[test]
fn every_language_words_both_forms_with_their_numbers() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../content/i18n");
    for (lang, one, range) in [
        (Lang::Es, "Alrededor de 5 minutos", "De 4 a 6 minutos"),
        (Lang::Fr, "Environ 5 minutes", "De 4 à 6 minutes"),
        (Lang::Ar, "نحو 5 دقائق", "من 4 إلى 6 دقائق"),
    ] {
        let text = std::fs::read_to_string(format!("{root}/{}.json", lang.code())).unwrap();
        let catalog = Catalog::parse(&text, lang.plural_rule()).unwrap();
        assert_eq!(catalog.format(&estimate(&[5]).unwrap()), one, "{lang:?}");
        assert_eq!(
            catalog.format(&estimate(&[4, 6]).unwrap()),
            range,
            "{lang:?}"
        );
    }
}
