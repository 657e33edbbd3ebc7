//! Where the plan is thin: days with nothing planned and pillars below
//! their weekly target.

use std::collections::{HashMap, HashSet};

use chrono::Days;

use crate::domain::calendar::week_of;
use crate::domain::id::Id;
use crate::domain::pillar::Pillar;
use crate::domain::post::Post;
use crate::domain::record::live_sorted;
use crate::domain::slot::Slot;
use crate::domain::time::Date;

use super::slots::{open_slots, SlotOccurrence};
use super::{days, is_planned};

/// The days from `from` to `to` (both included) without a planned post
/// (live, not cancelled), in order.
pub fn empty_days(posts: &[Post], from: Date, to: Date) -> Vec<Date> {
    let planned: HashSet<Date> = posts
        .iter()
        .filter(|p| (from..=to).contains(&p.data.date) && is_planned(p))
        .map(|p| p.data.date)
        .collect();
    days(from, to).filter(|d| !planned.contains(d)).collect()
}

/// How many posts a pillar has planned in one week against its target:
/// one cell of the "Konsistensi" panel.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PillarWeek {
    /// The pillar.
    pub pillar_id: Id,
    /// The week's first day (a Monday, as the caller gives it).
    pub week_start: Date,
    /// Planned posts (live, not cancelled) of the pillar that week.
    pub planned: usize,
    /// The pillar's `target_per_week`.
    pub target: u8,
}

impl PillarWeek {
    /// Whether fewer posts are planned than the target.
    pub fn below_target(&self) -> bool {
        self.planned < usize::from(self.target)
    }
}

/// For each week starting on a day of `week_starts` (in that order; the
/// week is that day and the six after it), each live pillar with a target
/// (in list order: by name without regard to case): its planned posts.
/// Pillars without a target are left out; a target of 0 is never missed.
pub fn pillar_weeks(pillars: &[Pillar], posts: &[Post], week_starts: &[Date]) -> Vec<PillarWeek> {
    let with_target: Vec<(Id, u8)> = live_sorted(pillars)
        .into_iter()
        .filter_map(|p| p.data.target_per_week.map(|t| (p.id, t)))
        .collect();
    let week_end = |start: Date| start.checked_add_days(Days::new(6)).unwrap_or(Date::MAX);
    // One pass over the posts of the weeks' span (a plan holds years of
    // posts; the weeks are a few), counted by week and pillar.
    let span = match (week_starts.iter().min(), week_starts.iter().max()) {
        (Some(&first), Some(&last)) => first..=week_end(last),
        _ => return Vec::new(),
    };
    let mut counts: HashMap<(usize, &Id), usize> = HashMap::new();
    for post in posts
        .iter()
        .filter(|p| span.contains(&p.data.date) && is_planned(p))
    {
        let Some(pillar_id) = post.data.pillar_id.as_ref() else {
            continue;
        };
        for (i, &start) in week_starts.iter().enumerate() {
            if (start..=week_end(start)).contains(&post.data.date) {
                *counts.entry((i, pillar_id)).or_default() += 1;
            }
        }
    }
    let mut weeks = Vec::with_capacity(week_starts.len() * with_target.len());
    for (i, &start) in week_starts.iter().enumerate() {
        for (pillar_id, target) in &with_target {
            weeks.push(PillarWeek {
                pillar_id: pillar_id.clone(),
                week_start: start,
                planned: counts.get(&(i, pillar_id)).copied().unwrap_or(0),
                target: *target,
            });
        }
    }
    weeks
}

/// Where the coming weeks are thin. Built by [`gaps`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Gaps {
    /// Days without a planned post, in order.
    pub empty_days: Vec<Date>,
    /// Pillar weeks below target, by week and then pillar.
    pub thin_weeks: Vec<PillarWeek>,
    /// Slot occurrences no post fills yet (see
    /// [`super::open_slots`]), by date and time.
    pub open_slots: Vec<SlotOccurrence>,
}

