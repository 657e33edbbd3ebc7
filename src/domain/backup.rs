//! Backups of the data that lives only in this browser: when to remind the
//! person to download a plan file, and the automatic snapshots kept inside
//! IndexedDB (what they count, when to take one, how many to keep).

use serde::{Deserialize, Serialize};

use crate::domain::plan::Plan;
use crate::domain::record::{Record, RecordKind, RecordList};
use crate::domain::time::Timestamp;

/// How many automatic snapshots are kept.
pub const KEEP: usize = 5;
/// A backup older than this (with changes since) brings the reminder.
pub const REMIND_AFTER_MILLIS: i64 = 7 * 24 * 60 * 60 * 1000;
/// The least time between two automatic snapshots on start.
pub const SNAPSHOT_EVERY_MILLIS: i64 = 60 * 60 * 1000;

/// The newest `updated_at` of the plan's records and workspace, ignoring
/// the epoch timestamps of a fresh install's defaults; `None` when nothing
/// was ever changed.
pub fn latest_change(plan: &Plan) -> Option<Timestamp> {
    latest_of([
        Some(plan.workspace.updated_at),
        plan.members.newest(),
        plan.pillars.newest(),
        plan.posts.newest(),
        plan.ideas.newest(),
        plan.coverage.newest(),
        plan.special_days.newest(),
        plan.slots.newest(),
    ])
}

/// The latest of the workspace's and each kind's newest change, leaving
/// out the epoch (the defaults of a fresh install): [`latest_change`] for
/// parts that are not gathered in one [`Plan`].
pub fn latest_of(times: impl IntoIterator<Item = Option<Timestamp>>) -> Option<Timestamp> {
    times
        .into_iter()
        .flatten()
        .filter(|t| *t > Timestamp::EPOCH)
        .max()
}

/// Whether to remind the person to download a backup: something was
/// changed and either no backup was ever downloaded, or the last one is
/// over seven days old and something changed after it.
pub fn needs_reminder(
    last_backup: Option<Timestamp>,
    latest_change: Option<Timestamp>,
    now: Timestamp,
) -> bool {
    let Some(changed) = latest_change else {
        return false;
    };
    match last_backup {
        None => true,
        Some(backup) => {
            changed > backup && now.unix_millis() - backup.unix_millis() > REMIND_AFTER_MILLIS
        }
    }
}

/// Whether to take an automatic snapshot on start: something changed after
/// the last snapshot (or there is none) and the last one is at least an
/// hour old. Before an import or a restore a snapshot is always taken.
pub fn should_snapshot(
    last_snapshot_at: Option<Timestamp>,
    latest_change: Option<Timestamp>,
    now: Timestamp,
) -> bool {
    let Some(changed) = latest_change else {
        return false;
    };
    match last_snapshot_at {
        None => true,
        Some(at) => changed > at && now.unix_millis() - at.unix_millis() >= SNAPSHOT_EVERY_MILLIS,
    }
}

/// How many records of each kind a snapshot holds, tombstones left out.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counts {
    /// Live members.
    pub members: usize,
    /// Live pillars.
    pub pillars: usize,
    /// Live posts.
    pub posts: usize,
    /// Live ideas.
    pub ideas: usize,
    /// Live coverage.
    pub coverage: usize,
    /// Live special days.
    pub special_days: usize,
    /// Live slots.
    pub slots: usize,
}

impl Counts {
    /// The live records of `plan`, by kind.
    pub fn of(plan: &Plan) -> Counts {
        fn live<T>(records: &[Record<T>]) -> usize {
            records.iter().filter(|r| !r.deleted).count()
        }
        Counts {
            members: live(&plan.members),
            pillars: live(&plan.pillars),
            posts: live(&plan.posts),
            ideas: live(&plan.ideas),
            coverage: live(&plan.coverage),
            special_days: live(&plan.special_days),
            slots: live(&plan.slots),
        }
    }

    /// The count of `kind`.
    pub fn get(&self, kind: RecordKind) -> usize {
        match kind {
            RecordKind::Member => self.members,
            RecordKind::Pillar => self.pillars,
            RecordKind::Post => self.posts,
            RecordKind::Idea => self.ideas,
            RecordKind::Coverage => self.coverage,
            RecordKind::SpecialDay => self.special_days,
            RecordKind::Slot => self.slots,
        }
    }
}

/// What is listed of a snapshot without loading its plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SnapshotMeta {
    /// The snapshot's key: its time in milliseconds, zero-padded, so that
    /// keys sort as times.
    pub id: String,
    /// When it was taken.
    pub at: Timestamp,
    /// Its records by kind.
    pub counts: Counts,
}

impl SnapshotMeta {
    /// The metadata of a snapshot of `plan` taken at `at`.
    pub fn new(plan: &Plan, at: Timestamp) -> SnapshotMeta {
        SnapshotMeta {
            id: snapshot_id(at),
            at,
            counts: Counts::of(plan),
        }
    }
}

