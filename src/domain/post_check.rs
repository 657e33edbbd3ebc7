//! The spec's rules for one post, field by field, for the editor to show
//! next to each field as the person types.
//!
//! The rules are the validator's own (`validate::rules`), so a post the
//! editor accepts is one a plan file carries and a colleague's import
//! accepts.

use crate::domain::post::PostData;
use crate::domain::validate::{rules, ProblemKind};

/// A field of the post editor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PostField {
    /// The title.
    Title,
    /// The date.
    Date,
    /// The time.
    Time,
    /// The platforms.
    Platforms,
    /// The caption.
    Caption,
    /// The hashtags (with the index of the hashtag).
    Hashtags,
    /// The links (with the index of the link).
    Links,
    /// The published URL.
    PublishedUrl,
    /// The internal notes.
    Notes,
}

/// One broken rule of one field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldProblem {
    /// Where.
    pub field: PostField,
    /// Which hashtag or link (0-based), for the list fields.
    pub index: Option<usize>,
    /// What is wrong, as the validator says it.
    pub kind: ProblemKind,
}

/// Every rule `data` breaks, in the order of [`PostField`]: the title is
/// 1–200 characters after trimming, at least one platform is chosen, the
/// caption is at most 65,536 characters and the notes 20,000, each hashtag
/// is `#` and no whitespace, each link's label is at most 2,000 characters
/// and its URL an absolute `http`/`https` URL of at most 2,048, and so is
/// the published URL if there is one. A date and a time held as such are
/// always real; [`check_input`] checks them as typed.
pub fn check_post(data: &PostData) -> Vec<FieldProblem> {
    let mut problems = Vec::new();
    let mut add = |field, index, kind: Option<ProblemKind>| {
        if let Some(kind) = kind {
            problems.push(FieldProblem { field, index, kind });
        }
    };
    add(PostField::Title, None, rules::name(&data.title));
    let none_chosen = data.platforms.is_empty().then_some(ProblemKind::NoneChosen);
    add(PostField::Platforms, None, none_chosen);
    add(PostField::Caption, None, rules::caption(&data.caption));
    for (i, tag) in data.hashtags.iter().enumerate() {
        add(PostField::Hashtags, Some(i), rules::hashtag(tag));
    }
    for (i, link) in data.links.iter().enumerate() {
        add(PostField::Links, Some(i), rules::other_text(&link.label));
        add(PostField::Links, Some(i), rules::url(&link.url));
    }
    if let Some(url) = &data.published_url {
        add(PostField::PublishedUrl, None, rules::url(url));
    }
    add(PostField::Notes, None, rules::notes(&data.notes));
    problems
}

