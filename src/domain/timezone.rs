//! Indonesia's time zones, the only ones the UI offers.
//!
//! Indonesia has no daylight saving time, so each zone is one fixed offset
//! and a small table is enough: no time zone database in the wasm bundle.

use chrono::TimeDelta;

use crate::domain::time::{Date, Timestamp};

/// A time zone the workspace can be set to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Zone {
    /// IANA name, as stored in the workspace (`Asia/Pontianak`).
    pub name: &'static str,
    /// Indonesian abbreviation shown beside times (`WIB`).
    pub label: &'static str,
    /// Offset from UTC in minutes, all year.
    pub offset_minutes: i32,
}

/// Indonesia's zones, west to east. Jakarta and Pontianak are both WIB;
/// Pontianak is listed because it is the workspace's default.
pub const ZONES: [Zone; 4] = [
    Zone {
        name: "Asia/Jakarta",
        label: "WIB",
        offset_minutes: 7 * 60,
    },
    Zone {
        name: "Asia/Pontianak",
        label: "WIB",
        offset_minutes: 7 * 60,
    },
    Zone {
        name: "Asia/Makassar",
        label: "WITA",
        offset_minutes: 8 * 60,
    },
    Zone {
        name: "Asia/Jayapura",
        label: "WIT",
        offset_minutes: 9 * 60,
    },
];

/// The offset used for a zone not in [`ZONES`]: WIB, the default zone's.
pub const FALLBACK_OFFSET_MINUTES: i32 = 7 * 60;

/// The zone named `tz`, if it is one of [`ZONES`].
pub fn zone(tz: &str) -> Option<&'static Zone> {
    ZONES.iter().find(|z| z.name == tz)
}

/// The UTC offset in minutes of the zone named `tz`, if it is one of
/// [`ZONES`].
pub fn offset_minutes(tz: &str) -> Option<i32> {
    zone(tz).map(|z| z.offset_minutes)
}

/// The calendar date at `now` in the zone named `tz`: "today" for the
/// calendar.
///
/// A zone not in [`ZONES`] (a file from another tool may name any IANA
/// zone) falls back to UTC+7 (WIB) rather than failing, since a plan must
/// still open.
pub fn local_date(now: Timestamp, tz: &str) -> Date {
    let minutes = offset_minutes(tz).unwrap_or(FALLBACK_OFFSET_MINUTES);
    // A fixed offset added to the UTC wall clock is the local wall clock;
    // chrono's naive range reaches far past year 9999, so this cannot overflow.
    (now.as_datetime().naive_utc() + TimeDelta::minutes(minutes.into())).date()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ts(s: &str) -> Timestamp {
        Timestamp::parse(s).unwrap()
    }

    fn date(s: &str) -> Date {
        crate::domain::time::parse_date(s).unwrap()
    }

    #[test]
    fn table_lookups() {
        assert_eq!(offset_minutes("Asia/Pontianak"), Some(420));
        assert_eq!(offset_minutes("Asia/Jakarta"), Some(420));
        assert_eq!(offset_minutes("Asia/Makassar"), Some(480));
        assert_eq!(offset_minutes("Asia/Jayapura"), Some(540));
        assert_eq!(offset_minutes("Europe/Amsterdam"), None);
        assert_eq!(offset_minutes("asia/pontianak"), None);
        assert_eq!(zone("Asia/Makassar").map(|z| z.label), Some("WITA"));
        let labels: Vec<&str> = ZONES.iter().map(|z| z.label).collect();
        assert_eq!(labels, ["WIB", "WIB", "WITA", "WIT"]);
    }

    #[test]
    fn local_date_crosses_midnight_by_zone() {
        // 16:30 UTC is 23:30 WIB, 00:30 WITA and 01:30 WIT the next day.
        let now = ts("2026-12-31T16:30:00Z");
        assert_eq!(local_date(now, "Asia/Pontianak"), date("2026-12-31"));
        assert_eq!(local_date(now, "Asia/Makassar"), date("2027-01-01"));
        assert_eq!(local_date(now, "Asia/Jayapura"), date("2027-01-01"));
        // Unknown zones read as WIB.
        assert_eq!(local_date(now, "Mars/Olympus"), date("2026-12-31"));
        assert_eq!(
            local_date(ts("2026-12-31T17:00:00Z"), ""),
            date("2027-01-01")
        );
    }
}
