//! Statement ids (cmi5 9.1.0.0-1: the AU sets them): version 4 UUIDs drawn from a small
//! PRNG seeded with 16 random bytes the platform passes in (`crypto.getRandomValues`), so
//! the core reads no randomness and tests are repeatable. Each half of the seed drives its
//! own SplitMix64, so all 128 bits of the seed count.

use std::fmt;

use crate::game::SplitMix64;

/// A UUID, written lowercase with hyphens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Uuid(pub [u8; 16]);

impl Uuid {
    /// `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`, lowercase (by hand: no formatter in the wasm).
    pub fn text(&self) -> String {
        let mut out = String::with_capacity(36);
        for (i, b) in self.0.iter().enumerate() {
            if matches!(i, 4 | 6 | 8 | 10) {
                out.push('-');
            }
            for nibble in [b >> 4, b & 15] {
                out.push(char::from(b"0123456789abcdef"[usize::from(nibble)]));
            }
        }
        out
    }
}

impl fmt::Display for Uuid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text())
    }
}

/// A stream of random (version 4, RFC 4122 variant) UUIDs from a seed.
#[derive(Debug, Clone)]
pub struct UuidSource {
    high: SplitMix64,
    low: SplitMix64,
}

impl UuidSource {
    pub fn new(seed: [u8; 16]) -> Self {
        let mut high = [0; 8];
        let mut low = [0; 8];
        high.copy_from_slice(&seed[..8]);
        low.copy_from_slice(&seed[8..]);
        Self {
            high: SplitMix64::new(u64::from_le_bytes(high)),
            // Different streams even when both halves are equal.
            low: SplitMix64::new(u64::from_le_bytes(low) ^ 0xD1B5_4A32_D192_ED03),
        }
    }

    pub fn next_uuid(&mut self) -> Uuid {
        let mut bytes = [0; 16];
        bytes[..8].copy_from_slice(&self.high.next_u64().to_be_bytes());
        bytes[8..].copy_from_slice(&self.low.next_u64().to_be_bytes());
        bytes[6] = (bytes[6] & 0x0f) | 0x40;
        bytes[8] = (bytes[8] & 0x3f) | 0x80;
        Uuid(bytes)
    }
}
