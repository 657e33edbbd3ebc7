//! Calendar dates (`YYYY-MM-DD`) and the dates of special days.

use std::fmt;

use chrono::Datelike;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A calendar date in the workspace's time zone, written `YYYY-MM-DD`.
///
/// chrono's own serde for `NaiveDate` is laxer than the spec (it takes
/// `2026-1-5`, `+2026-01-05` and surrounding spaces), so fields of this type
/// use `#[serde(with = "serde_date")]` or [`serde_opt_date`].
pub type Date = chrono::NaiveDate;

/// Reads exactly `YYYY-MM-DD` that is a real calendar date, or `None`
/// (`2026-02-30`, `29/11/2026` and `2026-1-5` are refused).
pub fn parse_date(s: &str) -> Option<Date> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let year = digits(&b[0..4])?;
    let month = digits(&b[5..7])?;
    let day = digits(&b[8..10])?;
    Date::from_ymd_opt(i32::try_from(year).ok()?, month, day)
}

/// Writes a date as `YYYY-MM-DD`.
///
/// A date outside years 0000–9999 (only reachable by arithmetic, never by
/// reading) is written with chrono's sign and extra digits, which the
/// validator then refuses; writing never fails.
pub fn format_date(date: Date) -> String {
    date.to_string()
}

/// The value of a run of ASCII digits, or `None` if any byte is not one.
fn digits(b: &[u8]) -> Option<u32> {
    b.iter().try_fold(0u32, |acc, &c| {
        c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0'))
    })
}

/// `#[serde(with = "serde_date")]` for a [`Date`] field: strict `YYYY-MM-DD`.
pub mod serde_date {
    use super::*;

    /// Writes `YYYY-MM-DD`.
    pub fn serialize<S: Serializer>(date: &Date, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(date)
    }

    /// Reads strict `YYYY-MM-DD`.
    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        super::super::deserialize_str(deserializer, "a date YYYY-MM-DD", parse_date)
    }
}

/// `#[serde(default, with = "serde_opt_date")]` for an `Option<Date>` field:
/// `null` or strict `YYYY-MM-DD`.
pub mod serde_opt_date {
    use super::*;

    /// Writes `null` or `YYYY-MM-DD`.
    pub fn serialize<S: Serializer>(date: &Option<Date>, serializer: S) -> Result<S::Ok, S::Error> {
        match date {
            Some(date) => serializer.collect_str(date),
            None => serializer.serialize_none(),
        }
    }

    /// Reads `null` or strict `YYYY-MM-DD`.
    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<Date>, D::Error> {
        /// Lets `Option` handle `null` and our strict reader the rest.
        struct Strict(Date);

        impl<'de> Deserialize<'de> for Strict {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                serde_date::deserialize(deserializer).map(Strict)
            }
        }

        Ok(Option::<Strict>::deserialize(deserializer)?.map(|Strict(date)| date))
    }
}

/// The date of a special day: every year (`MM-DD`) or one year only
/// (`YYYY-MM-DD`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SpecialDayDate {
    /// The same day every year, such as Hari Ibu on `12-22`. Always a real
    /// day in a leap year when read from a file, so `02-29` is allowed.
    Annual {
        /// Month, 1–12.
        month: u8,
        /// Day of the month, 1–31.
        day: u8,
    },
    /// One day of one year, for holidays that move (Idulfitri, Nyepi).
    Once(Date),
}

impl SpecialDayDate {
    /// An every-year date, or `None` if `month`-`day` is not a day of a
    /// leap year.
    pub fn annual(month: u8, day: u8) -> Option<SpecialDayDate> {
        // 2000 is a leap year, so 02-29 counts as real.
        Date::from_ymd_opt(2000, month.into(), day.into())
            .map(|_| SpecialDayDate::Annual { month, day })
    }

    /// Reads `MM-DD` or `YYYY-MM-DD`, or `None`.
    pub fn parse(s: &str) -> Option<SpecialDayDate> {
        if s.len() == 5 {
            let b = s.as_bytes();
            if b[2] != b'-' {
                return None;
            }
            let month = u8::try_from(digits(&b[0..2])?).ok()?;
            let day = u8::try_from(digits(&b[3..5])?).ok()?;
            SpecialDayDate::annual(month, day)
        } else {
            parse_date(s).map(SpecialDayDate::Once)
        }
    }

    /// The day it falls on in `year`, if any: an annual `02-29` has none in
    /// a common year, a one-off date none outside its own year.
    pub fn in_year(self, year: i32) -> Option<Date> {
        match self {
            SpecialDayDate::Annual { month, day } => {
                Date::from_ymd_opt(year, month.into(), day.into())
            }
            SpecialDayDate::Once(date) => (date.year() == year).then_some(date),
        }
    }
}