/// The gaps from `today` to the end (Sunday) of the `weeks`-th week,
/// counting today's week as the first: empty days and open slots from
/// today on, and pillar targets missed in each of those whole weeks (this
/// week's posts before today count towards it). `weeks` 0 gives no gaps.
pub fn gaps(slots: &[Slot], posts: &[Post], pillars: &[Pillar], today: Date, weeks: u32) -> Gaps {
    let this_monday = week_of(today)[0];
    let week_starts: Vec<Date> = (0..weeks)
        .map_while(|i| this_monday.checked_add_days(Days::new(7 * u64::from(i))))
        .collect();
    let Some(end) = week_starts
        .last()
        .and_then(|monday| monday.checked_add_days(Days::new(6)))
    else {
        return Gaps::default();
    };
    Gaps {
        empty_days: empty_days(posts, today, end),
        thin_weeks: pillar_weeks(pillars, posts, &week_starts)
            .into_iter()
            .filter(PillarWeek::below_target)
            .collect(),
        open_slots: open_slots(slots, posts, today, end),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::schedule::fixtures::{date, id, pillar, post, slot, ts};
    use serde_json::json;

    fn on(id: &str, day: &str, pillar: &str) -> Post {
        post(id, day, json!({"pillar_id": pillar}))
    }

    #[test]
    fn empty_days_skip_days_with_a_planned_post() {
        let mut deleted = post("d", "2026-12-03", json!({}));
        deleted.tombstone(ts("2026-12-01T00:00:00Z"));
        let posts = [
            post("a", "2026-12-01", json!({})),
            post("b", "2026-12-02", json!({"status": "cancelled"})),
            post("c", "2026-12-04", json!({"status": "published"})),
            deleted,
        ];
        let empty = empty_days(&posts, date("2026-12-01"), date("2026-12-05"));
        assert_eq!(
            empty,
            [date("2026-12-02"), date("2026-12-03"), date("2026-12-05")]
        );
        assert!(empty_days(&posts, date("2026-12-05"), date("2026-12-01")).is_empty());
        assert_eq!(
            empty_days(&[], date("2026-12-31"), date("2027-01-01")).len(),
            2
        );
    }

    #[test]
    fn pillar_targets_below_at_and_above() {
        let mut gone = pillar("gone", "Dihapus", Some(5));
        gone.tombstone(ts("2026-12-01T00:00:00Z"));
        let pillars = [
            pillar("p-below", "Layanan Publik", Some(3)),
            pillar("p-at", "Kegiatan Pimpinan", Some(2)),
            pillar("p-above", "Hari Besar", Some(1)),
            pillar("p-zero", "Pariwisata", Some(0)),
            pillar("p-none", "Lainnya", None),
            gone,
        ];
        let mut deleted = on("x4", "2026-12-08", "p-below");
        deleted.tombstone(ts("2026-12-01T00:00:00Z"));
        let posts = [
            on("x1", "2026-12-07", "p-below"),
            on("x2", "2026-12-13", "p-below"),
            post(
                "x3",
                "2026-12-09",
                json!({"pillar_id": "p-below", "status": "cancelled"}),
            ),
            deleted,
            on("y1", "2026-12-07", "p-at"),
            on("y2", "2026-12-10", "p-at"),
            on("y3", "2026-12-14", "p-at"),
            on("z1", "2026-12-08", "p-above"),
            on("z2", "2026-12-09", "p-above"),
            on("n1", "2026-12-09", "p-none"),
        ];
        let weeks = pillar_weeks(&pillars, &posts, &[date("2026-12-07")]);
        let rows: Vec<(&str, usize, u8, bool)> = weeks
            .iter()
            .map(|w| (w.pillar_id.as_str(), w.planned, w.target, w.below_target()))
            .collect();
        assert_eq!(
            rows,
            [
                ("p-above", 2, 1, false),
                ("p-at", 2, 2, false),
                ("p-below", 2, 3, true),
                ("p-zero", 0, 0, false),
            ]
        );
        assert!(weeks.iter().all(|w| w.week_start == date("2026-12-07")));
        let two = pillar_weeks(&pillars, &posts, &[date("2026-12-07"), date("2026-12-14")]);
        assert_eq!(two.len(), 8);
        assert_eq!((two[5].pillar_id.as_str(), two[5].planned), ("p-at", 1));
    }

    #[test]
    fn gaps_cover_today_to_the_end_of_the_last_week() {
        // Wednesday 9 December 2026; two weeks run to Sunday 20 December.
        let today = date("2026-12-09");
        let pillars = [pillar("p1", "Kegiatan Pimpinan", Some(1))];
        let slots = [slot("mon", 1, "09:00", json!({}))];
        let mut posts: Vec<Post> = [
            "2026-12-07",
            "2026-12-10",
            "2026-12-11",
            "2026-12-12",
            "2026-12-13",
        ]
        .iter()
        .enumerate()
        .map(|(i, d)| post(&format!("a{i}"), d, json!({})))
        .collect();
        // Before today, but in this week: counts towards this week's target.
        posts.push(on("p", "2026-12-08", "p1"));
        posts.extend((15..=20).map(|d| post(&format!("b{d}"), &format!("2026-12-{d}"), json!({}))));

        let g = gaps(&slots, &posts, &pillars, today, 2);
        assert_eq!(g.empty_days, [date("2026-12-09"), date("2026-12-14")]);
        assert_eq!(g.thin_weeks.len(), 1);
        assert_eq!(
            (
                g.thin_weeks[0].pillar_id.clone(),
                g.thin_weeks[0].week_start
            ),
            (id("p1"), date("2026-12-14"))
        );
        // Monday the 7th is before today; Monday the 14th has no post.
        assert_eq!(g.open_slots.len(), 1);
        assert_eq!(g.open_slots[0].date, date("2026-12-14"));

        assert_eq!(gaps(&slots, &posts, &pillars, today, 0), Gaps::default());
        let one = gaps(&slots, &posts, &pillars, today, 1);
        assert_eq!(one.empty_days, [date("2026-12-09")]);
        assert!(one.thin_weeks.is_empty() && one.open_slots.is_empty());
        // On a Sunday, one week is that day alone.
        let sunday = gaps(&[], &[], &pillars, date("2026-12-13"), 1);
        assert_eq!(sunday.empty_days, [date("2026-12-13")]);
        assert_eq!(sunday.thin_weeks[0].week_start, date("2026-12-07"));
    }
}
