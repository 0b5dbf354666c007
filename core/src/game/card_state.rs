//! What a save keeps of one card: the pile it is on in this round, its first-try and latest
//! results, packed into one record digit (45 combinations).

/// One card's saved state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(super) struct CardState {
    pub placed: Option<usize>,
    pub first_try: Option<bool>,
    pub latest: Option<bool>,
}

/// Distinct [`CardState`]s a digit holds: 5 placements (none, piles 1–4) × 3 × 3.
pub(super) const STATES: u8 = 45;

impl CardState {
    /// The state as a number below [`STATES`] (`None` if the pile does not fit a digit).
    pub fn pack(self) -> Option<u8> {
        let placed = match self.placed {
            None => 0,
            Some(p) if p < 4 => p as u8 + 1,
            Some(_) => return None,
        };
        Some(placed * 9 + result_code(self.first_try) * 3 + result_code(self.latest))
    }

    pub fn unpack(value: u8) -> Option<Self> {
        (value < STATES).then(|| Self {
            placed: (value / 9).checked_sub(1).map(usize::from),
            first_try: result_from_code(value / 3 % 3),
            latest: result_from_code(value % 3),
        })
    }
}

pub(super) fn result_code(result: Option<bool>) -> u8 {
    match result {
        None => 0,
        Some(false) => 1,
        Some(true) => 2,
    }
}

pub(super) fn result_from_code(code: u8) -> Option<bool> {
    match code {
        1 => Some(false),
        2 => Some(true),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_state_packs_into_one_digit_and_back() {
        for value in 0..STATES {
            let state = CardState::unpack(value).unwrap();
            assert_eq!(state.pack(), Some(value));
        }
        assert_eq!(CardState::unpack(STATES), None);
    }
}
