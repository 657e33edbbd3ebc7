//! Times of day (`HH:MM`) of posts, coverage and posting slots.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A wall-clock time in the workspace's time zone, to the minute, written
/// as exactly `HH:MM` in 24-hour form (`09:00`, `16:30`).
///
/// Fields are private so that a value is always a real time (00:00–23:59).
/// Ordering is chronological.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TimeOfDay {
    hour: u8,
    minute: u8,
}

impl TimeOfDay {
    /// The time `hour:minute`, or `None` unless hour is 0–23 and minute 0–59.
    pub fn new(hour: u8, minute: u8) -> Option<TimeOfDay> {
        (hour < 24 && minute < 60).then_some(TimeOfDay { hour, minute })
    }

    /// The hour, 0–23.
    pub fn hour(self) -> u8 {
        self.hour
    }

    /// The minute, 0–59.
    pub fn minute(self) -> u8 {
        self.minute
    }

    /// Minutes since midnight, 0–1439.
    pub fn minutes_since_midnight(self) -> u16 {
        u16::from(self.hour) * 60 + u16::from(self.minute)
    }

    /// Reads exactly `HH:MM` (two digits each), or `None`: `9:00`, `24:00`,
    /// `09:60` and `09:00:00` are refused.
    pub fn parse(s: &str) -> Option<TimeOfDay> {
        let b = s.as_bytes();
        if b.len() != 5 || b[2] != b':' {
            return None;
        }
        let two = |hi: u8, lo: u8| {
            (hi.is_ascii_digit() && lo.is_ascii_digit()).then(|| (hi - b'0') * 10 + (lo - b'0'))
        };
        TimeOfDay::new(two(b[0], b[1])?, two(b[3], b[4])?)
    }
}

impl fmt::Display for TimeOfDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour, self.minute)
    }
}

impl Serialize for TimeOfDay {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for TimeOfDay {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        super::deserialize_str(deserializer, "a time HH:MM such as 09:00", TimeOfDay::parse)
    }
}

// Native only: proptest needs an OS random source.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn parse_is_strict() {
        assert_eq!(TimeOfDay::parse("00:00"), TimeOfDay::new(0, 0));
        assert_eq!(TimeOfDay::parse("09:05"), TimeOfDay::new(9, 5));
        assert_eq!(TimeOfDay::parse("23:59"), TimeOfDay::new(23, 59));
        for bad in [
            "24:00",
            "9:00",
            "09:60",
            "25:61",
            "09:00:00",
            "0900",
            "09.00",
            " 09:00",
            "09:0",
            "+9:00",
            "０９:００",
            "",
            "ab:cd",
        ] {
            assert_eq!(TimeOfDay::parse(bad), None, "{bad:?} was accepted");
            assert!(serde_json::from_str::<TimeOfDay>(&format!("{bad:?}")).is_err());
        }
        assert!(serde_json::from_str::<TimeOfDay>("900").is_err());
    }

    #[test]
    fn new_checks_ranges_and_writes_two_digits() {
        assert_eq!(TimeOfDay::new(24, 0), None);
        assert_eq!(TimeOfDay::new(0, 60), None);
        let t = TimeOfDay::new(7, 5).unwrap();
        assert_eq!(
            (t.hour(), t.minute(), t.minutes_since_midnight()),
            (7, 5, 425)
        );
        assert_eq!(t.to_string(), "07:05");
        assert_eq!(serde_json::to_string(&t).unwrap(), "\"07:05\"");
        assert!(TimeOfDay::new(9, 0) < TimeOfDay::new(10, 0));
        assert!(TimeOfDay::new(9, 59) < TimeOfDay::new(10, 0));
    }

    proptest! {
        #[test]
        fn serde_round_trip_is_identity(hour in 0u8..24, minute in 0u8..60) {
            let t = TimeOfDay::new(hour, minute).unwrap();
            let json = serde_json::to_string(&t).unwrap();
            prop_assert_eq!(json.len(), 7);
            prop_assert_eq!(serde_json::from_str::<TimeOfDay>(&json).unwrap(), t);
        }

        #[test]
        fn out_of_range_is_refused(hour in 0u8.., minute in 0u8..) {
            prop_assume!(hour >= 24 || minute >= 60);
            prop_assert_eq!(TimeOfDay::new(hour, minute), None);
            prop_assert_eq!(TimeOfDay::parse(&format!("{hour:02}:{minute:02}")), None);
        }
    }
}
