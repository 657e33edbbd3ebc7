//! The workspace's caption settings: hashtag sets, the office's own caption
//! templates and which checks run before approval.
//!
//! The plan format has no fields for these, so they travel as extra fields
//! of the workspace object (`hashtag_sets`, `caption_templates`,
//! `caption_checks`), which the spec says every reader keeps and writes
//! back. They are read leniently: an entry another program wrote in a shape
//! this version does not know is skipped on reading, never an error, and
//! left as it was until someone edits that list here.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::domain::keyed_enum::keyed_enum;
use crate::domain::text::parse_hashtags;
use crate::domain::workspace::Workspace;

/// Workspace field holding the hashtag sets.
pub const HASHTAG_SETS_KEY: &str = "hashtag_sets";
/// Workspace field holding the office's own templates.
pub const TEMPLATES_KEY: &str = "caption_templates";
/// Workspace field holding the checklist switches.
pub const CHECKS_KEY: &str = "caption_checks";

/// A named group of hashtags inserted with one click, e.g. "Resmi":
/// `#DiskominfoBengkayang #BengkayangBumiSebalo`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HashtagSet {
    /// What the button says.
    pub name: String,
    /// The hashtags, normalised (leading `#`, no spaces, no repeats).
    pub hashtags: Vec<String>,
}

impl HashtagSet {
    /// A set named `name` (trimmed) with the hashtags typed in `tags`,
    /// normalised as the post editor does (`text::parse_hashtags`).
    pub fn new(name: &str, tags: &str) -> HashtagSet {
        HashtagSet {
            name: name.trim().to_owned(),
            hashtags: parse_hashtags(tags),
        }
    }
}

/// A caption template with `{judul}`-style placeholders.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaptionTemplate {
    /// Stable id: `tpl-…` for the built-in ones, a UUID for the office's.
    pub id: String,
    /// What the template menu says.
    pub name: String,
    /// The caption with placeholders.
    pub body: String,
}

keyed_enum! {
    /// One check of the checklist run before a caption may be approved.
    pub enum Check {
        /// One of the workspace's default (official) hashtags is present.
        OfficialHashtag = "official_hashtag",
        /// The workspace's byline is in the caption.
        Byline = "byline",
        /// No `{placeholder}` is left unfilled.
        Placeholders = "placeholders",
        /// Every link in the caption is `https`.
        HttpsLinks = "https_links",
        /// No double spaces and no spaces at the end of a line.
        Spacing = "spacing",
        /// The caption does not open by repeating the post's title.
        TitleFirstLine = "title_first_line",
    }
}

/// Reads `key` of the workspace's extra fields as a list of `T`, skipping
/// entries of another shape.
fn read_list<T: for<'de> Deserialize<'de>>(extra: &Map<String, Value>, key: &str) -> Vec<T> {
    match extra.get(key) {
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(|item| serde_json::from_value(item.clone()).ok())
            .collect(),
        _ => Vec::new(),
    }
}

/// Writes `items` as `key`, or removes the field when the list is empty so
/// that a workspace without settings exports as before.
fn write_list<T: Serialize>(extra: &mut Map<String, Value>, key: &str, items: &[T]) {
    if items.is_empty() {
        extra.remove(key);
    } else if let Ok(value) = serde_json::to_value(items) {
        extra.insert(key.to_owned(), value);
    }
}

impl Workspace {
    /// The hashtag sets, in the order staff arranged them. Sets without a
    /// name or without hashtags are skipped.
    pub fn hashtag_sets(&self) -> Vec<HashtagSet> {
        read_list::<HashtagSet>(&self.extra, HASHTAG_SETS_KEY)
            .into_iter()
            .filter(|s| !s.name.trim().is_empty() && !s.hashtags.is_empty())
            .collect()
    }

    /// Replaces the hashtag sets. The caller marks the workspace edited.
    pub fn set_hashtag_sets(&mut self, sets: &[HashtagSet]) {
        write_list(&mut self.extra, HASHTAG_SETS_KEY, sets);
    }

    /// The office's own templates (the built-in ones are
    /// `template::builtin_templates`).
    pub fn own_templates(&self) -> Vec<CaptionTemplate> {
        read_list::<CaptionTemplate>(&self.extra, TEMPLATES_KEY)
            .into_iter()
            .filter(|t| !t.id.is_empty() && !t.name.trim().is_empty())
            .collect()
    }

