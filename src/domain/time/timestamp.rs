//! Instants: `created_at`, `updated_at`, `exported_at` and the like.

use std::fmt;

use chrono::{DateTime, SecondsFormat, TimeDelta, Utc};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// An instant, written in plan files as RFC 3339 in UTC with a `Z`
/// (`2026-11-29T03:15:00Z`, with sub-second digits only when there are some).
///
/// Reading accepts any RFC 3339 offset and keeps only the instant, so two
/// timestamps compare as instants whatever offset they were written with.
/// Only instants from year 0000 to 9999 in UTC exist: those are the ones
/// RFC 3339 can write, so every `Timestamp` survives a round trip.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(DateTime<Utc>);

/// `0000-01-01T00:00:00Z`, the first instant RFC 3339 can write.
const MIN_MILLIS: i64 = -62_167_219_200_000;
/// `9999-12-31T23:59:59.999Z`, the last millisecond RFC 3339 can write.
const MAX_MILLIS: i64 = 253_402_300_799_999;

impl Timestamp {
    /// `1970-01-01T00:00:00Z`: the timestamps of defaults, so that any edit
    /// wins over them.
    pub const EPOCH: Timestamp = Timestamp(DateTime::<Utc>::UNIX_EPOCH);

    /// The instant `millis` milliseconds after 1970-01-01T00:00:00Z (what
    /// JavaScript's `Date.now()` returns), or `None` outside years 0000–9999.
    pub fn from_unix_millis(millis: i64) -> Option<Timestamp> {
        if !(MIN_MILLIS..=MAX_MILLIS).contains(&millis) {
            return None;
        }
        DateTime::from_timestamp_millis(millis).map(Timestamp)
    }

    /// Milliseconds since 1970-01-01T00:00:00Z, rounded down.
    pub fn unix_millis(self) -> i64 {
        self.0.timestamp_millis()
    }

    /// Reads an RFC 3339 timestamp with any offset (strictly RFC 3339, via
    /// chrono's `parse_from_rfc3339`), or `None`.
    pub fn parse(s: &str) -> Option<Timestamp> {
        let instant = DateTime::parse_from_rfc3339(s).ok()?.with_timezone(&Utc);
        Timestamp::from_datetime(instant)
    }

    /// Wraps a chrono instant, or `None` outside years 0000–9999 in UTC
    /// (an offset can push `0000-01-01T00:00:00+01:00` out of range).
    pub fn from_datetime(instant: DateTime<Utc>) -> Option<Timestamp> {
        let min = DateTime::from_timestamp_millis(MIN_MILLIS)?;
        let max = DateTime::from_timestamp_millis(MAX_MILLIS + 1)?;
        (min <= instant && instant < max).then_some(Timestamp(instant))
    }

    /// The instant as a chrono value, for calendar arithmetic.
    pub fn as_datetime(self) -> DateTime<Utc> {
        self.0
    }

    /// The text written in plan files: RFC 3339 in UTC with a `Z`.
    pub fn to_rfc3339(self) -> String {
        self.0.to_rfc3339_opts(SecondsFormat::AutoSi, true)
    }

    /// The `updated_at` of a record edited at `now` that had `self` before:
    /// `now`, but at least one millisecond later than `self`.
    ///
    /// Merges keep the record with the later `updated_at`, so an edit must
    /// move it forward even when this device's clock is behind the one that
    /// wrote the record last; otherwise the edit would lose to the old
    /// version on the next import.
    pub fn after_edit(self, now: Timestamp) -> Timestamp {
        let next = self
            .0
            .checked_add_signed(TimeDelta::milliseconds(1))
            .and_then(Timestamp::from_datetime)
            // At the very end of year 9999 there is no later instant to take.
            .unwrap_or(self);
        now.max(next)
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_rfc3339())
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_rfc3339())
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        super::deserialize_str(
            deserializer,
            "an RFC 3339 timestamp such as 2026-11-29T03:15:00Z",
            Timestamp::parse,
        )
    }
}

