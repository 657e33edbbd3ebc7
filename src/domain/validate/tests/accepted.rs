//! What the spec allows: optional fields missing or null, unknown keys,
//! references to records not in the file, hostile text kept as text; and
//! agreement with serde over many small edits.

use super::*;

#[test]
fn the_base_plan_is_valid() {
    let plan = assert_accepted(&base());
    assert_eq!(
        plan.posts[0].data.links[0].url,
        "https://drive.example.go.id/hari-ibu"
    );
}

#[test]
fn optional_fields_may_be_null_or_missing() {
    let nullable = [
        "/exported_by",
        "/pillars/0/target_per_week",
        "/posts/0/time",
        "/posts/0/format",
        "/posts/0/pillar_id",
        "/posts/0/assignee_id",
        "/posts/0/coverage_id",
        "/posts/0/idea_id",
        "/posts/0/approval",
        "/posts/0/published_url",
        "/posts/0/published_at",
        "/posts/0/metrics",
        "/posts/0/metrics/likes",
        "/ideas/0/pillar_id",
        "/ideas/0/target_date",
        "/ideas/0/post_id",
        "/coverage/0/time",
        "/slots/0/pillar_id",
        "/slots/0/format",
    ];
    for pointer in nullable {
        assert_accepted(&edited(pointer, Some(json!(null))));
        assert_accepted(&edited(pointer, None));
    }
    // Fields with a default may be missing (not null: see `refused`).
    let defaulted = [
        "/members",
        "/posts",
        "/slots",
        "/workspace/timezone",
        "/workspace/locale",
        "/workspace/followers",
        "/workspace/default_hashtags",
        "/workspace/byline",
        "/members/0/active",
        "/members/0/deleted",
        "/pillars/0/color",
        "/pillars/0/description",
        "/posts/0/format",
        "/posts/0/status",
        "/posts/0/caption",
        "/posts/0/hashtags",
        "/posts/0/links",
        "/posts/0/notes",
        "/posts/0/metrics/reach",
        "/ideas/0/description",
        "/ideas/0/stage",
        "/ideas/0/tags",
        "/coverage/0/location",
        "/coverage/0/officials",
        "/coverage/0/crew_ids",
        "/coverage/0/needs",
        "/coverage/0/status",
        "/coverage/0/links",
        "/coverage/0/notes",
        "/coverage/0/links/0/label",
    ];
    for pointer in defaulted {
        assert_accepted(&edited(pointer, None));
    }
    let bare = json!({
        "format": "siar.plan", "version": 1, "exported_at": "2026-12-01T07:00:00+07:00",
        "workspace": {"id": "workspace", "name": "D", "created_at": T, "updated_at": T}
    });
    assert_accepted(&bare);
}

#[test]
fn boundary_values_pass() {
    let cases = [
        ("/pillars/0/target_per_week", json!(0)),
        ("/pillars/0/target_per_week", json!(50)),
        ("/pillars/0/color", json!("#AbCdEf")),
        ("/slots/0/weekday", json!(7)),
        ("/posts/0/metrics/likes", json!(0)),
        ("/posts/0/metrics/likes", json!(i64::MAX)),
        ("/posts/0/time", json!("23:59")),
        ("/posts/0/time", json!("00:00")),
        ("/posts/0/date", json!("2028-02-29")),
        ("/special_days/0/date", json!("02-29")),
        ("/special_days/0/date", json!("2026-03-19")),
        ("/posts/0/title", json!(format!("  {}  ", "🙂".repeat(200)))),
        ("/posts/0/caption", json!("é".repeat(65_536))),
        ("/posts/0/notes", json!("x".repeat(20_000))),
        (
            "/posts/0/hashtags",
            json!(["#a#b", "#BumiSebalo🌿", "##dua"]),
        ),
        ("/posts/0/id", json!("x".repeat(64))),
        (
            "/posts/0/updated_at",
            json!("2026-11-17T08:00:00.123+07:00"),
        ),
        (
            "/workspace/followers",
            json!({"instagram": 0, "mastodon": 5, "a b": 1}),
        ),
        ("/workspace/timezone", json!("Europe/Amsterdam")),
        ("/workspace/locale", json!("en")),
    ];
    for (pointer, value) in cases {
        assert_accepted(&edited(pointer, Some(value)));
    }
    let long = format!("https://example.go.id/{}", "a".repeat(2048 - 22));
    for url in [
        long.as_str(),
        "HTTPS://EXAMPLE.GO.ID",
        "http://localhost:8080",
        "http://[::1]:8080/x",
        "https://user:pass@example.go.id:443/p?q=1&r=%20#frag",
        "https://example.go.id?q",
        "https://bengkayang.go.id/berita/hari-ibu-2026",
    ] {
        assert_accepted(&edited("/posts/0/published_url", Some(json!(url))));
    }
}

