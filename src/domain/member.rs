//! Staff members: who writes, reviews and covers.

use serde::{Deserialize, Serialize};

use crate::domain::keyed_enum::keyed_enum;
use crate::domain::record::{Record, RecordData, RecordKind};

keyed_enum! {
    /// What a member may do in the office's workflow.
    pub enum Role {
        /// Manages the workspace and its members.
        Admin = "admin",
        /// Writes and schedules posts.
        Editor = "editor",
        /// Approves captions before they go out.
        Reviewer = "reviewer",
        /// An intern (magang): drafts, does not approve.
        Intern = "intern",
    }
}

/// The fields of a member.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MemberData {
    /// Display name, 1–200 characters after trimming.
    pub name: String,
    /// What the member does.
    pub role: Role,
    /// Whether the member is still on the team; former members stay so
    /// that old posts keep their assignee. Missing means active.
    #[serde(default = "active_by_default")]
    pub active: bool,
}

/// A member missing `active` is taken as active: older files had no field.
fn active_by_default() -> bool {
    true
}

/// A staff member record.
pub type Member = Record<MemberData>;

impl RecordData for MemberData {
    const KIND: RecordKind = RecordKind::Member;

    fn title(&self) -> &str {
        &self.name
    }
}
