//! Months and weeks of the calendar and the posts that fall in them.

use chrono::{Datelike, Days};

use crate::domain::post::Post;
use crate::domain::time::{Date, Timestamp};

/// A calendar month, e.g. December 2026.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    year: i32,
    /// 1–12.
    month: u32,
}

impl Month {
    /// The month `month` (1–12) of `year`.
    pub fn new(year: i32, month: u32) -> Option<Month> {
        Date::from_ymd_opt(year, month, 1).map(|_| Month { year, month })
    }

    /// The month a date falls in.
    pub fn of(date: Date) -> Month {
        Month {
            year: date.year(),
            month: date.month(),
        }
    }

    /// Parses `YYYY-MM`, the form used in addresses (`#/kalender?bulan=2026-12`).
    pub fn parse(s: &str) -> Option<Month> {
        let (y, m) = s.split_once('-')?;
        if y.len() != 4 || m.len() != 2 || !(y.chars().chain(m.chars())).all(|c| c.is_ascii_digit())
        {
            return None;
        }
        Month::new(y.parse().ok()?, m.parse().ok()?)
    }

    /// The year.
    pub fn year(self) -> i32 {
        self.year
    }

    /// The month number, 1–12.
    pub fn number(self) -> u32 {
        self.month
    }

    /// The first day of the month.
    pub fn first_day(self) -> Date {
        Date::from_ymd_opt(self.year, self.month, 1).expect("a Month is always valid")
    }

    /// The last day of the month.
    pub fn last_day(self) -> Date {
        self.next()
            .first_day()
            .pred_opt()
            .expect("not the first day ever")
    }

    /// The month after this one.
    pub fn next(self) -> Month {
        if self.month == 12 {
            Month {
                year: self.year + 1,
                month: 1,
            }
        } else {
            Month {
                year: self.year,
                month: self.month + 1,
            }
        }
    }

    /// The month before this one.
    pub fn prev(self) -> Month {
        if self.month == 1 {
            Month {
                year: self.year - 1,
                month: 12,
            }
        } else {
            Month {
                year: self.year,
                month: self.month - 1,
            }
        }
    }
}