#[test]
fn unknown_keys_are_kept_everywhere() {
    let mut plan = base();
    plan["x_exporter"] = json!({"name": "macro", "deep": [1, {"a": null}]});
    plan["workspace"]["x_logo"] = json!("logo.png");
    plan["workspace"]["deleted"] = json!("not a record field here");
    plan["posts"][0]["x_budget"] = json!(150000);
    plan["posts"][0]["links"][0]["kind"] = json!("draft");
    plan["posts"][0]["approval"]["note"] = json!(["ok"]);
    plan["posts"][0]["metrics"]["ctr"] = json!(0.5);
    plan["slots"][0]["x_priority"] = json!(null);
    let read = assert_accepted(&plan);
    assert_eq!(read.extra["x_exporter"]["deep"][1], json!({"a": null}));
    assert_eq!(read.workspace.extra["deleted"], "not a record field here");
    assert_eq!(read.posts[0].extra["x_budget"], 150000);
    assert_eq!(
        read.posts[0].data.metrics.as_ref().unwrap().extra["ctr"],
        0.5
    );
    let written: Value = serde_json::from_str(&read.to_json()).unwrap();
    assert_eq!(written["posts"][0]["approval"]["note"], json!(["ok"]));
    assert_eq!(written["slots"][0]["x_priority"], json!(null));
}

#[test]
fn references_to_records_not_in_the_file_are_fine() {
    let mut plan = base();
    plan["posts"][0]["pillar_id"] = json!("pillar-gone");
    plan["posts"][0]["approval"]["by"] = json!("someone-else");
    plan["coverage"][0]["crew_ids"] = json!(["m404", "m1"]);
    plan["ideas"][0]["post_id"] = json!("p404");
    plan["members"] = json!([]);
    plan["pillars"] = json!([]);
    assert_accepted(&plan);
}

#[test]
fn hostile_text_stays_text() {
    let script = "<script>alert(1)</script>";
    let mut plan = base();
    plan["posts"][0]["title"] = json!(script);
    plan["posts"][0]["caption"] = json!(format!("{script}<img src=x onerror=alert(1)>"));
    plan["workspace"]["name"] = json!("\"quotes\" & 'apostrophes' \u{202e}rtl");
    plan["members"][0]["name"] = json!("Robert'); DROP TABLE members;--");
    let read = assert_accepted(&plan);
    assert_eq!(read.posts[0].data.title, script);
}

/// Values to try in place of any field: one of each JSON type and the
/// edge cases serde and the rules might see differently.
fn odd_values() -> Vec<Value> {
    vec![
        json!(null),
        json!(true),
        json!(0),
        json!(-1),
        json!(1),
        json!(7),
        json!(300),
        json!(1.5),
        json!(1.0),
        json!(u64::MAX),
        json!(""),
        json!(" "),
        json!("x"),
        json!("#x"),
        json!("photo"),
        json!("12-22"),
        json!("2026-12-22"),
        json!("09:00"),
        json!(T),
        json!("https://a.id"),
        json!("#aabbcc"),
        json!([]),
        json!(["x"]),
        json!(["instagram"]),
        json!({}),
        json!({"photo": null}),
        json!({"instagram": 1}),
    ]
}

/// Every JSON pointer to a value in `value`, the root excluded.
fn pointers(value: &Value, at: String, out: &mut Vec<String>) {
    let children: Vec<(String, &Value)> = match value {
        Value::Object(map) => map.iter().map(|(k, v)| (format!("{at}/{k}"), v)).collect(),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .map(|(i, v)| (format!("{at}/{i}"), v))
            .collect(),
        _ => return,
    };
    for (pointer, child) in children {
        out.push(pointer.clone());
        pointers(child, pointer, out);
    }
}

/// The validator and serde agree on every edit of every field to an odd
/// value, and on removing it: whatever `read_plan` accepts, `from_json`
/// reads the same; whatever `from_json` refuses, `read_plan` refuses.
#[test]
fn read_plan_never_accepts_what_serde_refuses() {
    let mut all = Vec::new();
    pointers(&base(), String::new(), &mut all);
    assert!(all.len() > 100, "{}", all.len());
    let mut edits = 0;
    for pointer in &all {
        let removals = std::iter::once(None);
        for value in removals.chain(odd_values().into_iter().map(Some)) {
            let plan = edited(pointer, value.clone());
            let text = plan.to_string();
            let ours = read_plan(text.as_bytes());
            let serde = Plan::from_json(&text);
            match (&ours, &serde) {
                (Ok(a), Ok(b)) => assert_eq!(a, b, "{pointer} = {value:?}"),
                (Ok(_), Err(e)) => panic!("{pointer} = {value:?}: accepted, serde says {e}"),
                (Err(ImportError::Invalid { problems, .. }), _) => assert!(
                    !problems
                        .iter()
                        .any(|p| matches!(p.kind, ProblemKind::NotReadable { .. })),
                    "{pointer} = {value:?}: a rule is missing: {problems:?}"
                ),
                (Err(_), _) => {}
            }
            edits += 1;
        }
    }
    assert!(edits > 2_500, "{edits}");
}
