//! Months of the calendar and the posts that fall in them.

use chrono::Datelike;

use crate::domain::post::Post;
use crate::domain::time::Date;

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

/// The live posts of `month`, grouped by day, each day in order of time
/// (posts without a time first: they are all-day) and then title.
pub fn agenda(posts: &[Post], month: Month) -> Vec<(Date, Vec<Post>)> {
    let mut in_month: Vec<&Post> = posts
        .iter()
        .filter(|p| p.is_live() && Month::of(p.data.date) == month)
        .collect();
    in_month.sort_by(|a, b| {
        (a.data.date, a.data.time, a.data.title.to_lowercase(), &a.id).cmp(&(
            b.data.date,
            b.data.time,
            b.data.title.to_lowercase(),
            &b.id,
        ))
    });
    let mut days: Vec<(Date, Vec<Post>)> = Vec::new();
    for post in in_month {
        match days.last_mut() {
            Some((date, list)) if *date == post.data.date => list.push(post.clone()),
            _ => days.push((post.data.date, vec![post.clone()])),
        }
    }
    days
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::id::Id;
    use crate::domain::post::PostData;
    use crate::domain::record::Record;
    use crate::domain::time::Timestamp;

    fn post(id: &'static str, date: &str, time: Option<&str>, title: &str) -> Post {
        let data: PostData = serde_json::from_value(serde_json::json!({
            "title": title, "date": date, "time": time, "platforms": ["instagram"],
        }))
        .unwrap();
        Record::new(Id::fixed(id), Timestamp::EPOCH, data)
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

    #[test]
    fn agenda_groups_by_day_in_time_order_and_hides_tombstones() {
        let mut gone = post("e", "2026-12-03", Some("08:00"), "Dihapus");
        gone.tombstone(Timestamp::EPOCH);
        let posts = vec![
            post("a", "2026-12-03", Some("13:00"), "Siang"),
            post("b", "2026-12-03", None, "Ucapan hari ini"),
            post("c", "2026-12-01", Some("09:00"), "Awal bulan"),
            post("d", "2027-01-01", Some("09:00"), "Tahun baru"),
            post("f", "2026-11-30", Some("09:00"), "Bulan lalu"),
            gone,
        ];
        let days = agenda(&posts, Month::parse("2026-12").unwrap());
        let flat: Vec<(String, Vec<&str>)> = days
            .iter()
            .map(|(d, ps)| {
                (
                    d.to_string(),
                    ps.iter().map(|p| p.data.title.as_str()).collect(),
                )
            })
            .collect();
        assert_eq!(
            flat,
            vec![
                ("2026-12-01".to_string(), vec!["Awal bulan"]),
                ("2026-12-03".to_string(), vec!["Ucapan hari ini", "Siang"]),
            ]
        );
    }
}
