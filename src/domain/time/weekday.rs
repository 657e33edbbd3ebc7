//! Days of the week numbered as the spec numbers them.

use chrono::Datelike;
use serde::de::{self, Unexpected};
use serde::{Deserialize, Deserializer, Serialize};

/// A day of the week, written in plan files as an integer 1 (Monday) to
/// 7 (Sunday), the ISO 8601 numbering. The field is private, so a value
/// is always in range.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct IsoWeekday(u8);

impl IsoWeekday {
    /// Monday to Sunday, in order.
    pub const ALL: [IsoWeekday; 7] = [
        IsoWeekday(1),
        IsoWeekday(2),
        IsoWeekday(3),
        IsoWeekday(4),
        IsoWeekday(5),
        IsoWeekday(6),
        IsoWeekday(7),
    ];

    /// The day numbered `number` (1 = Monday … 7 = Sunday), or `None`.
    pub fn new(number: u8) -> Option<IsoWeekday> {
        (1..=7).contains(&number).then_some(IsoWeekday(number))
    }

    /// The number written in plan files, 1–7.
    pub fn number(self) -> u8 {
        self.0
    }

    /// The day of the week `date` falls on.
    pub fn of(date: super::Date) -> IsoWeekday {
        Self::from_chrono(date.weekday())
    }

    /// From chrono's weekday.
    pub fn from_chrono(day: chrono::Weekday) -> IsoWeekday {
        // number_from_monday is 1..=7 by construction.
        IsoWeekday(day.number_from_monday() as u8)
    }

    /// To chrono's weekday, for date arithmetic.
    pub fn to_chrono(self) -> chrono::Weekday {
        use chrono::Weekday::*;
        match self.0 {
            1 => Mon,
            2 => Tue,
            3 => Wed,
            4 => Thu,
            5 => Fri,
            6 => Sat,
            // new() and deserialisation let only 1..=7 in.
            _ => Sun,
        }
    }
}

impl<'de> Deserialize<'de> for IsoWeekday {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let n = u8::deserialize(deserializer)?;
        IsoWeekday::new(n).ok_or_else(|| {
            de::Error::invalid_value(
                Unexpected::Unsigned(n.into()),
                &"a weekday 1 (Monday) to 7 (Sunday)",
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbering_matches_iso_and_chrono() {
        assert_eq!(IsoWeekday::new(0), None);
        assert_eq!(IsoWeekday::new(8), None);
        // 2026-12-07 is a Monday.
        let monday = chrono::NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
        assert_eq!(IsoWeekday::of(monday).number(), 1);
        assert_eq!(IsoWeekday::of(monday + chrono::Days::new(6)).number(), 7);
        for day in IsoWeekday::ALL {
            assert_eq!(IsoWeekday::from_chrono(day.to_chrono()), day);
        }
        assert_eq!(IsoWeekday::ALL[6].to_chrono(), chrono::Weekday::Sun);
    }

    #[test]
    fn serde_is_an_integer_in_range() {
        assert_eq!(serde_json::from_str::<IsoWeekday>("3").unwrap().number(), 3);
        assert_eq!(serde_json::to_string(&IsoWeekday::ALL[2]).unwrap(), "3");
        for bad in ["0", "8", "-1", "\"3\"", "3.0", "256"] {
            assert!(
                serde_json::from_str::<IsoWeekday>(bad).is_err(),
                "{bad} was accepted"
            );
        }
    }
}
