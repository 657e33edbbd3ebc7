//! "Tugas saya": the coverage and posts of one member, by date.

use std::collections::BTreeMap;

use crate::domain::calendar::calendar_order;
use crate::domain::coverage::{Coverage, CoverageStatus};
use crate::domain::id::Id;
use crate::domain::post::{Post, PostStatus};
use crate::domain::time::Date;

/// One day of a member's work.
#[derive(Clone, Debug, PartialEq)]
pub struct TaskDay {
    /// The day.
    pub date: Date,
    /// Live coverage the member is crew of, planned, on that day.
    pub coverage: Vec<Coverage>,
    /// Live posts assigned to the member, not yet published or cancelled.
    pub posts: Vec<Post>,
}

impl TaskDay {
    /// Whether the day is before `today`: everything on it is overdue.
    pub fn is_overdue(&self, today: Date) -> bool {
        self.date < today
    }
}

/// Whether a post in `status` still needs work from its assignee.
fn unfinished(status: PostStatus) -> bool {
    matches!(
        status,
        PostStatus::Draft | PostStatus::Review | PostStatus::Approved | PostStatus::Scheduled
    )
}

/// The entry of `date` in `days`, made empty if it is not there yet.
fn day(days: &mut BTreeMap<Date, TaskDay>, date: Date) -> &mut TaskDay {
    days.entry(date).or_insert_with(|| TaskDay {
        date,
        coverage: Vec::new(),
        posts: Vec::new(),
    })
}

/// The member's work from `today` on, plus anything overdue (planned
/// coverage or unfinished posts dated before today), by date, earliest
/// first. Days without work are left out.
///
/// Everything still planned or unfinished is work whatever its date (a
/// past one is overdue), so `today` does not filter: it is part of the
/// contract so that callers need not know that. Within a day, coverage and
/// posts are in calendar order: untimed first, then by time, then title.
pub fn my_tasks(me: &Id, coverage: &[Coverage], posts: &[Post], today: Date) -> Vec<TaskDay> {
    let _ = today;
    let mut days: BTreeMap<Date, TaskDay> = BTreeMap::new();
    for c in coverage {
        let d = &c.data;
        if c.is_live() && d.status == CoverageStatus::Planned && d.crew_ids.contains(me) {
            day(&mut days, d.date).coverage.push(c.clone());
        }
    }
    for p in posts {
        let d = &p.data;
        if p.is_live() && unfinished(d.status) && d.assignee_id.as_ref() == Some(me) {
            day(&mut days, d.date).posts.push(p.clone());
        }
    }
    let mut days: Vec<TaskDay> = days.into_values().collect();
    for day in &mut days {
        day.coverage
            .sort_by_cached_key(|c| (c.data.time, c.data.title.to_lowercase(), c.id.clone()));
        day.posts.sort_by(calendar_order);
    }
    days
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::documentation::fixtures::coverage;
    use crate::domain::schedule::fixtures::{date, id, post};
    use serde_json::{json, Value};

    fn titles(day: &TaskDay) -> (Vec<&str>, Vec<&str>) {
        (
            day.coverage.iter().map(|c| c.title()).collect(),
            day.posts.iter().map(|p| p.title()).collect(),
        )
    }

    fn mine(more: Value) -> Value {
        let mut v = json!({"crew_ids": ["m1", "m2"], "assignee_id": "m1"});
        v.as_object_mut()
            .unwrap()
            .extend(more.as_object().unwrap().clone());
        v
    }

    #[test]
    fn a_members_work_by_day_with_overdue_first() {
        let today = date("2026-11-20");
        let mut deleted_c = coverage("c-del", "2026-11-20", mine(json!({})));
        deleted_c.deleted = true;
        let mut deleted_p = post("p-del", "2026-11-20", mine(json!({})));
        deleted_p.deleted = true;
        let coverage = [
            coverage("c-late", "2026-11-18", mine(json!({"title": "Rapat"}))),
            coverage(
                "c-b",
                "2026-11-20",
                mine(json!({"title": "b", "time": "09:00"})),
            ),
            coverage(
                "c-a",
                "2026-11-20",
                mine(json!({"title": "A", "time": "09:00"})),
            ),
            coverage(
                "c-early",
                "2026-11-20",
                mine(json!({"title": "z", "time": "07:00"})),
            ),
            coverage("c-done", "2026-11-19", mine(json!({"status": "covered"}))),
            coverage("c-arch", "2026-11-21", mine(json!({"status": "archived"}))),
            coverage("c-other", "2026-11-21", json!({"crew_ids": ["m2"]})),
            deleted_c,
        ];
        let posts = [
            post("p-draft", "2026-11-17", mine(json!({"status": "draft"}))),
            post("p-pub", "2026-11-17", mine(json!({"status": "published"}))),
            post(
                "p-cancel",
                "2026-11-22",
                mine(json!({"status": "cancelled"})),
            ),
            post(
                "p-sched",
                "2026-11-20",
                mine(json!({"status": "scheduled", "time": "19:00"})),
            ),
            post(
                "p-rev",
                "2026-11-20",
                mine(json!({"status": "review", "title": "Pagi"})),
            ),
            post("p-appr", "2026-11-25", mine(json!({"status": "approved"}))),
            post("p-other", "2026-11-20", json!({"assignee_id": "m2"})),
            post("p-none", "2026-11-20", json!({})),
            deleted_p,
        ];

        let days = my_tasks(&id("m1"), &coverage, &posts, today);
        let dates: Vec<String> = days.iter().map(|d| d.date.to_string()).collect();
        assert_eq!(
            dates,
            ["2026-11-17", "2026-11-18", "2026-11-20", "2026-11-25"]
        );
        assert_eq!(titles(&days[0]), (vec![], vec!["Konten p-draft"]));
        assert_eq!(titles(&days[1]), (vec!["Rapat"], vec![]));
        assert_eq!(
            titles(&days[2]),
            (vec!["z", "A", "b"], vec!["Pagi", "Konten p-sched"]),
            "by time, then title without regard to case; untimed first"
        );
        assert_eq!(titles(&days[3]), (vec![], vec!["Konten p-appr"]));
        assert!(days[0].is_overdue(today) && days[1].is_overdue(today));
        assert!(!days[2].is_overdue(today));

        let m2 = my_tasks(&id("m2"), &coverage, &posts, today);
        let m2_posts: usize = m2.iter().map(|d| d.posts.len()).sum();
        assert_eq!(m2_posts, 1, "crew of coverage, assignee of p-other only");
        assert_eq!(m2.len(), 3, "18th, 20th and 21st");
        assert!(my_tasks(&id("m9"), &coverage, &posts, today).is_empty());
    }
}
