//! Twofold: an embeddable learning widget. Learners sort cards into
//! "training" or "development" piles and get a career-path recommendation.
//!
//! This crate is the widget: Yew components and the browser boundary. The
//! rules live in the `twofold-core` crate (`core/`), re-exported here under
//! their own names so the two layers read as one.
//!
//! # Layout
//! - [`platform`]: the only code that touches JavaScript: storage, location, the clock,
//!   randomness, geometry, fetch, the page's inert JSON, custom properties through the CSSOM.
//! - [`ui`]: Yew components that render state and send actions, and the one interpreter of
//!   the core's reactions (`ui/env/effects.rs`); no business rules. With the `prerender`
//!   feature (the build's native pre-renderer, `src/bin/prerender.rs`), `ui::prerender`
//!   renders an entry page's first screen to HTML.
//! - Re-exported from `twofold-core`: [`accent`], [`deck`], [`json`], [`game`], [`chart`], [`chooser`], [`host`],
//!   [`config`], [`duration`], [`content`], [`i18n`], [`narrate`], [`persist`], [`react`], [`record`],
//!   [`route`], [`session`], and with LMS reporting (the `lms`, `lms-scorm`
//!   or `lms-cmi5` feature) `report`.

#[cfg(feature = "reporting")]
pub use twofold_core::report;
pub use twofold_core::{
    accent, chart, chooser, config, content, deck, duration, game, host, i18n, json, narrate,
    persist, react, record, route, session,
};

pub mod platform;
pub mod ui;
