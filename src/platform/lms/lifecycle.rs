//! What the package's script for the standard tells the link, one number at a time (one
//! callback for everything, so one closure type; the script listens to the page, the wasm
//! holds no listeners): the page's lifecycle as an LMS session needs it (`visibilitychange`
//! to hidden: commit and flush, never finish, since tab switches and screen locks fire it;
//! `pagehide` when the page is not kept for back/forward, `persisted` false: finish, once),
//! and whether the LMS answers.

/// What happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Told {
    /// The page was shown again.
    Shown,
    /// The page was hidden (it may come back; also `pagehide` of a page kept for
    /// back/forward).
    Hidden,
    /// The page is going away for good (`pagehide`, not kept for back/forward).
    Leaving,
    /// A call failed: the LMS is not answering.
    NotAnswering,
    /// The LMS answers again.
    Answering,
}

impl Told {
    /// The script's number for it (0 to 4, in the order above).
    pub fn from_code(code: u32) -> Told {
        match code {
            0 => Told::Shown,
            1 => Told::Hidden,
            2 => Told::Leaving,
            3 => Told::NotAnswering,
            _ => Told::Answering,
        }
    }
}
