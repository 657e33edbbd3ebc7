//! The rules of members, pillars, ideas, coverage, special days and
//! slots, broken one at a time.

use super::refused::{assert_refused, not_one_of, wrong, FORMATS};
use super::*;
use ProblemKind as K;

#[test]
fn members_and_pillars() {
    let roles = &["admin", "editor", "reviewer", "intern"];
    assert_refused(
        "/members/0/role",
        Some(json!("boss")),
        "members[0].role",
        not_one_of("boss", roles),
    );
    assert_refused("/members/0/role", None, "members[0].role", K::Missing);
    assert_refused(
        "/members/0/name",
        Some(json!("")),
        "members[0].name",
        K::Empty,
    );
    assert_refused(
        "/members/0/active",
        Some(json!(1)),
        "members[0].active",
        wrong(Expected::Boolean),
    );

    let color = "/pillars/0/color";
    for bad in ["blue", "#fff", "1f6feb", "#1f6fgb"] {
        let kind = K::BadColor { value: bad.into() };
        assert_refused(color, Some(json!(bad)), "pillars[0].color", kind);
    }
    assert_refused(
        color,
        Some(json!(null)),
        "pillars[0].color",
        wrong(Expected::String),
    );
    let target = "/pillars/0/target_per_week";
    let range = K::OutOfRange { min: 0, max: 50 };
    for bad in [json!(51), json!(-1), json!(256), json!(u64::MAX)] {
        assert_refused(
            target,
            Some(bad),
            "pillars[0].target_per_week",
            range.clone(),
        );
    }
    for bad in [json!(2.5), json!("2")] {
        let kind = wrong(Expected::IntegerOrNull);
        assert_refused(target, Some(bad), "pillars[0].target_per_week", kind);
    }
    let long = json!("x".repeat(20_001));
    assert_refused(
        "/pillars/0/description",
        Some(long),
        "pillars[0].description",
        K::TooLong { max: 20_000 },
    );
}

#[test]
fn ideas_coverage_special_days_and_slots() {
    let stages = &["inbox", "shortlist", "ready", "used", "archived"];
    assert_refused(
        "/ideas/0/stage",
        Some(json!("someday")),
        "ideas[0].stage",
        not_one_of("someday", stages),
    );
    let kind = K::NotADate {
        value: "2026-13-01".into(),
    };
    assert_refused(
        "/ideas/0/target_date",
        Some(json!("2026-13-01")),
        "ideas[0].target_date",
        kind,
    );
    assert_refused(
        "/ideas/0/tags",
        Some(json!(["a", 1])),
        "ideas[0].tags[1]",
        wrong(Expected::String),
    );
    let kind = K::BadId {
        value: "a/b".into(),
    };
    assert_refused(
        "/ideas/0/post_id",
        Some(json!("a/b")),
        "ideas[0].post_id",
        kind,
    );
    assert_refused(
        "/ideas/0/title",
        Some(json!("\u{3000}")),
        "ideas[0].title",
        K::Empty,
    );

    let kind = K::BadId {
        value: "a b".into(),
    };
    assert_refused(
        "/coverage/0/crew_ids",
        Some(json!(["m1", "a b"])),
        "coverage[0].crew_ids[1]",
        kind,
    );
    let needs = &["photo", "video", "interview", "drone", "quote"];
    let kind = not_one_of("lights", needs);
    assert_refused(
        "/coverage/0/needs",
        Some(json!(["lights"])),
        "coverage[0].needs[0]",
        kind,
    );
    let kind = not_one_of("done", &["planned", "covered", "archived"]);
    assert_refused(
        "/coverage/0/status",
        Some(json!("done")),
        "coverage[0].status",
        kind,
    );
    for key in ["location", "officials"] {
        let long = json!("x".repeat(2001));
        assert_refused(
            &format!("/coverage/0/{key}"),
            Some(long),
            &format!("coverage[0].{key}"),
            K::TooLong { max: 2000 },
        );
    }
    let kind = K::NotADate {
        value: "2026-02-29".into(),
    };
    assert_refused(
        "/coverage/0/date",
        Some(json!("2026-02-29")),
        "coverage[0].date",
        kind,
    );

    for bad in ["02-30", "2-3", "13-01", "2026-02-30", "12/22", "--12-22"] {
        let kind = K::NotASpecialDate { value: bad.into() };
        assert_refused(
            "/special_days/0/date",
            Some(json!(bad)),
            "special_days[0].date",
            kind,
        );
    }
    let kinds = &["holiday", "observance", "local"];
    let kind = not_one_of("party", kinds);
    assert_refused(
        "/special_days/0/kind",
        Some(json!("party")),
        "special_days[0].kind",
        kind,
    );
    assert_refused(
        "/special_days/0/name",
        None,
        "special_days[0].name",
        K::Missing,
    );

    let weekday = K::OutOfRange { min: 1, max: 7 };
    for bad in [0, 8, -1] {
        assert_refused(
            "/slots/0/weekday",
            Some(json!(bad)),
            "slots[0].weekday",
            weekday.clone(),
        );
    }
    for bad in [json!("1"), json!(1.0)] {
        assert_refused(
            "/slots/0/weekday",
            Some(bad),
            "slots[0].weekday",
            wrong(Expected::Integer),
        );
    }
    assert_refused("/slots/0/weekday", None, "slots[0].weekday", K::Missing);
    assert_refused(
        "/slots/0/time",
        Some(json!(null)),
        "slots[0].time",
        wrong(Expected::String),
    );
    assert_refused(
        "/slots/0/platforms",
        Some(json!([])),
        "slots[0].platforms",
        K::NoneChosen,
    );
    assert_refused(
        "/slots/0/format",
        Some(json!("gif")),
        "slots[0].format",
        not_one_of("gif", FORMATS),
    );
}
