use serde_json::{json, Value};

use super::*;
use crate::domain::defaults::default_workspace;
use crate::domain::export::bengkayang;
use crate::domain::merge::merge_plans;
use crate::domain::record::RecordKind;
use crate::domain::time::{parse_date, Date};

fn ts(s: &str) -> Timestamp {
    Timestamp::parse(s).unwrap()
}

fn date(s: &str) -> Date {
    parse_date(s).unwrap()
}

/// The fixture with unknown fields at every level and a tombstone, out of
/// id order, so that the round trip has something to keep.
fn rich_fixture() -> Plan {
    let mut value: Value = serde_json::to_value(bengkayang()).unwrap();
    value["x_exporter"] = json!({"name": "makro", "rev": 3});
    value["workspace"]["x_logo"] = json!("logo.png");
    value["posts"][0]["x_budget"] = json!(150000);
    value["posts"][1]["deleted"] = json!(true);
    value["ideas"][0]["x_votes"] = json!([1, 2]);
    Plan::from_json(&value.to_string()).unwrap()
}

/// Every line but the `exported_at` one.
fn without_exported_at(text: &str) -> Vec<&str> {
    text.lines()
        .filter(|l| !l.starts_with("  \"exported_at\""))
        .collect()
}

#[test]
fn export_import_into_an_empty_plan_and_export_again_is_the_same_file() {
    let by = Some("Admin Humas".to_owned());
    let first = plan_for_export(
        &rich_fixture(),
        &Range::All,
        ts("2026-12-02T01:02:03Z"),
        by.clone(),
    )
    .to_json();
    assert!(first.contains("\"exported_at\": \"2026-12-02T01:02:03Z\""));

    let imported = Plan::from_json(&first).unwrap();
    let empty = Plan::new(default_workspace(), Timestamp::EPOCH);
    let merged = merge_plans(&empty, &imported);
    let second = plan_for_export(&merged, &Range::All, ts("2026-12-05T00:00:00Z"), by).to_json();

    assert_ne!(first, second);
    assert_eq!(without_exported_at(&first), without_exported_at(&second));
    assert!(second.contains("\"x_exporter\"") && second.contains("\"x_votes\""));
}

#[test]
fn export_sorts_by_kind_then_id_and_keeps_tombstones() {
    let plan = rich_fixture();
    let out = plan_for_export(&plan, &Range::All, ts("2026-12-02T00:00:00Z"), None);
    for kind in RecordKind::ALL {
        let ids = out.ids(kind);
        assert!(ids.windows(2).all(|w| w[0] < w[1]), "{kind:?} not sorted");
        assert_eq!(ids.len(), plan.count(kind));
    }
    assert!(out.posts.iter().any(|p| p.deleted));
    assert_eq!((out.format.as_str(), out.version), ("siar.plan", 1));
    assert_eq!(out.exported_by, None);
    // Top-level keys in the spec's order, unknown ones last (checked on
    // the text: a `Value` read back may sort its keys).
    let text = out.to_json();
    let at = |key: &str| text.find(&format!("\n  \"{key}\"")).unwrap();
    let mut order: Vec<usize> = [
        "format",
        "version",
        "exported_at",
        "exported_by",
        "workspace",
    ]
    .iter()
    .map(|k| at(k))
    .chain(RecordKind::ALL.iter().map(|k| at(k.plan_key())))
    .collect();
    order.push(at("x_exporter"));
    assert!(order.windows(2).all(|w| w[0] < w[1]), "keys out of order");
}