    /// Replaces the office's own templates. The caller marks the workspace
    /// edited.
    pub fn set_own_templates(&mut self, templates: &[CaptionTemplate]) {
        write_list(&mut self.extra, TEMPLATES_KEY, templates);
    }

    /// Whether `check` runs before approval. Every check is on unless
    /// switched off.
    pub fn check_enabled(&self, check: Check) -> bool {
        self.extra
            .get(CHECKS_KEY)
            .and_then(|checks| checks.get(check.key()))
            .and_then(Value::as_bool)
            .unwrap_or(true)
    }

    /// The checks that run, in the order of [`Check::ALL`].
    pub fn enabled_checks(&self) -> Vec<Check> {
        Check::ALL
            .into_iter()
            .filter(|&c| self.check_enabled(c))
            .collect()
    }

    /// Switches `check` on or off. The caller marks the workspace edited.
    /// Other switches in the field, even ones this version does not know,
    /// stay as they were.
    pub fn set_check(&mut self, check: Check, on: bool) {
        let entry = self
            .extra
            .entry(CHECKS_KEY.to_owned())
            .or_insert_with(|| Value::Object(Map::new()));
        if !entry.is_object() {
            *entry = Value::Object(Map::new());
        }
        if let Value::Object(checks) = entry {
            checks.insert(check.key().to_owned(), Value::Bool(on));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::defaults::default_workspace;
    use serde_json::json;

    #[test]
    fn sets_round_trip_through_the_workspace_json() {
        let mut ws = default_workspace();
        assert!(ws.hashtag_sets().is_empty());
        let resmi = HashtagSet::new(
            " Resmi ",
            "#DiskominfoBengkayang, bengkayang bumi sebalo #diskominfobengkayang",
        );
        assert_eq!(resmi.name, "Resmi");
        assert_eq!(
            resmi.hashtags,
            ["#DiskominfoBengkayang", "#bengkayang", "#bumi", "#sebalo"]
        );
        ws.set_hashtag_sets(std::slice::from_ref(&resmi));
        let json = serde_json::to_value(&ws).unwrap();
        assert_eq!(json["hashtag_sets"][0]["name"], "Resmi");
        let back: Workspace = serde_json::from_value(json).unwrap();
        assert_eq!(back.hashtag_sets(), vec![resmi]);
        ws.set_hashtag_sets(&[]);
        assert!(!serde_json::to_value(&ws)
            .unwrap()
            .as_object()
            .unwrap()
            .contains_key("hashtag_sets"));
    }

    #[test]
    fn entries_of_another_shape_are_skipped() {
        let mut ws = default_workspace();
        ws.extra.insert(
            HASHTAG_SETS_KEY.into(),
            json!([{"name": "A", "hashtags": ["#a"]}, {"name": 3}, "x", {"name": "", "hashtags": ["#b"]}]),
        );
        ws.extra
            .insert(TEMPLATES_KEY.into(), json!({"not": "a list"}));
        ws.extra.insert(CHECKS_KEY.into(), json!("on"));
        assert_eq!(ws.hashtag_sets().len(), 1);
        assert!(ws.own_templates().is_empty());
        assert_eq!(ws.enabled_checks(), Check::ALL.to_vec());
        ws.set_check(Check::Byline, false);
        assert!(!ws.check_enabled(Check::Byline));
    }

    #[test]
    fn checks_default_on_and_keep_unknown_switches() {
        let mut ws = default_workspace();
        assert!(Check::ALL.iter().all(|&c| ws.check_enabled(c)));
        ws.extra
            .insert(CHECKS_KEY.into(), json!({"emoji_count": false}));
        ws.set_check(Check::Spacing, false);
        assert_eq!(ws.enabled_checks().len(), Check::ALL.len() - 1);
        assert_eq!(ws.extra[CHECKS_KEY]["emoji_count"], false);
        ws.set_check(Check::Spacing, true);
        assert!(ws.check_enabled(Check::Spacing));
    }

    #[test]
    fn own_templates_round_trip() {
        let mut ws = default_workspace();
        let t = CaptionTemplate {
            id: "a1".into(),
            name: "Rapat".into(),
            body: "{judul} di {lokasi}".into(),
        };
        ws.set_own_templates(std::slice::from_ref(&t));
        let back: Workspace = serde_json::from_value(serde_json::to_value(&ws).unwrap()).unwrap();
        assert_eq!(back.own_templates(), vec![t]);
    }
}
