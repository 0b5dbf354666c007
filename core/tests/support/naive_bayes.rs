//! A multinomial naive Bayes classifier on lower-cased word counts with add-one
//! (Laplace) smoothing, for one question about a deck: could a learner sort its cards
//! by their words alone? Trained leave-one-out: each card is classified by a model
//! trained on every other card's text, never its own.
//!
//! Words are the maximal runs of letters and digits, lower-cased (`"Hands-on"` is
//! `hands`, `on`). A word the training texts never use is left out of the score (it
//! says nothing about either pile). Equal scores go to the pile listed first, so a tie
//! is never counted in the deck's favour by chance.

use std::collections::HashMap;

/// The lower-cased words of `text`, in order.
pub fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// A trained classifier: per class, its document count and word counts.
pub struct NaiveBayes {
    classes: usize,
    documents: Vec<usize>,
    counts: Vec<HashMap<String, usize>>,
    totals: Vec<usize>,
    vocabulary: usize,
    known: std::collections::HashSet<String>,
}

impl NaiveBayes {
    /// Trains on `(text, class)` pairs, classes numbered `0..classes`.
    pub fn train<'a>(examples: impl IntoIterator<Item = (&'a str, usize)>, classes: usize) -> Self {
        let mut model = Self {
            classes,
            documents: vec![0; classes],
            counts: vec![HashMap::new(); classes],
            totals: vec![0; classes],
            vocabulary: 0,
            known: Default::default(),
        };
        for (text, class) in examples {
            model.documents[class] += 1;
            for word in words(text) {
                *model.counts[class].entry(word.clone()).or_insert(0) += 1;
                model.totals[class] += 1;
                model.known.insert(word);
            }
        }
        model.vocabulary = model.known.len();
        model
    }

    /// The log-probability score of `text` for each class.
    pub fn scores(&self, text: &str) -> Vec<f64> {
        let documents: usize = self.documents.iter().sum();
        (0..self.classes)
            .map(|c| {
                let prior = (self.documents[c] as f64 / documents as f64).ln();
                let denominator = (self.totals[c] + self.vocabulary) as f64;
                words(text)
                    .iter()
                    .filter(|w| self.known.contains(*w))
                    .map(|w| {
                        let n = self.counts[c].get(w).copied().unwrap_or(0);
                        ((n + 1) as f64 / denominator).ln()
                    })
                    .sum::<f64>()
                    + prior
            })
            .collect()
    }

    /// The most likely class for `text` (the first listed among equals).
    pub fn classify(&self, text: &str) -> usize {
        let scores = self.scores(text);
        let mut best = 0;
        for (c, &s) in scores.iter().enumerate() {
            if s > scores[best] {
                best = c;
            }
        }
        best
    }
}

/// How many of `cards` (`(text, class)`) a classifier trained on the others puts in
/// their own class, and which ones it gets right.
pub fn leave_one_out(cards: &[(&str, usize)], classes: usize) -> (usize, Vec<bool>) {
    let right: Vec<bool> = (0..cards.len())
        .map(|i| {
            let others = cards
                .iter()
                .enumerate()
                .filter(|&(j, _)| j != i)
                .map(|(_, &card)| card);
            NaiveBayes::train(others, classes).classify(cards[i].0) == cards[i].1
        })
        .collect();
    (right.iter().filter(|&&r| r).count(), right)
}
