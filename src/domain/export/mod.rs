//! Exports of a plan: the JSON plan file, iCalendar and CSV
//! (`shared/spec/plan-format.md`, Export and Other exports).
//!
//! Everything here returns text or bytes; the caller picks the file name
//! ([`plan_file_name`]) and hands the file to the browser.

mod csv;
mod ical;
mod json;

pub use self::csv::{to_csv, CSV_HEADERS};
pub use self::ical::{to_ical, EVENT_MINUTES};
pub use self::json::{plan_file_name, plan_file_name_for, plan_for_export};

use std::collections::HashMap;

use crate::domain::id::Id;
use crate::domain::record::{Record, RecordData};
use crate::domain::time::Date;

/// Which part of the plan to export.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Range {
    /// Everything.
    All,
    /// The days from `from` to `to`, both included, in the workspace's
    /// time zone. A range whose `from` is after its `to` holds no day.
    Dates {
        /// The first day exported.
        from: Date,
        /// The last day exported.
        to: Date,
    },
}

impl Range {
    /// Whether `date` lies in the range.
    pub fn contains(&self, date: Date) -> bool {
        match self {
            Range::All => true,
            Range::Dates { from, to } => *from <= date && date <= *to,
        }
    }

    /// Whether a record dated `date`, or undated (`None`), lies in the
    /// range: an undated record belongs to no period, so only
    /// [`Range::All`] holds it.
    pub fn contains_opt(&self, date: Option<Date>) -> bool {
        match (self, date) {
            (Range::All, _) => true,
            (_, Some(date)) => self.contains(date),
            (_, None) => false,
        }
    }
}

/// The names of the live records of a kind by id: a reference to a
/// deleted record reads as unknown, as it does in the app.
fn live_titles<T: RecordData>(records: &[Record<T>]) -> HashMap<&Id, &str> {
    records
        .iter()
        .filter(|r| r.is_live())
        .map(|r| (&r.id, r.title()))
        .collect()
}

/// The shared Bengkayang fixture, for tests of exports and merges.
#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) fn bengkayang() -> crate::domain::plan::Plan {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/fixtures/plan-bengkayang-2026-12.json"
    );
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    crate::domain::plan::Plan::from_json(&text).expect("the fixture parses")
}
