//! Posts: what goes out, where, when, and how it did.

use serde::{Deserialize, Serialize};

use crate::domain::id::Id;
use crate::domain::keyed_enum::keyed_enum;
use crate::domain::platform::Platform;
use crate::domain::record::{Record, RecordData, RecordKind};
use crate::domain::time::{serde_date, Date, TimeOfDay, Timestamp};

/// Unknown fields of a nested object, kept like a record's.
type Extra = serde_json::Map<String, serde_json::Value>;

keyed_enum! {
    /// The shape of a post.
    pub enum PostFormat {
        /// A single photo.
        Photo = "photo",
        /// Several photos or slides.
        Carousel = "carousel",
        /// A video.
        Video = "video",
        /// A short vertical video.
        Reel = "reel",
        /// A story that disappears after a day.
        Story = "story",
        /// An infographic.
        Infographic = "infographic",
        /// A website article.
        Article = "article",
        /// A live broadcast.
        Live = "live",
        /// Text only.
        Text = "text",
    }
}

keyed_enum! {
    /// Where a post is in its workflow.
    #[derive(Default)]
    pub enum PostStatus {
        /// Being written.
        #[default]
        Draft = "draft",
        /// Waiting for a reviewer.
        Review = "review",
        /// Approved, not yet scheduled.
        Approved = "approved",
        /// Set to go out at its date and time.
        Scheduled = "scheduled",
        /// Out.
        Published = "published",
        /// Will not go out; kept for the record.
        Cancelled = "cancelled",
    }
}

/// A labelled link: a documentation folder, a draft, a source.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Link {
    /// What the link is, e.g. "Folder dokumentasi".
    #[serde(default)]
    pub label: String,
    /// An absolute `http` or `https` URL (checked by the validator).
    pub url: String,
    /// Unknown fields, written back as they came.
    #[serde(flatten)]
    pub extra: Extra,
}

/// A reviewer's approval of one exact caption.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Approval {
    /// The member who approved.
    pub by: Id,
    /// When.
    pub at: Timestamp,
    /// SHA-256 of the approved caption, lowercase hex: a caption edited
    /// after approval no longer matches, so the approval is visibly stale.
    pub caption_sha256: String,
    /// Unknown fields, written back as they came.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Engagement figures of a published post, as read off the platform.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Metrics {
    /// Accounts reached.
    #[serde(default)]
    pub reach: Option<u64>,
    /// Times shown.
    #[serde(default)]
    pub impressions: Option<u64>,
    /// Video views.
    #[serde(default)]
    pub views: Option<u64>,
    /// Likes.
    #[serde(default)]
    pub likes: Option<u64>,
    /// Comments.
    #[serde(default)]
    pub comments: Option<u64>,
    /// Shares.
    #[serde(default)]
    pub shares: Option<u64>,
    /// Saves.
    #[serde(default)]
    pub saves: Option<u64>,
    /// When the figures were read.
    pub recorded_at: Timestamp,
    /// Unknown fields, written back as they came.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The fields of a post. Optional fields and arrays may be missing.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PostData {
    /// Title, 1–200 characters after trimming.
    pub title: String,
    /// The day it goes out, in the workspace's time zone.
    #[serde(with = "serde_date")]
    pub date: Date,
    /// The time it goes out, if set; without one it is an all-day item.
    #[serde(default)]
    pub time: Option<TimeOfDay>,
    /// Where it goes out; the validator requires at least one.
    #[serde(default)]
    pub platforms: Vec<Platform>,
    /// Its shape, if chosen.
    #[serde(default)]
    pub format: Option<PostFormat>,
    /// Its content pillar.
    #[serde(default)]
    pub pillar_id: Option<Id>,
    /// Where it is in the workflow.
    #[serde(default)]
    pub status: PostStatus,
    /// The text that goes out (up to 65,536 characters).
    #[serde(default)]
    pub caption: String,
    /// Hashtags, each starting with `#`.
    #[serde(default)]
    pub hashtags: Vec<String>,
    /// The member responsible.
    #[serde(default)]
    pub assignee_id: Option<Id>,
    /// The coverage the material comes from.
    #[serde(default)]
    pub coverage_id: Option<Id>,
    /// The idea it was made from.
    #[serde(default)]
    pub idea_id: Option<Id>,
    /// Documentation folders, drafts.
    #[serde(default)]
    pub links: Vec<Link>,
    /// The reviewer's approval, if any.
    #[serde(default)]
    pub approval: Option<Approval>,
    /// Where it was published.
    #[serde(default)]
    pub published_url: Option<String>,
    /// When it was published.
    #[serde(default)]
    pub published_at: Option<Timestamp>,
    /// How it did.
    #[serde(default)]
    pub metrics: Option<Metrics>,
    /// Internal notes.
    #[serde(default)]
    pub notes: String,
}