impl std::fmt::Display for Month {
    /// `YYYY-MM`, the inverse of [`Month::parse`].
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

/// The weeks of the month view: Monday-first rows of seven days from the
/// Monday on or before the 1st to the Sunday on or after the last day, so
/// 4 to 6 rows with the neighbouring months' days filling the edges.
pub fn month_grid(month: Month) -> Vec<[Date; 7]> {
    let last = month.last_day();
    let mut weeks = vec![week_of(month.first_day())];
    while weeks[weeks.len() - 1][6] < last {
        let next_monday = weeks[weeks.len() - 1][6] + Days::new(1);
        weeks.push(week_of(next_monday));
    }
    weeks
}

/// The week (Monday to Sunday) that `date` falls in.
pub fn week_of(date: Date) -> [Date; 7] {
    let monday = date - Days::new(u64::from(date.weekday().num_days_from_monday()));
    std::array::from_fn(|i| monday + Days::new(i as u64))
}

/// Moves a post to another day, keeping its time of day: what dragging it
/// to another day, or "Pindahkan ke…", does. Moving a post to the day it is
/// already on changes nothing, so it does not count as an edit either.
pub fn reschedule(post: &mut Post, to: Date, now: Timestamp) {
    if post.data.date != to {
        post.data.date = to;
        post.touch(now);
    }
}

/// The live posts dated `from` to `to`, both included, in calendar order
/// (see [`calendar_order`]), borrowed: a plan holds thousands.
pub fn posts_between(posts: &[Post], from: Date, to: Date) -> Vec<&Post> {
    let mut found: Vec<&Post> = posts
        .iter()
        .filter(|p| p.is_live() && (from..=to).contains(&p.data.date))
        .collect();
    found.sort_by(|a, b| calendar_order(a, b));
    found
}

/// The order posts are listed in everywhere on the calendar: by date, then
/// time (posts without a time first: they are all-day), then title without
/// regard to case, then id so that equal titles keep a fixed order.
/// Titles are compared only when date and time tie, character by
/// character, without making lowercase copies: the calendar sorts its
/// weeks' posts again after every save.
pub fn calendar_order(a: &Post, b: &Post) -> std::cmp::Ordering {
    let (x, y) = (&a.data, &b.data);
    x.date
        .cmp(&y.date)
        .then(x.time.cmp(&y.time))
        .then_with(|| lowercase(&x.title).cmp(lowercase(&y.title)))
        .then_with(|| a.id.cmp(&b.id))
}

/// Newest day first, then titles A to Z: how lists of dated records to
/// choose from are shown (the coverage a post is linked to, the post a
/// design is attached to). Takes each record's day and title.
pub fn newest_first(a: (Date, &str), b: (Date, &str)) -> std::cmp::Ordering {
    b.0.cmp(&a.0).then_with(|| a.1.cmp(b.1))
}

/// `s` in lowercase, character by character, without a copy.
fn lowercase(s: &str) -> impl Iterator<Item = char> + '_ {
    s.chars().flat_map(char::to_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::schedule::fixtures::{date, post as post_with, ts};
    use serde_json::json;

    fn post(id: &str, date: &str, time: Option<&str>, title: &str) -> Post {
        post_with(id, date, json!({"time": time, "title": title}))
    }

    #[test]
    fn newest_first_puts_later_days_first_and_a_day_s_titles_a_to_z() {
        let (old, new) = (date("2026-11-02"), date("2026-11-03"));
        let mut items = vec![(old, "B"), (new, "Z"), (old, "A"), (new, "C")];
        items.sort_by(|a, b| newest_first(*a, *b));
        assert_eq!(items, vec![(new, "C"), (new, "Z"), (old, "A"), (old, "B")]);
    }

    #[test]
    fn months_parse_print_and_step_across_years() {
        let dec = Month::parse("2026-12").unwrap();
        assert_eq!(dec.to_string(), "2026-12");
        assert_eq!(dec.next().to_string(), "2027-01");
        assert_eq!(dec.next().prev(), dec);
        assert_eq!(Month::parse("2027-01").unwrap().prev(), dec);
        assert_eq!(dec.last_day().to_string(), "2026-12-31");
        assert_eq!(
            Month::parse("2028-02").unwrap().last_day().to_string(),
            "2028-02-29"
        );
        for bad in [
            "2026-13", "2026-00", "2026-1", "26-12", "2026/12", "", "abcd-ef",
        ] {
            assert_eq!(Month::parse(bad), None, "{bad}");
        }
    }

    fn days(week: &[Date]) -> Vec<String> {
        week.iter().map(|d| d.format("%m-%d").to_string()).collect()
    }

    #[test]
    fn december_2026_starts_on_a_tuesday() {
        let grid = month_grid(Month::new(2026, 12).unwrap());
        assert_eq!(grid.len(), 5);
        assert_eq!(grid[0][0], date("2026-11-30"));
        assert_eq!(grid[0][1], date("2026-12-01"));
        assert_eq!(grid[4][6], date("2027-01-03"));
    }

    #[test]
    fn february_2027_is_exactly_four_weeks() {
        // 1 February 2027 is a Monday and 28 February a Sunday.
        let grid = month_grid(Month::new(2027, 2).unwrap());
        assert_eq!(grid.len(), 4);
        assert_eq!(grid[0][0], date("2027-02-01"));
        assert_eq!(grid[3][6], date("2027-02-28"));
    }

    #[test]
    fn a_month_can_span_six_weeks() {
        // August 2027 starts on a Sunday and has 31 days.
        let grid = month_grid(Month::new(2027, 8).unwrap());
        assert_eq!(grid.len(), 6);
        assert_eq!(
            days(&grid[0]),
            ["07-26", "07-27", "07-28", "07-29", "07-30", "07-31", "08-01"]
        );
        assert_eq!(grid[5][0], date("2027-08-30"));
        assert_eq!(grid[5][6], date("2027-09-05"));
    }

    #[test]
    fn week_of_crosses_the_year_end() {
        let week = week_of(date("2027-01-01"));
        assert_eq!(week[0], date("2026-12-28"));
        assert_eq!(week[6], date("2027-01-03"));
        assert_eq!(
            week_of(date("2026-12-28")),
            week,
            "a Monday starts its own week"
        );
        assert_eq!(week_of(date("2027-01-03")), week, "a Sunday ends it");
        assert_eq!(week_of(date("2027-01-04"))[0], date("2027-01-04"));
    }

    #[test]
    fn reschedule_keeps_the_time_and_touches() {
        let mut p = post("a", "2026-12-03", Some("13:00"), "Siang");
        let now = ts("2026-12-01T02:00:00Z");
        reschedule(&mut p, date("2026-12-10"), now);
        assert_eq!(p.data.date, date("2026-12-10"));
        assert_eq!(p.data.time.map(|t| t.to_string()).as_deref(), Some("13:00"));
        assert_eq!(p.updated_at, now);

        // The same day again is not an edit.
        reschedule(&mut p, date("2026-12-10"), ts("2026-12-02T00:00:00Z"));
        assert_eq!(p.updated_at, now);
    }

    #[test]
    fn posts_between_includes_both_ends_in_calendar_order() {
        let mut gone = post("g", "2026-12-05", None, "Dihapus");
        gone.tombstone(Timestamp::EPOCH);
        let posts = vec![
            post("z", "2026-12-07", Some("09:00"), "Sesudah"),
            post("d", "2026-12-01", Some("09:00"), "b sama"),
            post("c", "2026-12-01", Some("09:00"), "B sama"),
            post("b", "2026-12-01", Some("08:00"), "Pagi"),
            post("a", "2026-12-06", None, "Akhir"),
            post("e", "2026-12-01", None, "Sepanjang hari"),
            post("y", "2026-11-30", None, "Sebelum"),
            gone,
        ];
        let ids: Vec<String> = posts_between(&posts, date("2026-12-01"), date("2026-12-06"))
            .iter()
            .map(|p| p.id.to_string())
            .collect();
        assert_eq!(ids, ["e", "b", "c", "d", "a"]);
        assert!(posts_between(&posts, date("2026-12-06"), date("2026-12-01")).is_empty());
    }
}

// Native only: proptest needs an OS random source.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod proptests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn month_grid_covers_the_month_in_mondays(year in 1i32..9999, month in 1u32..=12) {
            let m = Month::new(year, month).unwrap();
            let grid = month_grid(m);
            prop_assert!((4..=6).contains(&grid.len()));
            prop_assert!(grid[0][0] <= m.first_day() && grid[grid.len() - 1][6] >= m.last_day());
            let all: Vec<Date> = grid.iter().flatten().copied().collect();
            for pair in all.windows(2) {
                prop_assert_eq!(pair[0].succ_opt(), Some(pair[1]));
            }
            for week in &grid {
                prop_assert_eq!(week[0].weekday(), chrono::Weekday::Mon);
                prop_assert!(week.iter().any(|d| Month::of(*d) == m), "no row outside the month");
            }
        }
    }
}
