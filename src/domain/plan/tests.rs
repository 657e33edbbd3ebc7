//! Plan file tests against the shared fixtures.

use super::*;
use serde_json::{json, Value};

const FIXTURE_PATH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../shared/fixtures/plan-bengkayang-2026-12.json"
);

const INVALID_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/fixtures/invalid");

/// A file of the shared fixtures, read at run time so that a missing
/// `shared/` fails these tests only, not the build of every test.
fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"))
}

fn fixture_text() -> String {
    read(FIXTURE_PATH)
}

fn fixture() -> Plan {
    Plan::from_json(&fixture_text()).expect("the valid fixture parses")
}

#[test]
fn fixture_has_the_expected_records() {
    let plan = fixture();
    assert_eq!(plan.format, FORMAT);
    assert_eq!(plan.version, VERSION);
    assert_eq!(plan.exported_at.to_rfc3339(), "2026-12-01T00:00:00Z");
    assert_eq!(plan.exported_by.as_deref(), Some("Admin Humas"));
    assert_eq!(plan.workspace.name, "Diskominfo Kabupaten Bengkayang");
    assert_eq!(plan.workspace.followers["facebook"], 30410);
    let counts: Vec<(&str, usize)> = RecordKind::ALL
        .iter()
        .map(|k| (k.plan_key(), plan.count(*k)))
        .collect();
    assert_eq!(
        counts,
        [
            ("members", 6),
            ("pillars", 8),
            ("posts", 40),
            ("ideas", 10),
            ("coverage", 5),
            ("special_days", 4),
            ("slots", 5),
        ]
    );
    // The fixture has no unknown fields of its own; see the test below.
    assert!(plan.extra.is_empty() && plan.workspace.extra.is_empty());
    assert!(plan.posts.iter().all(|p| p.extra.is_empty() && p.is_live()));
}

#[test]
fn fixture_round_trips_without_loss() {
    let plan = fixture();
    let written = plan.to_json();
    assert_eq!(Plan::from_json(&written).unwrap(), plan);
    // Nothing dropped, added or changed, compared as JSON values. (Not as
    // text: `followers` is a map and comes back with its keys sorted.)
    let before: Value = serde_json::from_str(&fixture_text()).unwrap();
    let after: Value = serde_json::from_str(&written).unwrap();
    assert_eq!(after, before);
}

#[test]
fn unknown_fields_survive_at_every_level() {
    let mut value: Value = serde_json::from_str(&fixture_text()).unwrap();
    value["x_exporter"] = json!({"name": "spreadsheet macro", "rev": 3});
    value["workspace"]["x_logo"] = json!("logo.png");
    value["posts"][0]["x_boost_budget"] = json!(150000);
    value["posts"][0]["links"] =
        json!([{"label": "Draf", "url": "https://example.go.id/a", "x": 1}]);
    value["members"][2]["x_phone"] = json!(null);
    value["slots"][1]["x_priority"] = json!([1, 2]);

    let plan = Plan::from_json(&value.to_string()).unwrap();
    assert_eq!(plan.extra["x_exporter"]["rev"], 3);
    assert_eq!(plan.workspace.extra["x_logo"], "logo.png");
    assert_eq!(plan.posts[0].extra["x_boost_budget"], 150000);
    assert_eq!(plan.posts[0].data.links[0].extra["x"], 1);
    assert!(plan.members[2].extra.contains_key("x_phone"));
    assert_eq!(plan.slots[1].extra["x_priority"], json!([1, 2]));

    let written: Value = serde_json::from_str(&plan.to_json()).unwrap();
    assert_eq!(written, value);
}

#[test]
fn export_import_export_is_stable_once_sorted() {
    let mut plan = fixture();
    plan.posts[3].tombstone(Timestamp::parse("2026-12-02T00:00:00Z").unwrap());
    plan.sort_records();
    for kind in RecordKind::ALL {
        let ids = plan.ids(kind);
        assert!(
            ids.windows(2).all(|w| w[0] < w[1]),
            "{} not sorted",
            kind.plan_key()
        );
    }
    let first = plan.to_json();
    let mut again = Plan::from_json(&first).unwrap();
    again.sort_records();
    assert_eq!(again.to_json(), first);
    assert_eq!(again.posts.iter().filter(|p| !p.is_live()).count(), 1);
}

