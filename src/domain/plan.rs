//! The plan file: the whole workspace as one JSON object, the app's public
//! contract for sharing work between colleagues and tools.

use serde::{Deserialize, Serialize};

use crate::domain::coverage::Coverage;
use crate::domain::id::Id;
use crate::domain::idea::Idea;
use crate::domain::member::Member;
use crate::domain::pillar::Pillar;
use crate::domain::post::Post;
use crate::domain::record::{Record, RecordKind};
use crate::domain::slot::Slot;
use crate::domain::special_day::SpecialDay;
use crate::domain::time::Timestamp;
use crate::domain::workspace::Workspace;

/// The value of `format` in every plan file.
pub const FORMAT: &str = "siar.plan";

/// The plan format version this Siar writes and reads.
pub const VERSION: u32 = 1;

/// A plan file, parsed.
///
/// Parsing checks structure only: types, required fields, real dates and
/// times, known enum values. Rules across fields or records (`format` and
/// `version` values, at least one platform, unique ids, text and size
/// limits, URLs) are the validator's, which reports every problem at once.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    /// Should be [`FORMAT`].
    pub format: String,
    /// Should be at most [`VERSION`]; a higher one is from a newer Siar.
    pub version: u32,
    /// When the file was written.
    pub exported_at: Timestamp,
    /// Who exported, as free text.
    #[serde(default)]
    pub exported_by: Option<String>,
    /// The office's settings.
    pub workspace: Workspace,
    /// Staff members.
    #[serde(default)]
    pub members: Vec<Member>,
    /// Content pillars.
    #[serde(default)]
    pub pillars: Vec<Pillar>,
    /// Posts.
    #[serde(default)]
    pub posts: Vec<Post>,
    /// Ideas.
    #[serde(default)]
    pub ideas: Vec<Idea>,
    /// Coverage.
    #[serde(default)]
    pub coverage: Vec<Coverage>,
    /// Special days.
    #[serde(default)]
    pub special_days: Vec<SpecialDay>,
    /// The posting schedule.
    #[serde(default)]
    pub slots: Vec<Slot>,
    /// Unknown top-level keys, kept on import and written back on export.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl Plan {
    /// An empty plan of `workspace`, stamped as exported at `exported_at`.
    pub fn new(workspace: Workspace, exported_at: Timestamp) -> Plan {
        Plan {
            format: FORMAT.to_owned(),
            version: VERSION,
            exported_at,
            exported_by: None,
            workspace,
            members: Vec::new(),
            pillars: Vec::new(),
            posts: Vec::new(),
            ideas: Vec::new(),
            coverage: Vec::new(),
            special_days: Vec::new(),
            slots: Vec::new(),
            extra: serde_json::Map::new(),
        }
    }

    /// Parses a plan file's text.
    ///
    /// A leading byte order mark is skipped: Windows tools (a spreadsheet
    /// macro, Notepad) often write one, and RFC 8259 lets a reader ignore it.
    pub fn from_json(text: &str) -> Result<Plan, serde_json::Error> {
        serde_json::from_str(text.strip_prefix('\u{feff}').unwrap_or(text))
    }

    /// Writes the plan file's text: pretty JSON indented by two spaces,
    /// keys in the spec's order, unknown keys after the known ones.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self)
            // Keys are all strings and serde_json::Value holds no NaN, so
            // there is nothing that could fail to serialise.
            .expect("a Plan always serialises")
    }

    /// Puts each kind's records in id order, as the spec wants exports
    /// written (kinds are already in order: they are fields). Sorting is
    /// stable, so records with the same id keep their relative order.
    pub fn sort_records(&mut self) {
        fn by_id<T>(records: &mut [Record<T>]) {
            records.sort_by(|a, b| a.id.cmp(&b.id));
        }
        by_id(&mut self.members);
        by_id(&mut self.pillars);
        by_id(&mut self.posts);
        by_id(&mut self.ideas);
        by_id(&mut self.coverage);
        by_id(&mut self.special_days);
        by_id(&mut self.slots);
    }

    /// The ids of the records of `kind`, in the plan's order, tombstones
    /// included.
    pub fn ids(&self, kind: RecordKind) -> Vec<&Id> {
        fn ids_of<T>(records: &[Record<T>]) -> Vec<&Id> {
            records.iter().map(|r| &r.id).collect()
        }
        match kind {
            RecordKind::Member => ids_of(&self.members),
            RecordKind::Pillar => ids_of(&self.pillars),
            RecordKind::Post => ids_of(&self.posts),
            RecordKind::Idea => ids_of(&self.ideas),
            RecordKind::Coverage => ids_of(&self.coverage),
            RecordKind::SpecialDay => ids_of(&self.special_days),
            RecordKind::Slot => ids_of(&self.slots),
        }
    }

    /// How many records of `kind` the plan holds, tombstones included.
    pub fn count(&self, kind: RecordKind) -> usize {
        self.ids(kind).len()
    }
}

#[cfg(test)]
mod tests;
