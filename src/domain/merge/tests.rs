//! Examples of the merge rules; the laws are in `proptests.rs`.

use serde_json::json;

use super::*;
use crate::domain::defaults::{default_pillars, default_workspace};
use crate::domain::export::bengkayang;
use crate::domain::member::{MemberData, Role};
use crate::domain::pillar::Pillar;
use crate::domain::record::RecordKind;

fn ts(s: &str) -> Timestamp {
    Timestamp::parse(s).unwrap()
}

fn member(id: &'static str, name: &str, updated_at: &str) -> Record<MemberData> {
    let data = MemberData {
        name: name.into(),
        role: Role::Editor,
        active: true,
    };
    let mut m = Record::new(Id::fixed(id), Timestamp::EPOCH, data);
    m.updated_at = ts(updated_at);
    m
}

/// A fresh install: the default workspace and pillars, nothing else.
fn fresh_install() -> Plan {
    let mut plan = Plan::new(default_workspace(), Timestamp::EPOCH);
    plan.pillars = default_pillars();
    plan
}

#[test]
fn canonical_json_sorts_keys_at_every_depth_without_spaces() {
    let value = json!({
        "b": {"z": 1, "a": [{"y": 2.5, "x": null}, "s p"]},
        "a": "tanda \"kutip\" dan é",
        "B": true,
    });
    assert_eq!(
        canonical_json(&value),
        r#"{"B":true,"a":"tanda \"kutip\" dan é","b":{"a":[{"x":null,"y":2.5},"s p"],"z":1}}"#
    );
    // A record serialises in declaration order (id, data, envelope, extra);
    // canonical JSON sorts it all the same.
    let mut m = member("m1", "Ani", "2026-11-17T01:00:00Z");
    m.extra.insert("a_first".into(), json!({"z": 0, "m": 1}));
    assert_eq!(
        canonical_json(&m),
        r#"{"a_first":{"m":1,"z":0},"active":true,"created_at":"1970-01-01T00:00:00Z","deleted":false,"id":"m1","name":"Ani","role":"editor","updated_at":"2026-11-17T01:00:00Z"}"#
    );
}

#[test]
fn later_updated_at_wins_then_greater_canonical_json() {
    let old = member("m1", "Zainal", "2026-11-17T01:00:00Z");
    let new = member("m1", "Ani", "2026-11-17T01:00:00.001Z");
    assert!(wins(&new, &old) && !wins(&old, &new));

    // A tie: "Zainal" > "Ani" byte by byte, so Zainal's version wins.
    let tie = member("m1", "Ani", "2026-11-17T01:00:00Z");
    assert!(wins(&old, &tie) && !wins(&tie, &old));

    // Equal records never replace each other.
    assert!(!wins(&old, &old.clone()));

    // Offsets do not matter: timestamps are instants.
    let mut same_instant = old.clone();
    same_instant.updated_at = ts("2026-11-17T08:00:00+07:00");
    assert!(!wins(&same_instant, &old) && !wins(&old, &same_instant));
}

#[test]
fn defaults_of_two_fresh_installs_are_the_same_records() {
    let (a, b) = (fresh_install(), fresh_install());
    let merged = merge_plans(&a, &b);
    let mut expected = a.clone();
    expected.sort_records();
    assert_eq!(merged, expected);
    assert!(changes(&a, &b).is_empty());
    let p = preview(&a, &b);
    assert!(!p.changes_anything());
    assert_eq!(
        p.counts(RecordKind::Pillar),
        KindCounts {
            unchanged: 8,
            ..KindCounts::default()
        }
    );
}

#[test]
fn a_fresh_install_adopts_a_colleagues_file() {
    let local = fresh_install();
    let file = bengkayang();
    let merged = merge_plans(&local, &file);
    // The colleague's settings are later than 1970, so they win whole.
    assert_eq!(merged.workspace, file.workspace);
    assert_eq!(merged.posts.len(), 40);
    // The fixture's pillars have their own ids, so they join the defaults.
    assert_eq!(merged.pillars.len(), 8 + 8);
    assert_eq!(
        (merged.exported_at, &merged.exported_by),
        (Timestamp::EPOCH, &None)
    );

    let p = preview(&local, &file);
    assert!(p.workspace_updated);
    let kinds: Vec<RecordKind> = p.kinds.iter().map(|(k, _)| *k).collect();
    assert_eq!(kinds, RecordKind::ALL);
    for kind in RecordKind::ALL {
        let counts = p.counts(kind);
        assert_eq!(counts.added, file.count(kind), "{kind:?}");
        assert_eq!(counts.total(), counts.added, "{kind:?}");
    }
    let c = changes(&local, &file);
    assert_eq!(c.workspace.as_ref(), Some(&file.workspace));
    assert_eq!(c.record_count(), 6 + 8 + 40 + 10 + 5 + 4 + 5);
    // Importing the same file again does nothing.
    assert!(changes(&merged, &file).is_empty());
    assert!(!preview(&merged, &file).changes_anything());
}

