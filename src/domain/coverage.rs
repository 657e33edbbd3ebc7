//! Coverage: the office documenting an activity in the field.

use serde::{Deserialize, Serialize};

use crate::domain::id::Id;
use crate::domain::keyed_enum::keyed_enum;
use crate::domain::post::Link;
use crate::domain::record::{Record, RecordData, RecordKind};
use crate::domain::time::{serde_date, Date, TimeOfDay};

keyed_enum! {
    /// What the crew must bring back.
    pub enum Need {
        /// Photos.
        Photo = "photo",
        /// Video.
        Video = "video",
        /// An interview.
        Interview = "interview",
        /// Drone footage.
        Drone = "drone",
        /// A quote from an official.
        Quote = "quote",
    }
}

keyed_enum! {
    /// Where a coverage is in its life.
    #[derive(Default)]
    pub enum CoverageStatus {
        /// Still to happen.
        #[default]
        Planned = "planned",
        /// Done, material collected.
        Covered = "covered",
        /// Put away.
        Archived = "archived",
    }
}

/// The fields of a coverage.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CoverageData {
    /// Title, 1–200 characters after trimming.
    pub title: String,
    /// The day of the activity, in the workspace's time zone.
    #[serde(with = "serde_date")]
    pub date: Date,
    /// When it starts, if known.
    #[serde(default)]
    pub time: Option<TimeOfDay>,
    /// Where.
    #[serde(default)]
    pub location: String,
    /// Who attends (free text).
    #[serde(default)]
    pub officials: String,
    /// The members who go.
    #[serde(default)]
    pub crew_ids: Vec<Id>,
    /// What they must bring back.
    #[serde(default)]
    pub needs: Vec<Need>,
    /// Where it is in its life.
    #[serde(default)]
    pub status: CoverageStatus,
    /// Documentation folders and the like.
    #[serde(default)]
    pub links: Vec<Link>,
    /// Internal notes.
    #[serde(default)]
    pub notes: String,
}

/// A coverage record.
pub type Coverage = Record<CoverageData>;

impl RecordData for CoverageData {
    const KIND: RecordKind = RecordKind::Coverage;

    fn title(&self) -> &str {
        &self.title
    }
}