/// A post record.
pub type Post = Record<PostData>;

impl PostData {
    /// A draft titled `title` on `date` for `platforms`, every other field
    /// empty: the one starting point for posts made in the app (a blank
    /// post, from a slot, from an idea).
    pub fn draft(title: String, date: Date, platforms: Vec<Platform>) -> PostData {
        PostData {
            title,
            date,
            time: None,
            platforms,
            format: None,
            pillar_id: None,
            status: PostStatus::Draft,
            caption: String::new(),
            hashtags: Vec::new(),
            assignee_id: None,
            coverage_id: None,
            idea_id: None,
            links: Vec::new(),
            approval: None,
            published_url: None,
            published_at: None,
            metrics: None,
            notes: String::new(),
        }
    }
}

impl RecordData for PostData {
    const KIND: RecordKind = RecordKind::Post;

    fn title(&self) -> &str {
        &self.title
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn title_and_date_are_enough() {
        let p: PostData =
            serde_json::from_value(json!({"title": "Hari Ibu", "date": "2026-12-22"})).unwrap();
        assert_eq!(p.status, PostStatus::Draft);
        assert!(p.platforms.is_empty() && p.hashtags.is_empty() && p.links.is_empty());
        assert_eq!((p.time, p.format, p.approval.is_none()), (None, None, true));
        for missing in [json!({"title": "x"}), json!({"date": "2026-12-22"})] {
            assert!(serde_json::from_value::<PostData>(missing).is_err());
        }
    }

    #[test]
    fn nested_objects_keep_unknown_fields() {
        let input = json!({
            "id": "p1", "title": "T", "date": "2026-12-22",
            "links": [{"label": "Draf", "url": "https://example.go.id/d", "kind": "draft"}],
            "approval": {"by": "m1", "at": "2026-11-17T12:00:00+07:00",
                "caption_sha256": "ab", "note": "ok"},
            "metrics": {"reach": 10, "recorded_at": "2026-12-23T00:00:00Z", "ctr": 0.5},
            "created_at": "2026-11-17T01:00:00Z", "updated_at": "2026-11-17T01:00:00Z",
        });
        let post: Post = serde_json::from_value(input).unwrap();
        assert_eq!(post.data.links[0].extra["kind"], "draft");
        let approval = post.data.approval.as_ref().unwrap();
        assert_eq!(approval.extra["note"], "ok");
        assert_eq!(approval.at.to_rfc3339(), "2026-11-17T05:00:00Z");
        let metrics = post.data.metrics.as_ref().unwrap();
        assert_eq!((metrics.reach, metrics.likes), (Some(10), None));
        assert_eq!(metrics.extra["ctr"], 0.5);
        assert!(post.extra.is_empty());

        let out = serde_json::to_value(&post).unwrap();
        assert_eq!(out["links"][0]["kind"], "draft");
        assert_eq!(out["approval"]["note"], "ok");
        assert_eq!(out["metrics"]["ctr"], 0.5);
        assert_eq!(out["metrics"]["likes"], json!(null));
        assert_eq!(serde_json::from_value::<Post>(out).unwrap(), post);
    }

    #[test]
    fn structural_mistakes_are_refused() {
        let base = json!({"title": "T", "date": "2026-12-22"});
        for (key, value) in [
            ("date", json!("2026-02-30")),
            ("date", json!("22/12/2026")),
            ("time", json!("25:61")),
            ("platforms", json!(["myspace"])),
            ("platforms", json!("instagram")),
            ("format", json!("gif")),
            ("status", json!("done")),
            ("pillar_id", json!("no spaces allowed")),
            ("hashtags", json!("#a #b")),
            (
                "metrics",
                json!({"reach": -1, "recorded_at": "2026-12-23T00:00:00Z"}),
            ),
            ("metrics", json!({"reach": 1})),
            ("approval", json!({"by": "m1"})),
            ("links", json!([{"label": "no url"}])),
        ] {
            let mut v = base.clone();
            v[key] = value.clone();
            assert!(
                serde_json::from_value::<PostData>(v).is_err(),
                "{key}: {value} accepted"
            );
        }
    }
}