#[test]
fn any_edit_beats_a_default() {
    let fresh = fresh_install();
    let mut edited = fresh_install();
    edited.pillars[0].data.name = "Kegiatan Bupati".into();
    edited.pillars[0].touch(ts("2026-11-20T00:00:00Z"));
    edited.workspace.name = "Diskominfo Bengkayang".into();
    edited.workspace.touch(ts("2026-11-20T00:00:00Z"));

    let kegiatan = |plan: &Plan| -> Pillar {
        let id = "pillar-kegiatan-pimpinan";
        plan.pillars
            .iter()
            .find(|p| p.id.as_str() == id)
            .cloned()
            .unwrap()
    };
    // Local edits stay when a fresh install's file comes in…
    assert_eq!(kegiatan(&merge_plans(&edited, &fresh)), edited.pillars[0]);
    assert!(changes(&edited, &fresh).is_empty());
    // …and a colleague's edit replaces the local default.
    let merged = merge_plans(&fresh, &edited);
    assert_eq!(merged.workspace.name, "Diskominfo Bengkayang");
    assert_eq!(kegiatan(&merged).data.name, "Kegiatan Bupati");
    let c = changes(&fresh, &edited);
    assert_eq!(c.pillars, [edited.pillars[0].clone()]);
    assert!(c.workspace.is_some());
    let counts = preview(&fresh, &edited).counts(RecordKind::Pillar);
    assert_eq!((counts.updated, counts.unchanged), (1, 7));
}

#[test]
fn tombstones_that_win_are_counted_as_deleted() {
    let mut local = Plan::new(default_workspace(), Timestamp::EPOCH);
    local.members = vec![
        member("a", "Ani", "2026-11-17T01:00:00Z"),
        member("b", "Budi", "2026-11-17T01:00:00Z"),
    ];
    let mut incoming = local.clone();
    incoming.members[0].tombstone(ts("2026-11-18T00:00:00Z"));
    // An older tombstone loses to the live local record.
    incoming.members[1].deleted = true;
    incoming.members[1].updated_at = ts("2026-11-16T00:00:00Z");
    // A tombstone of a record never seen here: nothing to show, but kept.
    let mut ghost = member("c", "Citra", "2026-11-18T00:00:00Z");
    ghost.deleted = true;
    incoming.members.push(ghost.clone());

    let counts = preview(&local, &incoming).counts(RecordKind::Member);
    assert_eq!(
        counts,
        KindCounts {
            added: 0,
            updated: 0,
            unchanged: 2,
            deleted: 1
        }
    );
    let c = changes(&local, &incoming);
    assert_eq!(c.members, [incoming.members[0].clone(), ghost]);
    let merged = merge_plans(&local, &incoming);
    let live: Vec<&str> = merged
        .members
        .iter()
        .filter(|m| m.is_live())
        .map(|m| m.id.as_str())
        .collect();
    assert_eq!(live, ["b"]);

    // A newer live version brings a deleted record back: it is added.
    let mut restored = incoming.members[0].clone();
    restored.deleted = false;
    restored.touch(ts("2026-11-19T00:00:00Z"));
    let mut back = Plan::new(default_workspace(), Timestamp::EPOCH);
    back.members = vec![restored];
    assert_eq!(preview(&merged, &back).counts(RecordKind::Member).added, 1);
}

#[test]
fn unknown_top_level_keys_local_first_then_incoming() {
    let mut local = fresh_install();
    local.extra.insert("x_shared".into(), json!("local"));
    local.extra.insert("x_local".into(), json!(1));
    let mut incoming = fresh_install();
    incoming.extra.insert("x_shared".into(), json!("incoming"));
    incoming.extra.insert("x_theirs".into(), json!([2]));
    incoming.exported_by = Some("Budi".into());
    incoming.exported_at = ts("2026-12-01T00:00:00Z");

    let merged = merge_plans(&local, &incoming);
    assert_eq!(merged.extra["x_shared"], "local");
    assert_eq!(merged.extra["x_local"], 1);
    assert_eq!(merged.extra["x_theirs"], json!([2]));
    assert_eq!(
        merged.exported_by, None,
        "the file's envelope stays local's"
    );
    assert_eq!(merged.exported_at, Timestamp::EPOCH);
}

#[test]
fn repeated_ids_in_one_file_collapse_to_their_winner() {
    let mut incoming = Plan::new(default_workspace(), Timestamp::EPOCH);
    incoming.members = vec![
        member("a", "Lama", "2026-11-17T01:00:00Z"),
        member("a", "Baru", "2026-11-18T01:00:00Z"),
    ];
    let local = Plan::new(default_workspace(), Timestamp::EPOCH);
    let merged = merge_plans(&local, &incoming);
    assert_eq!(merged.members, [incoming.members[1].clone()]);
    assert_eq!(
        preview(&local, &incoming).counts(RecordKind::Member).added,
        1
    );
    assert_eq!(changes(&local, &incoming).members.len(), 1);
}