#[test]
fn a_date_range_includes_both_ends_and_nothing_outside() {
    let mut plan = bengkayang();
    plan.posts.truncate(4);
    plan.coverage.truncate(4);
    plan.ideas.truncate(5);
    let dates = ["2026-12-06", "2026-12-07", "2026-12-10", "2026-12-11"];
    for (post, d) in plan.posts.iter_mut().zip(dates) {
        post.data.date = date(d);
    }
    for (coverage, d) in plan.coverage.iter_mut().zip(dates) {
        coverage.data.date = date(d);
    }
    let targets = [
        Some("2026-12-06"),
        Some("2026-12-07"),
        Some("2026-12-10"),
        Some("2026-12-11"),
        None,
    ];
    for (idea, d) in plan.ideas.iter_mut().zip(targets) {
        idea.data.target_date = d.map(date);
    }
    // Tombstones in range travel too.
    plan.posts[1].deleted = true;

    let range = Range::Dates {
        from: date("2026-12-07"),
        to: date("2026-12-10"),
    };
    let out = plan_for_export(&plan, &range, ts("2026-12-02T00:00:00Z"), None);
    // Index 0 is the day before `from`, 1 and 2 are the ends, 3 the day after.
    let ids = |kind: RecordKind, p: &Plan| -> Vec<String> {
        p.ids(kind).iter().map(|id| id.to_string()).collect()
    };
    for kind in [RecordKind::Post, RecordKind::Coverage, RecordKind::Idea] {
        let all = ids(kind, &plan);
        let mut expected = vec![all[1].clone(), all[2].clone()];
        expected.sort();
        assert_eq!(ids(kind, &out), expected, "{kind:?}");
    }
    // Everything else comes whole.
    for kind in [
        RecordKind::Member,
        RecordKind::Pillar,
        RecordKind::SpecialDay,
        RecordKind::Slot,
    ] {
        assert_eq!(out.count(kind), plan.count(kind), "{kind:?}");
    }
    assert_eq!(out.workspace, plan.workspace);

    // Undated ideas only in a whole export; an upside-down range is empty.
    let all = plan_for_export(&plan, &Range::All, ts("2026-12-02T00:00:00Z"), None);
    assert_eq!(all.count(RecordKind::Idea), plan.count(RecordKind::Idea));
    let none = Range::Dates {
        from: date("2026-12-10"),
        to: date("2026-12-07"),
    };
    let out = plan_for_export(&plan, &none, ts("2026-12-02T00:00:00Z"), None);
    assert_eq!(
        (out.posts.len(), out.ideas.len(), out.coverage.len()),
        (0, 0, 0)
    );
}

#[test]
fn file_names_are_slugged_and_dated_in_the_workspace_zone() {
    // 23:30 WIB on 31 December is already 1 January in WITA.
    let now = ts("2026-12-31T16:30:00Z");
    assert_eq!(
        plan_file_name("Diskominfo Kabupaten Bengkayang", now),
        "siar-diskominfo-kabupaten-bengkayang-20261231.json"
    );
    let mut w = default_workspace();
    w.name = "Diskominfo Kabupaten Bengkayang".into();
    assert_eq!(
        plan_file_name_for(&w, now),
        "siar-diskominfo-kabupaten-bengkayang-20261231.json"
    );
    w.timezone = "Asia/Makassar".into();
    assert_eq!(
        plan_file_name_for(&w, now),
        "siar-diskominfo-kabupaten-bengkayang-20270101.json"
    );

    for (name, slug) in [
        (
            "  Dinas Kominfo — Ségé / 2026!! ",
            "dinas-kominfo-sege-2026",
        ),
        ("Jum'at Berkah", "jumat-berkah"),
        ("Straße ÆRØ İzmir", "strasse-aero-izmir"),
        ("Humas_Kab.BKY", "humas-kab-bky"),
        ("東京 Kominfo", "kominfo"),
        ("東京", "rencana"),
        ("", "rencana"),
        ("--- !!", "rencana"),
    ] {
        assert_eq!(slug_of(name), slug, "{name:?}");
    }
    let long = "Dinas Komunikasi Informatika Statistik dan Persandian Kabupaten Bengkayang";
    let s = slug_of(long);
    assert!(s.len() <= 60 && !s.ends_with('-'), "{s}");
    assert_eq!(s, "dinas-komunikasi-informatika-statistik-dan-persandian");
    assert_eq!(slug_of(&"a".repeat(100)).len(), 60);
}

fn slug_of(name: &str) -> String {
    let file = plan_file_name(name, ts("2026-12-01T00:00:00Z"));
    file.strip_prefix("siar-")
        .and_then(|f| f.strip_suffix("-20261201.json"))
        .unwrap()
        .to_owned()
}
