//! A valid deck of any size over two piles, as authors write it, for tests of big decks.
#![allow(dead_code)]

use twofold_core::deck::{parse_deck, Deck};

/// A valid deck of `n` cards (`card-number-<i>`) over two piles, `left` and `right`.
pub fn generated_deck(n: usize) -> Deck {
    let cards: Vec<String> = (0..n)
        .map(|i| {
            format!(
                r#"{{"id":"card-number-{i}","text":"Card {i}","pile":"{}","idea":"i","explanation":"Why {i}."}}"#,
                if i % 2 == 0 { "left" } else { "right" }
            )
        })
        .collect();
    parse_deck(&format!(
        r#"{{"id":"big","title":"Big","intro":"","piles":[{{"id":"left","label":"Left","hint":""}},{{"id":"right","label":"Right","hint":""}}],"cards":[{}]}}"#,
        cards.join(",")
    ))
    .unwrap()
}
