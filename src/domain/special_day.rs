//! Special days: holidays and observances the plan should not miss.

use serde::{Deserialize, Serialize};

use crate::domain::keyed_enum::keyed_enum;
use crate::domain::record::{Record, RecordData, RecordKind};
use crate::domain::time::SpecialDayDate;

keyed_enum! {
    /// What sort of day it is.
    pub enum SpecialDayKind {
        /// A public holiday.
        Holiday = "holiday",
        /// A national day that is not a holiday (Hari Ibu).
        Observance = "observance",
        /// A day of the regency itself (Hari Jadi Kabupaten).
        Local = "local",
    }
}

/// The fields of a special day.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SpecialDayData {
    /// Every year (`MM-DD`) or one year only (`YYYY-MM-DD`).
    pub date: SpecialDayDate,
    /// Name, 1–200 characters after trimming.
    pub name: String,
    /// What sort of day it is.
    pub kind: SpecialDayKind,
}

/// A special day record.
pub type SpecialDay = Record<SpecialDayData>;

impl RecordData for SpecialDayData {
    const KIND: RecordKind = RecordKind::SpecialDay;

    fn title(&self) -> &str {
        &self.name
    }
}