impl fmt::Display for SpecialDayDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SpecialDayDate::Annual { month, day } => write!(f, "{month:02}-{day:02}"),
            SpecialDayDate::Once(date) => write!(f, "{date}"),
        }
    }
}

impl Serialize for SpecialDayDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for SpecialDayDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        super::deserialize_str(
            deserializer,
            "a date MM-DD (every year) or YYYY-MM-DD",
            SpecialDayDate::parse,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::{Deserialize, Serialize};

    fn date(y: i32, m: u32, d: u32) -> Date {
        Date::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn parse_date_is_strict() {
        assert_eq!(parse_date("2026-12-29"), Some(date(2026, 12, 29)));
        assert_eq!(parse_date("2028-02-29"), Some(date(2028, 2, 29)));
        assert_eq!(parse_date("0000-01-01"), Some(date(0, 1, 1)));
        for bad in [
            "2026-02-30",
            "2027-02-29",
            "2026-13-01",
            "2026-00-10",
            "2026-12-00",
            "29/11/2026",
            "2026-1-5",
            "2026-01-5 ",
            " 2026-01-05",
            "+2026-01-05",
            "20260105",
            "2026/01/05",
            "2026-01-05T00:00:00Z",
            "",
        ] {
            assert_eq!(parse_date(bad), None, "{bad:?} was accepted");
        }
        assert_eq!(format_date(date(2026, 1, 5)), "2026-01-05");
        assert_eq!(format_date(date(33, 1, 5)), "0033-01-05");
    }

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Holder {
        #[serde(with = "serde_date")]
        date: Date,
        #[serde(default, with = "serde_opt_date")]
        maybe: Option<Date>,
    }

    #[test]
    fn serde_helpers_are_strict_and_allow_null_or_missing() {
        let h: Holder = serde_json::from_str(r#"{"date":"2026-12-01","maybe":null}"#).unwrap();
        assert_eq!(
            h,
            Holder {
                date: date(2026, 12, 1),
                maybe: None
            }
        );
        let h: Holder = serde_json::from_str(r#"{"date":"2026-12-01"}"#).unwrap();
        assert_eq!(h.maybe, None);
        let h: Holder =
            serde_json::from_str(r#"{"date":"2026-12-01","maybe":"2027-01-31"}"#).unwrap();
        assert_eq!(h.maybe, Some(date(2027, 1, 31)));
        assert_eq!(
            serde_json::to_string(&h).unwrap(),
            r#"{"date":"2026-12-01","maybe":"2027-01-31"}"#
        );
        for bad in [
            r#"{"date":"2026-02-30"}"#,
            r#"{"date":"2026-1-5"}"#,
            r#"{"date":null}"#,
            r#"{"date":"2026-12-01","maybe":"2026-02-30"}"#,
            r#"{"date":"2026-12-01","maybe":20261201}"#,
        ] {
            assert!(
                serde_json::from_str::<Holder>(bad).is_err(),
                "{bad} was accepted"
            );
        }
    }

    #[test]
    fn special_day_dates() {
        assert_eq!(
            SpecialDayDate::parse("12-22"),
            Some(SpecialDayDate::Annual { month: 12, day: 22 })
        );
        assert_eq!(
            SpecialDayDate::parse("02-29"),
            Some(SpecialDayDate::Annual { month: 2, day: 29 })
        );
        assert_eq!(
            SpecialDayDate::parse("2027-03-10"),
            Some(SpecialDayDate::Once(date(2027, 3, 10)))
        );
        for bad in [
            "02-30",
            "13-01",
            "00-10",
            "4-27",
            "04-27 ",
            "04/27",
            "2026-02-30",
            "",
        ] {
            assert_eq!(SpecialDayDate::parse(bad), None, "{bad:?} was accepted");
        }
        for s in ["04-27", "02-29", "2027-03-10"] {
            let json = format!("\"{s}\"");
            let d: SpecialDayDate = serde_json::from_str(&json).unwrap();
            assert_eq!(serde_json::to_string(&d).unwrap(), json);
        }
        let leap = SpecialDayDate::annual(2, 29).unwrap();
        assert_eq!(leap.in_year(2028), Some(date(2028, 2, 29)));
        assert_eq!(leap.in_year(2027), None);
        let once = SpecialDayDate::Once(date(2027, 3, 10));
        assert_eq!(once.in_year(2027), Some(date(2027, 3, 10)));
        assert_eq!(once.in_year(2028), None);
    }
}
