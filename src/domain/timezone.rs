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
    date_at_offset(now, offset_minutes(tz).unwrap_or(FALLBACK_OFFSET_MINUTES))
}

/// The calendar date at `now` `minutes` east of UTC.
fn date_at_offset(now: Timestamp, minutes: i32) -> Date {
    // A fixed offset added to the UTC wall clock is the local wall clock;
    // chrono's naive range reaches far past year 9999, so this cannot overflow.
    (now.as_datetime().naive_utc() + TimeDelta::minutes(minutes.into())).date()
}

/// The earliest and latest date "today" can be at `now` in any workspace,
/// whatever zone it names: for what is read before the workspace is. The
/// zones are fixed offsets and an unknown zone falls back to one of them,
/// so every workspace's today lies between the westernmost zone's and the
/// easternmost's.
pub fn possible_local_dates(now: Timestamp) -> (Date, Date) {
    let offsets = ZONES
        .iter()
        .map(|z| z.offset_minutes)
        .chain([FALLBACK_OFFSET_MINUTES]);
    let (west, east) = offsets.fold((i32::MAX, i32::MIN), |(lo, hi), m| (lo.min(m), hi.max(m)));
    (date_at_offset(now, west), date_at_offset(now, east))
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

    #[test]
    fn possible_dates_hold_every_zones_today() {
        // 16:30 UTC: still the 31st in WIB, already the 1st in WITA and WIT.
        let now = ts("2026-12-31T16:30:00Z");
        assert_eq!(
            possible_local_dates(now),
            (date("2026-12-31"), date("2027-01-01"))
        );
        // Midday UTC: one date everywhere.
        let now = ts("2026-06-15T12:00:00Z");
        assert_eq!(
            possible_local_dates(now),
            (date("2026-06-15"), date("2026-06-15"))
        );
        for hour in 0..24 {
            let now = ts(&format!("2026-02-28T{hour:02}:59:59Z"));
            let (west, east) = possible_local_dates(now);
            for tz in ZONES.iter().map(|z| z.name).chain(["Mars/Olympus"]) {
                let today = local_date(now, tz);
                assert!(west <= today && today <= east, "{tz} at {now:?}");
            }
        }
    }
}
