//! Which coverage records the post editor offers to link a post to.
//!
//! An office records a few activities a day, so three years hold
//! thousands. A list of all of them can be neither read nor drawn quickly
//! (the editor would open and close with thousands of options), so the
//! editor offers the activities closest to the post's day, or, once
//! something is typed, those whose title or place holds every typed word.

use crate::domain::calendar::newest_first;
use crate::domain::coverage::Coverage;
use crate::domain::id::Id;
use crate::domain::time::Date;

/// How far from the post's day an activity is offered without a search:
/// a post reports on an activity from the weeks around it.
pub const NEAR_DAYS: i64 = 30;
/// The most activities offered at once; a longer list is narrowed by typing.
pub const MAX_SHOWN: usize = 50;

/// What the editor's coverage list offers.
#[derive(Debug, PartialEq)]
pub struct CoverageChoices<'a> {
    /// The live records offered, newest first (the chosen one among them).
    pub shown: Vec<&'a Coverage>,
    /// How many match the day or the search (the chosen record offered
    /// apart from them is not counted).
    pub matched: usize,
    /// How many of those are left out (beyond [`MAX_SHOWN`]).
    pub more: usize,
}

/// The live coverage records offered for a post on `day` (any day when
/// `None`, e.g. while its date field is unreadable): the [`MAX_SHOWN`]
/// closest to it within [`NEAR_DAYS`], or, when `query` holds words, the
/// newest [`MAX_SHOWN`] whose title or place holds each of them (any day,
/// case ignored). Listed newest first; the `chosen` record is always
/// offered.
pub fn coverage_choices<'a>(
    coverage: &'a [Coverage],
    day: Option<Date>,
    query: &str,
    chosen: Option<&Id>,
) -> CoverageChoices<'a> {
    let words: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
    let matches = |c: &Coverage| {
        if words.is_empty() {
            day.is_none_or(|d| (c.data.date - d).num_days().abs() <= NEAR_DAYS)
        } else {
            let text = format!("{} {}", c.data.title, c.data.location).to_lowercase();
            words.iter().all(|w| text.contains(w.as_str()))
        }
    };
    let mut found: Vec<&Coverage> = coverage
        .iter()
        .filter(|c| c.is_live() && matches(c))
        .collect();
    fn key(c: &Coverage) -> (Date, &str) {
        (c.data.date, &c.data.title)
    }
    let by_newest = |a: &&Coverage, b: &&Coverage| newest_first(key(a), key(b));
    match day.filter(|_| words.is_empty()) {
        // Closest first to choose which stay (a later one wins a tie).
        Some(d) => found.sort_by(|a, b| {
            let far = |c: &Coverage| (c.data.date - d).num_days().abs();
            far(a).cmp(&far(b)).then_with(|| by_newest(a, b))
        }),
        None => found.sort_by(by_newest),
    }
    let matched = found.len();
    let more = matched.saturating_sub(MAX_SHOWN);
    found.truncate(MAX_SHOWN);
    found.sort_by(by_newest);
    let chosen = chosen.and_then(|id| coverage.iter().find(|c| &c.id == id && c.is_live()));
    if let Some(c) = chosen.filter(|c| !found.iter().any(|f| f.id == c.id)) {
        let at = found
            .iter()
            .position(|f| by_newest(&c, f).is_lt())
            .unwrap_or(found.len());
        found.insert(at, c);
    }
    CoverageChoices {
        shown: found,
        matched,
        more,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::coverage::CoverageData;
    use crate::domain::record::Record;
    use crate::domain::time::{parse_date, Timestamp};

    fn day(s: &str) -> Date {
        parse_date(s).unwrap()
    }

    fn cov(n: u32, title: &str, location: &str, date: &str) -> Coverage {
        let data = CoverageData {
            title: title.to_string(),
            date: day(date),
            time: None,
            location: location.to_string(),
            officials: String::new(),
            crew_ids: Vec::new(),
            needs: Vec::new(),
            status: Default::default(),
            links: Vec::new(),
            notes: String::new(),
        };
        Record::new(
            Id::parse(&format!("cov-{n}")).unwrap(),
            Timestamp::EPOCH,
            data,
        )
    }

    fn titles(choices: &CoverageChoices) -> Vec<String> {
        choices.shown.iter().map(|c| c.data.title.clone()).collect()
    }

    #[test]
    fn without_a_search_the_weeks_around_the_post_newest_first() {
        let all = [
            cov(1, "Rapat", "", "2026-10-01"),
            cov(2, "Panen raya", "", "2026-11-20"),
            cov(3, "Upacara", "", "2026-12-15"),
            cov(4, "Musrenbang", "", "2027-01-10"),
        ];
        let choices = coverage_choices(&all, Some(day("2026-11-25")), "", None);
        assert_eq!(titles(&choices), ["Upacara", "Panen raya"]);
        assert_eq!(choices.more, 0);
        // The edges count: exactly 30 days away is offered, 31 is not.
        let edge = [cov(1, "A", "", "2026-10-26"), cov(2, "B", "", "2026-10-25")];
        let choices = coverage_choices(&edge, Some(day("2026-11-25")), "", None);
        assert_eq!(titles(&choices), ["A"]);
    }

    #[test]
    fn a_search_finds_every_word_in_title_or_place_on_any_day() {
        let all = [
            cov(
                1,
                "Kunjungan kerja Bupati",
                "Kecamatan Sanggau Ledo",
                "2024-03-01",
            ),
            cov(2, "Kunjungan kerja Wakil Bupati", "Seluas", "2026-11-20"),
            cov(3, "Panen raya", "Sanggau Ledo", "2025-06-01"),
        ];
        let near = Some(day("2026-11-25"));
        assert_eq!(
            titles(&coverage_choices(&all, near, "  kunjungan   LEDO ", None)),
            ["Kunjungan kerja Bupati"]
        );
        assert_eq!(
            titles(&coverage_choices(&all, near, "sanggau", None)),
            ["Panen raya", "Kunjungan kerja Bupati"]
        );
        assert!(coverage_choices(&all, near, "banjir", None)
            .shown
            .is_empty());
    }

    #[test]
    fn deleted_records_are_never_offered() {
        let mut gone = cov(1, "Rapat", "", "2026-11-25");
        gone.deleted = true;
        let all = [gone.clone()];
        let choices = coverage_choices(&all, Some(day("2026-11-25")), "", Some(&gone.id));
        assert!(choices.shown.is_empty());
    }

    #[test]
    fn at_most_fifty_with_the_rest_counted() {
        let all: Vec<_> = (0..80)
            .map(|n| cov(n, &format!("Kegiatan {n:02}"), "", "2026-11-25"))
            .collect();
        let choices = coverage_choices(&all, Some(day("2026-11-25")), "", None);
        assert_eq!(choices.shown.len(), MAX_SHOWN);
        assert_eq!(choices.more, 30);
        assert_eq!(choices.shown[0].data.title, "Kegiatan 00");
        // A search keeps the newest fifty.
        let searched = coverage_choices(&all, None, "kegiatan", None);
        assert_eq!((searched.shown.len(), searched.more), (MAX_SHOWN, 30));
    }

    #[test]
    fn a_busy_month_keeps_the_fifty_closest_to_the_post() {
        // Two activities a day for two months around the post's day.
        let start = day("2026-10-26");
        let all: Vec<_> = (0..122)
            .map(|n| {
                let date = start + chrono::Duration::days(i64::from(n / 2));
                cov(n, &format!("Kegiatan {n:03}"), "", &date.to_string())
            })
            .collect();
        let post = day("2026-11-25");
        let choices = coverage_choices(&all, Some(post), "", None);
        assert_eq!(choices.shown.len(), MAX_SHOWN);
        assert_eq!(choices.more, 122 - MAX_SHOWN);
        let far = |c: &&Coverage| (c.data.date - post).num_days().abs();
        assert!(
            choices.shown.iter().all(|c| far(c) <= 12),
            "only the closest stay"
        );
        let dates: Vec<_> = choices.shown.iter().map(|c| c.data.date).collect();
        assert!(
            dates.windows(2).all(|w| w[0] >= w[1]),
            "listed newest first"
        );
    }

    #[test]
    fn the_chosen_record_is_offered_in_its_place_even_when_out_of_range() {
        let all = [
            cov(1, "Rapat", "", "2026-12-01"),
            cov(2, "Upacara", "", "2026-11-01"),
            cov(3, "Lama", "", "2020-01-01"),
            cov(4, "Pameran", "", "2026-11-20"),
        ];
        let old = all[2].id.clone();
        let choices = coverage_choices(&all, Some(day("2026-11-25")), "", Some(&old));
        assert_eq!(titles(&choices), ["Rapat", "Pameran", "Upacara", "Lama"]);
        assert_eq!(choices.matched, 3);
        let mid = coverage_choices(&all, Some(day("2026-11-25")), "rapat", Some(&all[3].id));
        assert_eq!(titles(&mid), ["Rapat", "Pameran"]);
        let none = coverage_choices(&all, None, "banjir", Some(&old));
        assert_eq!((titles(&none), none.matched), (vec!["Lama".to_string()], 0));
    }

    #[test]
    fn an_unreadable_date_offers_the_newest() {
        let all = [
            cov(1, "Lama", "", "2020-01-01"),
            cov(2, "Baru", "", "2026-11-25"),
        ];
        assert_eq!(
            titles(&coverage_choices(&all, None, "", None)),
            ["Baru", "Lama"]
        );
    }
}