// Native only: proptest needs an OS random source.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn ts(s: &str) -> Timestamp {
        Timestamp::parse(s).unwrap_or_else(|| panic!("{s} did not parse"))
    }

    #[test]
    fn offsets_compare_as_instants_and_are_written_back_in_utc() {
        let pontianak = ts("2026-11-29T10:15:00+07:00");
        let utc = ts("2026-11-29T03:15:00Z");
        assert_eq!(pontianak, utc);
        assert_eq!(pontianak.to_rfc3339(), "2026-11-29T03:15:00Z");
        assert_eq!(
            serde_json::to_string(&pontianak).unwrap(),
            "\"2026-11-29T03:15:00Z\""
        );
        // Earlier in Jayapura's clock is later as an instant.
        assert!(ts("2026-11-29T11:00:00+09:00") < ts("2026-11-29T10:30:00+07:00"));
        assert_eq!(
            ts("2026-11-29T03:15:00-02:30").to_rfc3339(),
            "2026-11-29T05:45:00Z"
        );
    }

    #[test]
    fn sub_second_digits_only_when_present() {
        assert_eq!(
            ts("2026-11-29T03:15:00.000Z").to_rfc3339(),
            "2026-11-29T03:15:00Z"
        );
        assert_eq!(
            ts("2026-11-29T03:15:00.250Z").to_rfc3339(),
            "2026-11-29T03:15:00.250Z"
        );
        assert_eq!(
            ts("2026-11-29T03:15:00.123456789Z").to_rfc3339(),
            "2026-11-29T03:15:00.123456789Z"
        );
    }

    #[test]
    fn rejects_what_rfc_3339_does_not_allow() {
        for bad in [
            "",
            "2026-11-29",
            "2026-11-29T03:15Z",
            "2026-11-29T03:15:00",
            "2026-02-30T03:15:00Z",
            "2026-11-29T24:00:00Z",
            "29/11/2026 03:15",
            "1764386100",
            "+2026-11-29T03:15:00Z",
            "2026-11-29T03:15:00Z ",
            "0000-01-01T00:00:00+01:00",
            "9999-12-31T23:00:00-05:00",
        ] {
            assert!(Timestamp::parse(bad).is_none(), "{bad:?} was accepted");
            assert!(serde_json::from_str::<Timestamp>(&format!("{bad:?}")).is_err());
        }
        assert!(serde_json::from_str::<Timestamp>("0").is_err());
    }

    #[test]
    fn unix_millis_range_is_what_rfc_3339_can_write() {
        assert_eq!(Timestamp::from_unix_millis(0), Some(Timestamp::EPOCH));
        assert_eq!(Timestamp::EPOCH.to_rfc3339(), "1970-01-01T00:00:00Z");
        let first = Timestamp::from_unix_millis(MIN_MILLIS).unwrap();
        assert_eq!(first.to_rfc3339(), "0000-01-01T00:00:00Z");
        let last = Timestamp::from_unix_millis(MAX_MILLIS).unwrap();
        assert_eq!(last.to_rfc3339(), "9999-12-31T23:59:59.999Z");
        assert_eq!(Timestamp::from_unix_millis(MIN_MILLIS - 1), None);
        assert_eq!(Timestamp::from_unix_millis(MAX_MILLIS + 1), None);
        assert_eq!(Timestamp::from_unix_millis(i64::MAX), None);
        assert_eq!(
            Timestamp::from_unix_millis(1_764_386_100_000)
                .unwrap()
                .to_rfc3339(),
            "2025-11-29T03:15:00Z"
        );
    }

    #[test]
    fn after_edit_moves_forward_even_with_a_clock_behind() {
        let stored = ts("2026-11-29T03:15:00Z");
        let later = ts("2026-11-29T04:00:00Z");
        assert_eq!(stored.after_edit(later), later);
        let behind = ts("2026-11-28T00:00:00Z");
        assert_eq!(stored.after_edit(behind), ts("2026-11-29T03:15:00.001Z"));
        assert_eq!(stored.after_edit(stored), ts("2026-11-29T03:15:00.001Z"));
        let last = Timestamp::from_unix_millis(MAX_MILLIS).unwrap();
        assert_eq!(last.after_edit(Timestamp::EPOCH), last);
    }

    proptest! {
        #[test]
        fn serde_round_trip_is_identity(millis in MIN_MILLIS..=MAX_MILLIS, nanos in 0u32..1_000_000) {
            let base = Timestamp::from_unix_millis(millis).unwrap();
            // Sub-millisecond digits as well, which a file may carry.
            let t = Timestamp::from_datetime(base.0 + TimeDelta::nanoseconds(nanos.into()))
                .unwrap_or(base);
            let json = serde_json::to_string(&t).unwrap();
            prop_assert!(json.ends_with("Z\""));
            prop_assert_eq!(serde_json::from_str::<Timestamp>(&json).unwrap(), t);
        }

        #[test]
        fn any_offset_reads_as_the_same_instant(millis in 0i64..=MAX_MILLIS / 2, offset_min in -(23 * 60 + 59)..=(23 * 60 + 59i32)) {
            let t = Timestamp::from_unix_millis(millis).unwrap();
            let zone = chrono::FixedOffset::east_opt(offset_min * 60).unwrap();
            let written = t.0.with_timezone(&zone).to_rfc3339_opts(SecondsFormat::AutoSi, false);
            prop_assert_eq!(Timestamp::parse(&written), Some(t));
        }
    }
}
