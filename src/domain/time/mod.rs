//! Instants, calendar dates and times of day as plan files write them.
//!
//! Each type here has a strict text form (RFC 3339, `YYYY-MM-DD`, `HH:MM`,
//! `MM-DD`) and refuses anything else on the way in, so that a value read
//! from a file is always a real instant, date or time.

mod date;
mod time_of_day;
mod timestamp;
mod weekday;

pub use date::{format_date, parse_date, serde_date, serde_opt_date, Date, SpecialDayDate};
pub use time_of_day::TimeOfDay;
pub use timestamp::Timestamp;
pub use weekday::IsoWeekday;

/// Serde visitor plumbing shared by the string-written types of this module.
///
/// A visitor with `visit_str` works for a borrowed, owned or buffered string
/// alike; buffering happens inside `#[serde(flatten)]` records, where a plain
/// `<&str>::deserialize` would fail.
fn deserialize_str<'de, D, T>(
    deserializer: D,
    expecting: &'static str,
    parse: fn(&str) -> Option<T>,
) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
{
    struct StrVisitor<T> {
        expecting: &'static str,
        parse: fn(&str) -> Option<T>,
    }

    impl<T> serde::de::Visitor<'_> for StrVisitor<T> {
        type Value = T;

        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.expecting)
        }

        fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<T, E> {
            (self.parse)(s).ok_or_else(|| E::invalid_value(serde::de::Unexpected::Str(s), &self))
        }
    }

    deserializer.deserialize_str(StrVisitor { expecting, parse })
}
