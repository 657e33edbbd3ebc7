//! Every rule of the spec, broken one at a time in an otherwise valid plan:
//! the problem has the right path and kind, and serde agrees the value is
//! wrong or the rule is one serde does not check.

use super::*;
use ProblemKind as K;

pub(super) fn wrong(expected: Expected) -> ProblemKind {
    K::WrongType { expected }
}

pub(super) fn not_one_of(value: &str, allowed: &[&'static str]) -> ProblemKind {
    K::NotOneOf {
        value: value.into(),
        allowed: allowed.to_vec(),
    }
}

pub(super) const PLATFORMS: &[&str] = &[
    "instagram",
    "facebook",
    "tiktok",
    "youtube",
    "x",
    "threads",
    "website",
    "whatsapp",
];
pub(super) const FORMATS: &[&str] = &[
    "photo",
    "carousel",
    "video",
    "reel",
    "story",
    "infographic",
    "article",
    "live",
    "text",
];

/// Asserts that breaking `pointer` gives exactly `kind` at `path`.
#[track_caller]
pub(super) fn assert_refused(pointer: &str, value: Option<Value>, path: &str, kind: ProblemKind) {
    let plan = edited(pointer, value.clone());
    assert_eq!(
        found(&plan),
        [(path.to_owned(), kind)],
        "{pointer} = {value:?}"
    );
}

#[test]
fn top_level_and_workspace() {
    let ts = |v: &str| K::NotATimestamp { value: v.into() };
    assert_refused("/exported_at", None, "exported_at", K::Missing);
    assert_refused(
        "/exported_at",
        Some(json!("2026-12-01")),
        "exported_at",
        ts("2026-12-01"),
    );
    assert_refused(
        "/exported_at",
        Some(json!(0)),
        "exported_at",
        wrong(Expected::String),
    );
    assert_refused(
        "/exported_by",
        Some(json!(5)),
        "exported_by",
        wrong(Expected::StringOrNull),
    );
    let long = "x".repeat(2001);
    assert_refused(
        "/exported_by",
        Some(json!(long)),
        "exported_by",
        K::TooLong { max: 2000 },
    );
    assert_refused("/workspace", None, "workspace", K::Missing);
    assert_refused(
        "/workspace",
        Some(json!([])),
        "workspace",
        wrong(Expected::Object),
    );
    assert_refused(
        "/workspace",
        Some(json!(null)),
        "workspace",
        wrong(Expected::Object),
    );
    assert_refused(
        "/members",
        Some(json!({})),
        "members",
        wrong(Expected::Array),
    );
    assert_refused("/slots", Some(json!(null)), "slots", wrong(Expected::Array));
    assert_refused(
        "/pillars",
        Some(json!([5])),
        "pillars[0]",
        wrong(Expected::Object),
    );

    let w = |key: &str| format!("/workspace/{key}");
    let at = |key: &str| format!("workspace.{key}");
    assert_refused(
        &w("id"),
        Some(json!("a b")),
        &at("id"),
        K::BadId {
            value: "a b".into(),
        },
    );
    assert_refused(&w("id"), None, &at("id"), K::Missing);
    assert_refused(&w("name"), Some(json!(" \t")), &at("name"), K::Empty);
    assert_refused(
        &w("name"),
        Some(json!("é".repeat(201))),
        &at("name"),
        K::TooLong { max: 200 },
    );
    assert_refused(
        &w("name"),
        Some(json!(null)),
        &at("name"),
        wrong(Expected::String),
    );
    assert_refused(
        &w("timezone"),
        Some(json!(null)),
        &at("timezone"),
        wrong(Expected::String),
    );
    assert_refused(
        &w("locale"),
        Some(json!("fr")),
        &at("locale"),
        not_one_of("fr", &["id", "en"]),
    );
    assert_refused(
        &w("byline"),
        Some(json!(long)),
        &at("byline"),
        K::TooLong { max: 2000 },
    );
    assert_refused(
        &w("updated_at"),
        Some(json!("x")),
        &at("updated_at"),
        ts("x"),
    );
    assert_refused(&w("created_at"), None, &at("created_at"), K::Missing);
    let followers = w("followers");
    assert_refused(
        &followers,
        Some(json!([])),
        &at("followers"),
        wrong(Expected::Object),
    );
    assert_refused(
        &followers,
        Some(json!({"instagram": -1})),
        "workspace.followers.instagram",
        K::OutOfRange {
            min: 0,
            max: i64::MAX,
        },
    );
    assert_refused(
        &followers,
        Some(json!({"my page": 1.5})),
        "workspace.followers[\"my page\"]",
        wrong(Expected::Integer),
    );
    let tags = w("default_hashtags");
    for bad in ["Bengkayang", "#", "#a b", "#a\u{feff}"] {
        let kind = K::BadHashtag { value: bad.into() };
        assert_refused(
            &tags,
            Some(json!([bad])),
            "workspace.default_hashtags[0]",
            kind,
        );
    }
    assert_refused(
        &tags,
        Some(json!("#a")),
        &at("default_hashtags"),
        wrong(Expected::Array),
    );
}

#[test]
fn records_envelope() {
    let ts = |v: &str| K::NotATimestamp { value: v.into() };
    assert_refused("/members/0/id", None, "members[0].id", K::Missing);
    assert_refused(
        "/members/0/id",
        Some(json!("")),
        "members[0].id",
        K::BadId { value: "".into() },
    );
    let long_id = "x".repeat(65);
    let kind = K::BadId {
        value: long_id.clone(),
    };
    assert_refused("/ideas/0/id", Some(json!(long_id)), "ideas[0].id", kind);
    assert_refused(
        "/slots/0/id",
        Some(json!(7)),
        "slots[0].id",
        wrong(Expected::String),
    );
    assert_refused(
        "/coverage/0/created_at",
        None,
        "coverage[0].created_at",
        K::Missing,
    );
    let local = "2026-11-17T01:00:00";
    assert_refused(
        "/posts/0/updated_at",
        Some(json!(local)),
        "posts[0].updated_at",
        ts(local),
    );
    let deleted = "/special_days/0/deleted";
    assert_refused(
        deleted,
        Some(json!("false")),
        "special_days[0].deleted",
        wrong(Expected::Boolean),
    );
    assert_refused(
        deleted,
        Some(json!(null)),
        "special_days[0].deleted",
        wrong(Expected::Boolean),
    );
}

#[test]
fn ids_are_unique_per_kind_tombstones_included() {
    let mut plan = base();
    let mut again = plan["posts"][0].clone();
    again["deleted"] = json!(true);
    plan["posts"].as_array_mut().unwrap().push(again.clone());
    again["id"] = json!("post2");
    plan["posts"].as_array_mut().unwrap().push(again);
    assert_eq!(
        found(&plan),
        [(
            "posts[1].id".to_owned(),
            K::DuplicateId {
                value: "post1".into()
            }
        )]
    );
    // The same id in two kinds is fine.
    let mut plan = base();
    plan["ideas"][0]["id"] = json!("post1");
    assert_accepted(&plan);
}

#[test]
fn all_problems_are_listed_in_the_file_order() {
    let mut plan = base();
    plan["posts"][0]["date"] = json!("2026-02-30");
    plan["posts"][0]["title"] = json!("");
    plan["posts"][0]["metrics"]["likes"] = json!(-5);
    plan["members"][0]["role"] = json!("boss");
    plan["slots"][0]["weekday"] = json!(9);
    plan["workspace"]["locale"] = json!("fr");
    let paths: Vec<String> = found(&plan).into_iter().map(|(p, _)| p).collect();
    assert_eq!(
        paths,
        [
            "workspace.locale",
            "members[0].role",
            "posts[0].title",
            "posts[0].date",
            "posts[0].metrics.likes",
            "slots[0].weekday"
        ]
    );
}
