//! The workspace: the office's own settings, one per plan.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::domain::id::Id;
use crate::domain::keyed_enum::keyed_enum;
use crate::domain::time::Timestamp;

keyed_enum! {
    /// The language of the app's text.
    #[derive(Default)]
    pub enum Language {
        /// Bahasa Indonesia, the default.
        #[default]
        Id = "id",
        /// English.
        En = "en",
    }
}

/// The IANA zone a workspace uses when a file does not say: Bengkayang,
/// West Kalimantan.
pub const DEFAULT_TIMEZONE: &str = "Asia/Pontianak";

/// The office's settings. Unlike records it has no `deleted` flag: a plan
/// always has exactly one workspace.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Workspace {
    /// Fixed (`workspace`) for a fresh install, so that two fresh installs
    /// share it; a merge then adopts the colleague's edited settings.
    pub id: Id,
    /// The office's name, 1–200 characters after trimming.
    pub name: String,
    /// IANA zone that dates and times of the plan are in.
    #[serde(default = "default_timezone")]
    pub timezone: String,
    /// Language of the app's text.
    #[serde(default)]
    pub locale: Language,
    /// Followers per platform key, for engagement rates.
    #[serde(default)]
    pub followers: BTreeMap<String, u64>,
    /// Hashtags added to every new post.
    #[serde(default)]
    pub default_hashtags: Vec<String>,
    /// Credit line at the end of captions, e.g. `(Diskominfo Bengkayang/RT)`.
    #[serde(default)]
    pub byline: String,
    /// When the workspace was made.
    pub created_at: Timestamp,
    /// When its settings last changed; the later one wins a merge.
    pub updated_at: Timestamp,
    /// Fields this version does not know, written back as they came.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// serde's `default` needs a function.
fn default_timezone() -> String {
    DEFAULT_TIMEZONE.to_owned()
}

impl Workspace {
    /// Marks the settings as edited at `now`, as [`crate::domain::record::Record::touch`]
    /// does for records.
    pub fn touch(&mut self, now: Timestamp) {
        self.updated_at = self.updated_at.after_edit(now);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn missing_optional_fields_take_their_defaults() {
        let w: Workspace = serde_json::from_value(json!({
            "id": "w", "name": "Diskominfo",
            "created_at": "2026-11-17T01:00:00Z", "updated_at": "2026-11-17T01:00:00Z",
            "theme": "dark",
        }))
        .unwrap();
        assert_eq!(w.timezone, "Asia/Pontianak");
        assert_eq!(w.locale, Language::Id);
        assert!(w.followers.is_empty() && w.default_hashtags.is_empty() && w.byline.is_empty());
        assert_eq!(w.extra["theme"], "dark");
        assert_eq!(serde_json::to_value(&w).unwrap()["theme"], "dark");
        assert!(serde_json::from_value::<Workspace>(json!({"id": "w", "name": "x"})).is_err());
    }

    #[test]
    fn touch_moves_forward() {
        let t0 = Timestamp::parse("2026-11-17T01:00:00Z").unwrap();
        let mut w: Workspace = serde_json::from_value(json!({
            "id": "w", "name": "D", "locale": "en",
            "created_at": "2026-11-17T01:00:00Z", "updated_at": "2026-11-17T01:00:00Z",
        }))
        .unwrap();
        assert_eq!(w.locale, Language::En);
        w.touch(Timestamp::EPOCH);
        assert_eq!(
            w.updated_at,
            Timestamp::parse("2026-11-17T01:00:00.001Z").unwrap()
        );
        assert_eq!(w.created_at, t0);
    }
}