/// The key of a snapshot taken at `at`.
pub fn snapshot_id(at: Timestamp) -> String {
    format!("{:015}", at.unix_millis().max(0))
}

/// Splits `snapshots` into the newest `keep` (newest first) and the ids of
/// the rest, to delete.
pub fn keep_last(
    mut snapshots: Vec<SnapshotMeta>,
    keep: usize,
) -> (Vec<SnapshotMeta>, Vec<String>) {
    snapshots.sort_by(|a, b| b.at.cmp(&a.at).then_with(|| b.id.cmp(&a.id)));
    let dropped = snapshots.split_off(keep.min(snapshots.len()));
    (snapshots, dropped.into_iter().map(|s| s.id).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::defaults::{default_pillars, default_workspace};

    fn ts(s: &str) -> Timestamp {
        Timestamp::parse(s).unwrap()
    }

    fn fresh() -> Plan {
        let mut plan = Plan::new(default_workspace(), Timestamp::EPOCH);
        plan.pillars = default_pillars();
        plan
    }

    #[test]
    fn a_fresh_install_has_no_change_and_no_reminder() {
        let plan = fresh();
        assert_eq!(latest_change(&plan), None);
        let now = ts("2026-11-29T00:00:00Z");
        assert!(!needs_reminder(None, None, now));
        assert!(!should_snapshot(None, None, now));
        assert_eq!(Counts::of(&plan).pillars, 8);
    }

    #[test]
    fn the_latest_change_is_the_newest_record_or_workspace() {
        let mut plan = fresh();
        plan.pillars[0].updated_at = ts("2026-11-20T00:00:00Z");
        plan.workspace.updated_at = ts("2026-11-21T00:00:00Z");
        assert_eq!(latest_change(&plan), Some(ts("2026-11-21T00:00:00Z")));
        plan.pillars[1].updated_at = ts("2026-11-22T00:00:00Z");
        plan.pillars[1].deleted = true;
        assert_eq!(latest_change(&plan), Some(ts("2026-11-22T00:00:00Z")));
        assert_eq!(Counts::of(&plan).pillars, 7, "tombstones are not counted");
    }

    #[test]
    fn the_reminder_follows_the_seven_day_rule() {
        let now = ts("2026-11-29T12:00:00Z");
        let changed = Some(ts("2026-11-28T00:00:00Z"));
        assert!(needs_reminder(None, changed, now), "never backed up");
        assert!(
            needs_reminder(Some(ts("2026-11-20T00:00:00Z")), changed, now),
            "9 days old"
        );
        assert!(
            !needs_reminder(Some(ts("2026-11-25T00:00:00Z")), changed, now),
            "4 days old"
        );
        assert!(
            !needs_reminder(
                Some(ts("2026-11-20T00:00:00Z")),
                Some(ts("2026-11-19T00:00:00Z")),
                now
            ),
            "nothing changed since"
        );
        // Exactly seven days is not over seven days.
        assert!(!needs_reminder(
            Some(ts("2026-11-22T12:00:00Z")),
            changed,
            now
        ));
    }

    #[test]
    fn a_snapshot_is_taken_after_changes_at_most_hourly() {
        let now = ts("2026-11-29T12:00:00Z");
        let changed = Some(ts("2026-11-29T11:30:00Z"));
        assert!(should_snapshot(None, changed, now));
        assert!(should_snapshot(
            Some(ts("2026-11-29T11:00:00Z")),
            changed,
            now
        ));
        assert!(
            !should_snapshot(Some(ts("2026-11-29T11:45:00Z")), changed, now),
            "too recent"
        );
        assert!(!should_snapshot(
            Some(ts("2026-11-29T11:31:00Z")),
            changed,
            now
        ));
        assert!(
            !should_snapshot(
                Some(ts("2026-11-29T10:00:00Z")),
                Some(ts("2026-11-29T09:00:00Z")),
                now
            ),
            "nothing new"
        );
    }

    #[test]
    fn only_the_newest_five_are_kept() {
        let plan = fresh();
        let metas: Vec<SnapshotMeta> = (1..=7)
            .map(|d| SnapshotMeta::new(&plan, ts(&format!("2026-11-0{d}T00:00:00Z"))))
            .collect();
        let (kept, dropped) = keep_last(metas.clone(), KEEP);
        assert_eq!(kept.len(), 5);
        assert_eq!(kept[0].at, ts("2026-11-07T00:00:00Z"));
        assert_eq!(kept[4].at, ts("2026-11-03T00:00:00Z"));
        assert_eq!(dropped, vec![metas[1].id.clone(), metas[0].id.clone()]);
        let (kept, dropped) = keep_last(metas[..2].to_vec(), KEEP);
        assert_eq!((kept.len(), dropped.len()), (2, 0));
        assert!(metas[0].id < metas[1].id, "ids sort as times");
    }
}