/// The rule a field's text breaks as typed, before it becomes part of a
/// post: a date `YYYY-MM-DD` (required), a time `HH:MM` (may be empty),
/// a title, caption, notes, one hashtag, one link's URL, or a published
/// URL (may be empty). `Platforms` is a choice, not text: always `None`.
pub fn check_input(field: PostField, text: &str) -> Option<ProblemKind> {
    match field {
        PostField::Title => rules::name(text),
        PostField::Date if text.is_empty() => Some(ProblemKind::Missing),
        PostField::Date => rules::date(text),
        PostField::Time | PostField::PublishedUrl if text.is_empty() => None,
        PostField::Time => rules::time(text),
        PostField::Platforms => None,
        PostField::Caption => rules::caption(text),
        PostField::Hashtags => rules::hashtag(text),
        PostField::Links | PostField::PublishedUrl => rules::url(text),
        PostField::Notes => rules::notes(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::schedule::fixtures::post;
    use serde_json::json;

    fn problems(more: serde_json::Value) -> Vec<(PostField, Option<usize>, ProblemKind)> {
        check_post(&post("p1", "2026-12-22", more).data)
            .into_iter()
            .map(|p| (p.field, p.index, p.kind))
            .collect()
    }

    fn url_problem(s: &str) -> ProblemKind {
        ProblemKind::BadUrl { value: s.into() }
    }

    #[test]
    fn a_good_post_has_no_problems() {
        let good = problems(json!({
            "title": "  Selamat Hari Ibu  ", "caption": "x".repeat(65_536),
            "notes": "é".repeat(20_000), "hashtags": ["#HariIbu", "#Bengkayang🌸"],
            "links": [{"label": "l".repeat(2_000), "url": "https://drive.example.go.id/folder"}],
            "published_url": "https://www.instagram.com/p/abc/",
        }));
        assert_eq!(good, []);
        assert_eq!(problems(json!({"published_url": null})), []);
    }

    #[test]
    fn title_must_have_1_to_200_characters() {
        assert_eq!(
            problems(json!({"title": " \t "})),
            [(PostField::Title, None, ProblemKind::Empty)]
        );
        assert_eq!(problems(json!({"title": "a".repeat(200)})), []);
        assert_eq!(
            problems(json!({"title": "a".repeat(201)})),
            [(PostField::Title, None, ProblemKind::TooLong { max: 200 })]
        );
    }

    #[test]
    fn at_least_one_platform() {
        assert_eq!(
            problems(json!({"platforms": []})),
            [(PostField::Platforms, None, ProblemKind::NoneChosen)]
        );
    }

    #[test]
    fn caption_and_notes_limits() {
        assert_eq!(
            problems(json!({"caption": "x".repeat(65_537)})),
            [(
                PostField::Caption,
                None,
                ProblemKind::TooLong { max: 65_536 }
            )]
        );
        assert_eq!(
            problems(json!({"notes": "🙂".repeat(20_001)})),
            [(PostField::Notes, None, ProblemKind::TooLong { max: 20_000 })]
        );
    }

    #[test]
    fn hashtags_start_with_a_hash_and_have_no_spaces() {
        let found = problems(json!({"hashtags": ["#ok", "tanpa", "#dua kata", "#"]}));
        let at: Vec<(PostField, Option<usize>)> = found.iter().map(|p| (p.0, p.1)).collect();
        assert_eq!(
            at,
            [
                (PostField::Hashtags, Some(1)),
                (PostField::Hashtags, Some(2)),
                (PostField::Hashtags, Some(3))
            ]
        );
        assert!(matches!(found[0].2, ProblemKind::BadHashtag { .. }));
    }

    #[test]
    fn links_need_a_short_label_and_a_web_url() {
        let found = problems(json!({"links": [
            {"label": "Folder", "url": "https://drive.example.go.id/a"},
            {"label": "l".repeat(2_001), "url": "https://drive.example.go.id/b"},
            {"label": "Draf", "url": "javascript:alert(1)"},
        ]}));
        assert_eq!(
            found,
            [
                (
                    PostField::Links,
                    Some(1),
                    ProblemKind::TooLong { max: 2_000 }
                ),
                (
                    PostField::Links,
                    Some(2),
                    url_problem("javascript:alert(1)")
                ),
            ]
        );
    }

    #[test]
    fn published_url_is_checked_when_set() {
        assert_eq!(
            problems(json!({"published_url": "instagram.com/p/abc"})),
            [(
                PostField::PublishedUrl,
                None,
                url_problem("instagram.com/p/abc")
            )]
        );
    }

    #[test]
    fn inputs_as_typed() {
        assert_eq!(check_input(PostField::Date, "2026-12-22"), None);
        assert_eq!(check_input(PostField::Date, ""), Some(ProblemKind::Missing));
        assert_eq!(
            check_input(PostField::Date, "2026-02-30"),
            Some(ProblemKind::NotADate {
                value: "2026-02-30".into()
            })
        );
        assert_eq!(check_input(PostField::Time, ""), None);
        assert_eq!(check_input(PostField::Time, "09:00"), None);
        assert!(check_input(PostField::Time, "9.00").is_some());
        assert_eq!(check_input(PostField::PublishedUrl, ""), None);
        assert!(check_input(PostField::PublishedUrl, "data:text/html,x").is_some());
        assert!(check_input(PostField::Links, "").is_some());
        assert_eq!(check_input(PostField::Title, " "), Some(ProblemKind::Empty));
        assert!(check_input(PostField::Hashtags, "#a b").is_some());
        assert_eq!(check_input(PostField::Platforms, "anything"), None);
        assert!(check_input(PostField::Caption, &"x".repeat(65_537)).is_some());
        assert!(check_input(PostField::Notes, &"x".repeat(20_001)).is_some());
    }
}
