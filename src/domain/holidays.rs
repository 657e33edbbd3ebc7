//! The special days the calendar marks: Indonesia's national holidays and
//! commemorative days built into the app, plus the workspace's own
//! (`special_days`, e.g. Hari Jadi Kabupaten Bengkayang).
//!
//! The built-in set is `data/hari-besar-id.json`, a copy of
//! `shared/data/hari-besar-id.json`: national holidays 2026–2028 by date
//! (moving feasts not yet set by decree are marked estimated) and fixed
//! observances by `MM-DD` with their legal basis.

use std::sync::OnceLock;

use chrono::{Datelike, Days};
use serde::Deserialize;

use crate::domain::id::Id;
use crate::domain::special_day::{SpecialDay, SpecialDayKind};
use crate::domain::time::{serde_date, Date, SpecialDayDate};

/// Where a mark comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MarkSource {
    /// The app's built-in Indonesian set.
    BuiltIn,
    /// The workspace's special day with this id (editable in Pengaturan).
    Workspace(Id),
}

/// One special day on one date, as the calendar shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DayMark {
    /// The day.
    pub date: Date,
    /// Its name, e.g. "Hari Ibu".
    pub name: String,
    /// Holiday, observance or local day.
    pub kind: SpecialDayKind,
    /// A holiday whose date is not yet set by decree.
    pub estimated: bool,
    /// The decree that set a built-in observance, e.g. "Keppres 316/1959".
    pub basis: Option<String>,
    /// Built in, or the workspace's.
    pub source: MarkSource,
}

/// The built-in data file, embedded in the app.
const DATA: &str = include_str!("../../data/hari-besar-id.json");

/// The built-in data, as the file writes it.
#[derive(Debug, Default, Deserialize)]
struct BuiltIn {
    holidays: Vec<Holiday>,
    observances: Vec<Observance>,
}

/// A national holiday on one date.
#[derive(Debug, Deserialize)]
struct Holiday {
    #[serde(with = "serde_date")]
    date: Date,
    name: String,
    #[serde(default)]
    estimated: bool,
}

/// A commemorative day on the same date every year.
#[derive(Debug, Deserialize)]
struct Observance {
    date: SpecialDayDate,
    name: String,
    #[serde(default)]
    basis: String,
}

/// The built-in data, read once. A file that failed to parse would show
/// no built-in days rather than stop the app; a test makes sure it parses.
fn built_in() -> &'static BuiltIn {
    static PARSED: OnceLock<BuiltIn> = OnceLock::new();
    PARSED.get_or_init(|| serde_json::from_str(DATA).unwrap_or_default())
}

/// The special days from `from` to `to` (both included): the built-in
/// holidays (kind holiday), the built-in observances (kind observance,
/// every year) and the workspace's live special days (every year or once).
/// Sorted by date, then name without regard to case.
///
/// A day with the same date and name (trimmed, without regard to case) as
/// another is shown once, the workspace's copy first: a workspace that
/// records a built-in day itself, to change its kind or spelling, sees its
/// own version.
pub fn marks_between(workspace_days: &[SpecialDay], from: Date, to: Date) -> Vec<DayMark> {
    if from > to {
        return Vec::new();
    }
    let in_range = |date: &Date| (from..=to).contains(date);
    let years = from.year()..=to.year();
    let mut marks: Vec<DayMark> = Vec::new();

    for day in workspace_days.iter().filter(|d| d.is_live()) {
        for date in years.clone().filter_map(|y| day.data.date.in_year(y)) {
            if in_range(&date) {
                marks.push(DayMark {
                    date,
                    name: day.data.name.clone(),
                    kind: day.data.kind,
                    estimated: false,
                    basis: None,
                    source: MarkSource::Workspace(day.id.clone()),
                });
            }
        }
    }
    let data = built_in();
    for h in data.holidays.iter().filter(|h| in_range(&h.date)) {
        marks.push(DayMark {
            date: h.date,
            name: h.name.clone(),
            kind: SpecialDayKind::Holiday,
            estimated: h.estimated,
            basis: None,
            source: MarkSource::BuiltIn,
        });
    }
    for o in &data.observances {
        for date in years.clone().filter_map(|y| o.date.in_year(y)) {
            if in_range(&date) {
                marks.push(DayMark {
                    date,
                    name: o.name.clone(),
                    kind: SpecialDayKind::Observance,
                    estimated: false,
                    basis: (!o.basis.trim().is_empty()).then(|| o.basis.clone()),
                    source: MarkSource::BuiltIn,
                });
            }
        }
    }

    // The workspace's marks were pushed first and a stable sort keeps
    // them first among equals, so dedup keeps the workspace's copy.
    marks.sort_by_cached_key(|m| (m.date, same_name(&m.name)));
    marks.dedup_by(|later, earlier| {
        later.date == earlier.date && same_name(&later.name) == same_name(&earlier.name)
    });
    marks
}

/// The form in which two names count as the same day.
fn same_name(name: &str) -> String {
    name.trim().to_lowercase()
}

