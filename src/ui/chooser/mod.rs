//! The career-path chooser's screens: one question at a time, then the
//! recommendation with its chart, reasons, next steps and shareable link.

mod balance;
mod load;
mod question;
mod result;
mod screen;
mod visit;

pub use load::ChooserLoader;
