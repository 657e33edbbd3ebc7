//! Ideas: topics collected before they become posts.

use serde::{Deserialize, Serialize};

use crate::domain::id::Id;
use crate::domain::keyed_enum::keyed_enum;
use crate::domain::record::{Record, RecordData, RecordKind};
use crate::domain::time::{serde_opt_date, Date};

keyed_enum! {
    /// How far an idea has come.
    #[derive(Default)]
    pub enum IdeaStage {
        /// Just noted.
        #[default]
        Inbox = "inbox",
        /// Worth doing.
        Shortlist = "shortlist",
        /// Ready to become a post.
        Ready = "ready",
        /// Made into a post.
        Used = "used",
        /// Set aside.
        Archived = "archived",
    }
}

/// The fields of an idea.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct IdeaData {
    /// Title, 1–200 characters after trimming.
    pub title: String,
    /// What the idea is about.
    #[serde(default)]
    pub description: String,
    /// The content pillar it would fit.
    #[serde(default)]
    pub pillar_id: Option<Id>,
    /// How far it has come.
    #[serde(default)]
    pub stage: IdeaStage,
    /// When it should go out, if it is tied to a date.
    #[serde(default, with = "serde_opt_date")]
    pub target_date: Option<Date>,
    /// Free tags.
    #[serde(default)]
    pub tags: Vec<String>,
    /// The post made from it.
    #[serde(default)]
    pub post_id: Option<Id>,
}

/// An idea record.
pub type Idea = Record<IdeaData>;

impl RecordData for IdeaData {
    const KIND: RecordKind = RecordKind::Idea;

    fn title(&self) -> &str {
        &self.title
    }
}
