//! Record ids: short strings that name one record of one kind.

use std::fmt::{self, Write as _};

use serde::de::{self, Deserializer, Unexpected};
use serde::{Deserialize, Serialize};

/// The id of a record (or of the workspace): 1 to 64 characters from
/// `A-Z a-z 0-9 _ -`.
///
/// The app makes UUID v4 strings; defaults have readable fixed ids such as
/// `pillar-kegiatan-pimpinan`. Ordering is by bytes, which is the order of
/// records in an export.
#[derive(Clone, Debug, Eq, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct Id(String);

impl PartialEq for Id {
    /// Equal strings, checked first by length and last byte: finding one
    /// post among 10,000 by id compares it with each, and in WebAssembly a
    /// whole-string comparison is a `memcmp` call; random ids almost always
    /// differ in their last byte. Inlined, so that a search loop compares
    /// in place rather than calling across the split wasm modules.
    #[inline]
    fn eq(&self, other: &Self) -> bool {
        let (a, b) = (self.0.as_bytes(), other.0.as_bytes());
        a.len() == b.len() && a.last() == b.last() && a == b
    }
}

impl std::hash::Hash for Id {
    /// The string's hash, as equality is the string's.
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.hash(state);
    }
}

impl Id {
    /// The longest id the spec allows, in characters (all ASCII, so bytes).
    pub const MAX_LEN: usize = 64;

    /// Makes a lowercase hyphenated UUID v4 from 16 random bytes.
    ///
    /// The caller supplies the bytes (from `crypto.getRandomValues` in the
    /// browser) so that the domain needs no entropy source of its own.
    pub fn from_random_bytes(mut bytes: [u8; 16]) -> Id {
        // RFC 9562: version 4 in the high nibble of byte 6, variant 0b10 in
        // the two high bits of byte 8.
        bytes[6] = (bytes[6] & 0x0f) | 0x40;
        bytes[8] = (bytes[8] & 0x3f) | 0x80;
        let mut s = String::with_capacity(36);
        for (i, byte) in bytes.iter().enumerate() {
            if matches!(i, 4 | 6 | 8 | 10) {
                s.push('-');
            }
            // Writing to a String cannot fail.
            let _ = write!(s, "{byte:02x}");
        }
        Id(s)
    }

    /// Reads an id, or `None` if it is empty, too long or has a character
    /// outside `A-Z a-z 0-9 _ -`.
    pub fn parse(s: &str) -> Option<Id> {
        let ok = !s.is_empty()
            && s.len() <= Self::MAX_LEN
            && s.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
        ok.then(|| Id(s.to_owned()))
    }

    /// An id written in the source, for defaults such as `workspace`.
    pub fn fixed(s: &'static str) -> Id {
        debug_assert!(Id::parse(s).is_some(), "invalid fixed id {s:?}");
        Id(s.to_owned())
    }

    /// The id as written in plan files.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Checks the id on the way in, so that an `Id` value is always valid.
impl<'de> Deserialize<'de> for Id {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = String::deserialize(deserializer)?;
        Id::parse(&s).ok_or_else(|| {
            de::Error::invalid_value(
                Unexpected::Str(&s),
                &"an id of 1 to 64 characters from A-Z a-z 0-9 _ -",
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equality_is_the_strings_and_agrees_with_hash_and_order() {
        use std::collections::hash_map::DefaultHasher;
        use std::hash::{Hash, Hasher};
        let hash = |id: &Id| {
            let mut h = DefaultHasher::new();
            id.hash(&mut h);
            h.finish()
        };
        let pairs = [
            ("a", "a", true),
            ("ab", "b", false),
            ("ab", "bb", false),
            ("xa", "ya", false),
            ("pillar-kegiatan-pimpinan", "pillar-kegiatan-pimpinan", true),
            (
                "pillar-kegiatan-pimpinan",
                "pillar-kegiatan-pimpinam",
                false,
            ),
        ];
        for (a, b, equal) in pairs {
            let (a, b) = (Id::parse(a).unwrap(), Id::parse(b).unwrap());
            assert_eq!(a == b, equal, "{a:?} {b:?}");
            assert_eq!(a.cmp(&b) == std::cmp::Ordering::Equal, equal);
            if equal {
                assert_eq!(hash(&a), hash(&b));
            }
        }
    }

    #[test]
    fn parse_accepts_the_spec_alphabet_and_lengths() {
        assert!(Id::parse("a").is_some());
        assert!(Id::parse("pillar-kegiatan-pimpinan").is_some());
        assert!(Id::parse("ABC_xyz-09").is_some());
        assert!(Id::parse(&"x".repeat(64)).is_some());
        assert!(Id::parse(&"x".repeat(65)).is_none());
        assert!(Id::parse("").is_none());
        for bad in ["a b", "a.b", "a/b", "ä", "id\n", "é", "a:b", "🙂"] {
            assert!(Id::parse(bad).is_none(), "{bad:?} was accepted");
        }
    }

    #[test]
    fn uuid_v4_has_version_and_variant_bits() {
        for bytes in [[0u8; 16], [0xff; 16], *b"0123456789abcdef"] {
            let id = Id::from_random_bytes(bytes);
            let s = id.as_str();
            assert_eq!(s.len(), 36);
            assert!(Id::parse(s).is_some());
            let groups: Vec<&str> = s.split('-').collect();
            let lens: Vec<usize> = groups.iter().map(|g| g.len()).collect();
            assert_eq!(lens, [8, 4, 4, 4, 12]);
            assert!(s
                .bytes()
                .all(|b| b == b'-' || b.is_ascii_digit() || b.is_ascii_lowercase()));
            assert_eq!(&s[14..15], "4", "version nibble in {s}");
            assert!("89ab".contains(&s[19..20]), "variant nibble in {s}");
        }
        assert_eq!(
            Id::from_random_bytes([0u8; 16]).as_str(),
            "00000000-0000-4000-8000-000000000000"
        );
        assert_eq!(
            Id::from_random_bytes([0xff; 16]).as_str(),
            "ffffffff-ffff-4fff-bfff-ffffffffffff"
        );
    }

    #[test]
    fn serde_is_a_plain_string_and_checks_on_the_way_in() {
        let id = Id::fixed("workspace");
        assert_eq!(serde_json::to_string(&id).unwrap(), "\"workspace\"");
        assert_eq!(serde_json::from_str::<Id>("\"workspace\"").unwrap(), id);
        assert!(serde_json::from_str::<Id>("\"has space\"").is_err());
        assert!(serde_json::from_str::<Id>("\"\"").is_err());
        assert!(serde_json::from_str::<Id>("42").is_err());
        assert_eq!(id.to_string(), "workspace");
    }
}
