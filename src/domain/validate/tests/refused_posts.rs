//! The rules of posts, broken one at a time: fields, links and URLs,
//! approval and metrics.

use super::refused::{assert_refused, not_one_of, wrong, FORMATS, PLATFORMS};
use super::*;
use ProblemKind as K;

#[test]
fn posts() {
    let p = |key: &str| format!("/posts/0/{key}");
    let at = |key: &str| format!("posts[0].{key}");
    assert_refused(&p("title"), None, &at("title"), K::Missing);
    assert_refused(
        &p("title"),
        Some(json!(5)),
        &at("title"),
        wrong(Expected::String),
    );
    for bad in [
        "2026-02-30",
        "2026-2-3",
        "22/12/2026",
        "2026-12-22T00:00:00Z",
    ] {
        assert_refused(
            &p("date"),
            Some(json!(bad)),
            &at("date"),
            K::NotADate { value: bad.into() },
        );
    }
    for bad in ["24:00", "9:00", "09:60", "09:00:00"] {
        assert_refused(
            &p("time"),
            Some(json!(bad)),
            &at("time"),
            K::NotATime { value: bad.into() },
        );
    }
    assert_refused(
        &p("time"),
        Some(json!(900)),
        &at("time"),
        wrong(Expected::StringOrNull),
    );
    assert_refused(
        &p("platforms"),
        Some(json!([])),
        &at("platforms"),
        K::NoneChosen,
    );
    assert_refused(&p("platforms"), None, &at("platforms"), K::NoneChosen);
    let myspace = not_one_of("myspace", PLATFORMS);
    assert_refused(
        &p("platforms"),
        Some(json!(["x", "myspace"])),
        "posts[0].platforms[1]",
        myspace,
    );
    let kind = wrong(Expected::Array);
    assert_refused(
        &p("platforms"),
        Some(json!("instagram")),
        &at("platforms"),
        kind,
    );
    assert_refused(
        &p("format"),
        Some(json!("gif")),
        &at("format"),
        not_one_of("gif", FORMATS),
    );
    let statuses = &[
        "draft",
        "review",
        "approved",
        "scheduled",
        "published",
        "cancelled",
    ];
    assert_refused(
        &p("status"),
        Some(json!("done")),
        &at("status"),
        not_one_of("done", statuses),
    );
    assert_refused(
        &p("status"),
        Some(json!(null)),
        &at("status"),
        wrong(Expected::String),
    );
    for key in ["pillar_id", "assignee_id", "coverage_id", "idea_id"] {
        assert_refused(
            &p(key),
            Some(json!("a.b")),
            &at(key),
            K::BadId {
                value: "a.b".into(),
            },
        );
        assert_refused(
            &p(key),
            Some(json!(5)),
            &at(key),
            wrong(Expected::StringOrNull),
        );
    }
    let long = json!("x".repeat(65_537));
    assert_refused(
        &p("caption"),
        Some(long),
        &at("caption"),
        K::TooLong { max: 65_536 },
    );
    assert_refused(
        &p("caption"),
        Some(json!(null)),
        &at("caption"),
        wrong(Expected::String),
    );
    let tag = K::BadHashtag {
        value: "#Hari Ibu".into(),
    };
    assert_refused(
        &p("hashtags"),
        Some(json!(["#ok", "#Hari Ibu"])),
        "posts[0].hashtags[1]",
        tag,
    );
    let long = json!("x".repeat(20_001));
    assert_refused(
        &p("notes"),
        Some(long),
        &at("notes"),
        K::TooLong { max: 20_000 },
    );
}