/// The special days in the `days` days from `today` on, today included:
/// the "coming up" list beside the calendar.
pub fn upcoming(workspace_days: &[SpecialDay], today: Date, days: u32) -> Vec<DayMark> {
    match days.checked_sub(1) {
        Some(rest) => {
            let last = today
                .checked_add_days(Days::new(rest.into()))
                .unwrap_or(Date::MAX);
            marks_between(workspace_days, today, last)
        }
        None => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::schedule::fixtures::{date, id, special_day};
    use crate::domain::time::Timestamp;

    fn names(marks: &[DayMark]) -> Vec<String> {
        marks
            .iter()
            .map(|m| format!("{} {}", m.date, m.name))
            .collect()
    }

    #[test]
    fn built_in_data_parses_and_matches_the_shared_copy() {
        let data: BuiltIn = serde_json::from_str(DATA).expect("data/hari-besar-id.json parses");
        assert!(data.holidays.len() >= 40, "three years of holidays");
        assert!(data.observances.len() >= 10);
        assert!(data
            .observances
            .iter()
            .all(|o| matches!(o.date, SpecialDayDate::Annual { .. })));
        assert_eq!(built_in().holidays.len(), data.holidays.len());
        // The app ships a copy of the shared file; it must not drift.
        let shared = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../shared/data/hari-besar-id.json");
        if let Ok(bytes) = std::fs::read(shared) {
            assert!(
                bytes == DATA.as_bytes(),
                "data/hari-besar-id.json differs from shared/data"
            );
        }
    }

    #[test]
    fn holidays_and_observances_of_december_2026() {
        let marks = marks_between(&[], date("2026-12-01"), date("2026-12-31"));
        assert_eq!(
            names(&marks),
            [
                "2026-12-19 Hari Bela Negara",
                "2026-12-22 Hari Ibu",
                "2026-12-25 Hari Raya Natal"
            ]
        );
        assert_eq!(marks[1].kind, SpecialDayKind::Observance);
        assert_eq!(marks[1].basis.as_deref(), Some("Keppres 316/1959"));
        assert_eq!(marks[2].kind, SpecialDayKind::Holiday);
        assert_eq!((marks[2].basis.as_ref(), marks[2].estimated), (None, false));
        assert!(marks.iter().all(|m| m.source == MarkSource::BuiltIn));
    }

    #[test]
    fn observances_recur_every_year_and_estimates_are_marked() {
        for year in [2026, 2031, 2100] {
            let d = date(&format!("{year}-04-21"));
            assert_eq!(
                names(&marks_between(&[], d, d)),
                [format!("{d} Hari Kartini")]
            );
        }
        let idulfitri = marks_between(&[], date("2027-03-10"), date("2027-03-10"));
        assert!(idulfitri[0].estimated, "{idulfitri:?}");
        // An observance with an empty basis has none.
        let sakti = marks_between(&[], date("2026-10-01"), date("2026-10-01"));
        assert_eq!(sakti[0].basis, None);
    }

    #[test]
    fn workspace_days_add_to_and_override_the_built_in_ones() {
        let mut gone = special_day("s3", "12-20", "Dihapus", "local");
        gone.tombstone(Timestamp::EPOCH);
        let days = [
            special_day("s1", "04-27", "Hari Jadi Kabupaten Bengkayang", "local"),
            special_day("s2", "2027-04-28", "Festival Sekayam", "local"),
            special_day("s4", "04-21", " hari kartini ", "holiday"),
            gone,
        ];
        let marks = marks_between(&days, date("2026-04-20"), date("2027-04-30"));
        let april: Vec<&DayMark> = marks.iter().filter(|m| m.date.month() == 4).collect();
        let shown: Vec<(String, &str, &MarkSource)> = april
            .iter()
            .map(|m| (m.date.to_string(), m.name.as_str(), &m.source))
            .collect();
        let ws = |s| MarkSource::Workspace(id(s));
        assert_eq!(
            shown,
            [
                ("2026-04-21".into(), " hari kartini ", &ws("s4")),
                (
                    "2026-04-25".into(),
                    "Hari Otonomi Daerah",
                    &MarkSource::BuiltIn
                ),
                (
                    "2026-04-27".into(),
                    "Hari Jadi Kabupaten Bengkayang",
                    &ws("s1")
                ),
                ("2027-04-21".into(), " hari kartini ", &ws("s4")),
                (
                    "2027-04-25".into(),
                    "Hari Otonomi Daerah",
                    &MarkSource::BuiltIn
                ),
                (
                    "2027-04-27".into(),
                    "Hari Jadi Kabupaten Bengkayang",
                    &ws("s1")
                ),
                ("2027-04-28".into(), "Festival Sekayam", &ws("s2")),
            ]
        );
        assert_eq!(april[0].kind, SpecialDayKind::Holiday);
        assert_eq!(april[2].kind, SpecialDayKind::Local);
        assert!(!marks.iter().any(|m| m.name == "Dihapus"));
    }

    #[test]
    fn upcoming_window_includes_today_and_the_last_day_only() {
        // Hari Ibu is 12-22; Hari Raya Natal 12-25.
        let ibu = |today: &str, days| names(&upcoming(&[], date(today), days));
        assert_eq!(ibu("2026-12-22", 1), ["2026-12-22 Hari Ibu"]);
        assert_eq!(ibu("2026-12-20", 3), ["2026-12-22 Hari Ibu"]);
        assert!(ibu("2026-12-20", 2).is_empty());
        assert!(ibu("2026-12-22", 0).is_empty());
        assert_eq!(
            ibu("2026-12-23", 30),
            [
                "2026-12-25 Hari Raya Natal",
                "2027-01-01 Tahun Baru Masehi",
                "2027-01-05 Isra Mikraj Nabi Muhammad"
            ]
        );
        // A leap-day observance only shows in leap years.
        let leap = [special_day("s1", "02-29", "Hari Kabisat", "local")];
        let kabisat =
            |marks: Vec<DayMark>| marks.iter().filter(|m| m.name == "Hari Kabisat").count();
        assert_eq!(kabisat(upcoming(&leap, date("2028-02-15"), 30)), 1);
        assert_eq!(kabisat(upcoming(&leap, date("2027-02-15"), 30)), 0);
    }
}
