//! What an import would do, counted per kind for the person to confirm
//! (spec Import rule 2).

use crate::domain::plan::Plan;
use crate::domain::record::{Record, RecordData, RecordKind};

use super::{by_id, wins, workspace_wins};

/// What an import does to the records of one kind, as the person sees it.
///
/// Every distinct id in the file falls in exactly one count. The counts
/// follow what is shown before and after, since tombstones are hidden:
///
/// | local record | winner | count |
/// |---|---|---|
/// | none | live | `added` |
/// | none | tombstone | `unchanged` (nothing appears; the tombstone is still stored so the deletion travels on) |
/// | any | local's (it wins or is equal) | `unchanged` |
/// | live | incoming live | `updated` |
/// | live | incoming tombstone | `deleted` |
/// | tombstone | incoming live | `added` (a deleted record comes back) |
/// | tombstone | incoming tombstone | `unchanged` |
///
/// So `added - deleted` is how many more live records the kind has after
/// the import. Whether anything at all is written (hidden tombstones
/// included) is [`super::Changes::is_empty`], not these counts.
#[derive(Default, Clone, Copy, Debug, PartialEq, Eq)]
pub struct KindCounts {
    /// Records that become visible.
    pub added: usize,
    /// Visible records replaced by a newer version.
    pub updated: usize,
    /// Records left as they are, or whose change nobody sees.
    pub unchanged: usize,
    /// Visible records that the file's tombstones delete.
    pub deleted: usize,
}

impl KindCounts {
    /// All four counts added up: the number of distinct ids in the file.
    pub fn total(&self) -> usize {
        self.added + self.updated + self.unchanged + self.deleted
    }
}

/// What importing a plan file would do (spec Import rule 2).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MergePreview {
    /// Counts for every kind, in [`RecordKind::ALL`] order.
    pub kinds: Vec<(RecordKind, KindCounts)>,
    /// Whether the file's workspace settings replace the local ones.
    pub workspace_updated: bool,
}

impl MergePreview {
    /// The counts of one kind.
    pub fn counts(&self, kind: RecordKind) -> KindCounts {
        self.kinds
            .iter()
            .find(|(k, _)| *k == kind)
            .map(|(_, counts)| *counts)
            .unwrap_or_default()
    }

    /// Whether the person would see any change: a record added, updated or
    /// deleted, or new workspace settings.
    pub fn changes_anything(&self) -> bool {
        self.workspace_updated
            || self
                .kinds
                .iter()
                .any(|(_, c)| c.added + c.updated + c.deleted > 0)
    }
}

/// What importing `incoming` into `local` would do, per kind (spec Import
/// rule 2); see [`KindCounts`] for what each count means.
pub fn preview(local: &Plan, incoming: &Plan) -> MergePreview {
    let kinds = vec![
        (RecordKind::Member, count(&local.members, &incoming.members)),
        (RecordKind::Pillar, count(&local.pillars, &incoming.pillars)),
        (RecordKind::Post, count(&local.posts, &incoming.posts)),
        (RecordKind::Idea, count(&local.ideas, &incoming.ideas)),
        (
            RecordKind::Coverage,
            count(&local.coverage, &incoming.coverage),
        ),
        (
            RecordKind::SpecialDay,
            count(&local.special_days, &incoming.special_days),
        ),
        (RecordKind::Slot, count(&local.slots, &incoming.slots)),
    ];
    MergePreview {
        kinds,
        workspace_updated: workspace_wins(&incoming.workspace, &local.workspace),
    }
}

fn count<T: RecordData>(local: &[Record<T>], incoming: &[Record<T>]) -> KindCounts {
    let local = by_id(local);
    let mut counts = KindCounts::default();
    for (id, theirs) in by_id(incoming) {
        let slot = match local.get(id) {
            None if theirs.is_live() => &mut counts.added,
            None => &mut counts.unchanged,
            Some(ours) if !wins(theirs, ours) => &mut counts.unchanged,
            Some(ours) => match (ours.is_live(), theirs.is_live()) {
                (true, true) => &mut counts.updated,
                (true, false) => &mut counts.deleted,
                (false, true) => &mut counts.added,
                (false, false) => &mut counts.unchanged,
            },
        };
        *slot += 1;
    }
    counts
}