#[test]
fn links_and_urls() {
    let link = |url: Value| Some(json!([{"label": "A", "url": url}]));
    for bad in [
        "javascript:alert(1)",
        "JavaScript://%0aalert(1)",
        "data:text/html,<script>alert(1)</script>",
        "file:///etc/passwd",
        "ftp://example.go.id/x",
        "https://",
        "https:///path",
        "https://:443/",
        "https://example.go.id:80a/",
        "https://[::1/",
        "//example.go.id/x",
        "/relative/path",
        "example.go.id",
        "https://example.go.id/a b",
        "https://example.go.id/\n",
    ] {
        let kind = K::BadUrl { value: bad.into() };
        assert_refused(
            "/posts/0/links",
            link(json!(bad)),
            "posts[0].links[0].url",
            kind.clone(),
        );
        assert_refused(
            "/posts/0/published_url",
            Some(json!(bad)),
            "posts[0].published_url",
            kind,
        );
    }
    let long = format!("https://example.go.id/{}", "a".repeat(2048 - 21));
    assert_eq!(long.len(), 2049);
    let kind = K::BadUrl {
        value: format!("{}…", &long[..100]),
    };
    assert_refused(
        "/coverage/0/links",
        link(json!(long)),
        "coverage[0].links[0].url",
        kind,
    );
    assert_refused(
        "/posts/0/links",
        Some(json!([{"label": "A"}])),
        "posts[0].links[0].url",
        K::Missing,
    );
    let label = Some(json!([{"label": null, "url": "https://a.id"}]));
    assert_refused(
        "/posts/0/links",
        label,
        "posts[0].links[0].label",
        wrong(Expected::String),
    );
    assert_refused(
        "/posts/0/links",
        Some(json!(["https://a.id"])),
        "posts[0].links[0]",
        wrong(Expected::Object),
    );
    let kind = wrong(Expected::StringOrNull);
    assert_refused(
        "/posts/0/published_url",
        Some(json!(1)),
        "posts[0].published_url",
        kind,
    );
}

#[test]
fn approval_and_metrics() {
    let a = |key: &str| format!("/posts/0/approval/{key}");
    let at = |key: &str| format!("posts[0].approval.{key}");
    assert_refused(
        &a("by"),
        Some(json!("a b")),
        &at("by"),
        K::BadId {
            value: "a b".into(),
        },
    );
    assert_refused(&a("at"), None, &at("at"), K::Missing);
    let upper = "0123456789ABCDEF".repeat(4);
    for bad in ["ab".to_owned(), upper, "g".repeat(64), "a".repeat(65)] {
        let kind = K::BadHex { value: bad.clone() };
        assert_refused(
            &a("caption_sha256"),
            Some(json!(bad)),
            &at("caption_sha256"),
            kind,
        );
    }
    let kind = wrong(Expected::ObjectOrNull);
    assert_refused(
        "/posts/0/approval",
        Some(json!("m1")),
        "posts[0].approval",
        kind,
    );

    let m = |key: &str| format!("/posts/0/metrics/{key}");
    let at = |key: &str| format!("posts[0].metrics.{key}");
    let non_negative = K::OutOfRange {
        min: 0,
        max: i64::MAX,
    };
    for key in [
        "reach",
        "impressions",
        "views",
        "likes",
        "comments",
        "shares",
        "saves",
    ] {
        assert_refused(&m(key), Some(json!(-1)), &at(key), non_negative.clone());
        assert_refused(
            &m(key),
            Some(json!(1.5)),
            &at(key),
            wrong(Expected::IntegerOrNull),
        );
        assert_refused(
            &m(key),
            Some(json!("7")),
            &at(key),
            wrong(Expected::IntegerOrNull),
        );
    }
    assert_refused(&m("recorded_at"), None, &at("recorded_at"), K::Missing);
    let kind = K::NotATimestamp {
        value: "kemarin".into(),
    };
    assert_refused(
        "/posts/0/published_at",
        Some(json!("kemarin")),
        "posts[0].published_at",
        kind,
    );
    let kind = wrong(Expected::ObjectOrNull);
    assert_refused(
        "/posts/0/metrics",
        Some(json!([1])),
        "posts[0].metrics",
        kind,
    );
}
