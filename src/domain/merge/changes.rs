//! The writes that turn the local plan into the merged one.

use crate::domain::coverage::Coverage;
use crate::domain::idea::Idea;
use crate::domain::member::Member;
use crate::domain::pillar::Pillar;
use crate::domain::plan::Plan;
use crate::domain::post::Post;
use crate::domain::record::{Record, RecordData};
use crate::domain::slot::Slot;
use crate::domain::special_day::SpecialDay;
use crate::domain::workspace::Workspace;

use super::{by_id, wins, workspace_wins};

/// The records (and workspace, if it changes) that must be written to
/// storage to turn `local` into `merge_plans(local, incoming)`: exactly the
/// winners from the file that differ from what is stored, each kind in id
/// order. The storage layer writes them in one transaction.
///
/// Unknown top-level keys are not here: they are one value, the merged
/// plan's `extra`, which the caller compares and stores itself.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Changes {
    /// The file's workspace settings, if they win.
    pub workspace: Option<Workspace>,
    /// Members to write.
    pub members: Vec<Member>,
    /// Pillars to write.
    pub pillars: Vec<Pillar>,
    /// Posts to write.
    pub posts: Vec<Post>,
    /// Ideas to write.
    pub ideas: Vec<Idea>,
    /// Coverage to write.
    pub coverage: Vec<Coverage>,
    /// Special days to write.
    pub special_days: Vec<SpecialDay>,
    /// Slots to write.
    pub slots: Vec<Slot>,
}

impl Changes {
    /// Whether there is nothing to write.
    pub fn is_empty(&self) -> bool {
        self.workspace.is_none() && self.record_count() == 0
    }

    /// How many records there are to write, of all kinds.
    pub fn record_count(&self) -> usize {
        self.members.len()
            + self.pillars.len()
            + self.posts.len()
            + self.ideas.len()
            + self.coverage.len()
            + self.special_days.len()
            + self.slots.len()
    }
}

/// What must be written to storage to import `incoming` into `local`.
pub fn changes(local: &Plan, incoming: &Plan) -> Changes {
    Changes {
        workspace: workspace_wins(&incoming.workspace, &local.workspace)
            .then(|| incoming.workspace.clone()),
        members: winners(&local.members, &incoming.members),
        pillars: winners(&local.pillars, &incoming.pillars),
        posts: winners(&local.posts, &incoming.posts),
        ideas: winners(&local.ideas, &incoming.ideas),
        coverage: winners(&local.coverage, &incoming.coverage),
        special_days: winners(&local.special_days, &incoming.special_days),
        slots: winners(&local.slots, &incoming.slots),
    }
}

/// The incoming records that beat the local record of their id, or that
/// have none, in id order.
fn winners<T: RecordData>(local: &[Record<T>], incoming: &[Record<T>]) -> Vec<Record<T>> {
    let local = by_id(local);
    by_id(incoming)
        .into_iter()
        .filter(|(id, theirs)| local.get(id).is_none_or(|ours| wins(theirs, ours)))
        .map(|(_, theirs)| theirs.clone())
        .collect()
}