#[test]
fn missing_arrays_are_empty_and_offsets_are_written_in_utc() {
    let text = r#"{
        "format": "siar.plan", "version": 1,
        "exported_at": "2026-12-01T07:00:00+07:00",
        "workspace": {"id": "workspace", "name": "Diskominfo",
            "created_at": "1970-01-01T00:00:00Z", "updated_at": "1970-01-01T00:00:00Z"}
    }"#;
    let plan = Plan::from_json(text).unwrap();
    assert!(RecordKind::ALL.iter().all(|k| plan.count(*k) == 0));
    assert_eq!(plan.exported_by, None);
    let written = plan.to_json();
    assert!(
        written.contains(r#""exported_at": "2026-12-01T00:00:00Z""#),
        "{written}"
    );
    assert!(written.starts_with("{\n  \"format\": \"siar.plan\",\n  \"version\": 1,"));
    assert_eq!(Plan::new(plan.workspace.clone(), plan.exported_at), plan);
}

#[test]
fn a_byte_order_mark_is_skipped() {
    let with_bom = format!("\u{feff}{}", fixture_text());
    assert_eq!(Plan::from_json(&with_bom).unwrap(), fixture());
}

/// Whether `Plan::from_json` alone must refuse an invalid fixture.
///
/// Structural faults (not JSON, wrong types, unreal dates and times, unknown
/// enum values) fail parsing. The rest are well-formed JSON of the right
/// shape that break a rule of the spec; the validator (a later issue)
/// refuses them with a path and a message, so here they must still parse.
fn fails_parsing(file: &str) -> bool {
    match file {
        "truncated.json" | "not-json.json" | "empty.json" | "array-top.json"
        | "version-string.json" | "bad-date.json" | "bad-date-format.json" | "bad-time.json"
        | "unknown-platform.json" => true,
        // `format` is a string, only the wrong one.
        "wrong-format.json"
        // `version` is a valid integer, only too high.
        | "future-version.json"
        // `platforms` is a valid array, only empty (the spec wants one).
        | "no-platforms.json" => false,
        other => panic!("classify the new invalid fixture {other}"),
    }
}

#[test]
fn invalid_fixtures_fail_parsing_or_are_left_to_the_validator() {
    let expected: Value =
        serde_json::from_str(&read(&format!("{INVALID_DIR}/expected.json"))).unwrap();
    let entries = expected.as_array().unwrap();
    assert_eq!(entries.len(), 12);
    for entry in entries {
        let file = entry["file"].as_str().unwrap();
        let text = read(&format!("{INVALID_DIR}/{file}"));
        let parsed = Plan::from_json(&text);
        if fails_parsing(file) {
            assert!(parsed.is_err(), "{file} parsed but is structurally wrong");
        } else {
            let plan = parsed.unwrap_or_else(|e| panic!("{file} should parse: {e}"));
            let broken = match file {
                "wrong-format.json" => plan.format != FORMAT,
                "future-version.json" => plan.version > VERSION,
                _ => plan.posts[2].data.platforms.is_empty(),
            };
            assert!(
                broken,
                "{file} no longer shows the fault the validator must catch"
            );
        }
    }
}

#[test]
fn other_structural_faults_fail_parsing() {
    let good: Value = serde_json::from_str(&fixture_text()).unwrap();
    /// Makes one structural mistake in a valid plan.
    type Breakage = fn(&mut Value);
    let cases: [(&str, Breakage); 9] = [
        ("no workspace", |v| {
            v.as_object_mut().unwrap().remove("workspace");
        }),
        ("no exported_at", |v| {
            v.as_object_mut().unwrap().remove("exported_at");
        }),
        ("negative version", |v| v["version"] = json!(-1)),
        ("members not an array", |v| v["members"] = json!({})),
        ("bad id", |v| v["posts"][0]["id"] = json!("a b")),
        ("bad colour", |v| v["pillars"][0]["color"] = json!("blue")),
        ("weekday 8", |v| v["slots"][0]["weekday"] = json!(8)),
        ("special day 02-30", |v| {
            v["special_days"][0]["date"] = json!("02-30")
        }),
        ("timestamp without zone", |v| {
            v["posts"][0]["updated_at"] = json!("2026-11-17T04:00:00")
        }),
    ];
    for (name, break_it) in cases {
        let mut v = good.clone();
        break_it(&mut v);
        assert!(Plan::from_json(&v.to_string()).is_err(), "{name} parsed");
    }
}
