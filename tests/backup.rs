//! Browser tests of the automatic snapshots and of replacing every stored
//! record with a plan, in headless Chromium:
//! `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test backup`.
#![cfg(target_arch = "wasm32")]

use siar::domain::defaults::{default_pillars, default_workspace};
use siar::domain::id::Id;
use siar::domain::member::{MemberData, Role};
use siar::domain::plan::Plan;
use siar::domain::record::Record;
use siar::domain::time::Timestamp;
use siar::storage::{schema_version, Db, MIGRATIONS};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn at(millis: i64) -> Timestamp {
    Timestamp::from_unix_millis(millis).unwrap()
}

fn member(id: &'static str, name: &str, millis: i64) -> Record<MemberData> {
    Record::new(
        Id::fixed(id),
        at(millis),
        MemberData {
            name: name.into(),
            role: Role::Intern,
            active: true,
        },
    )
}

fn plan_with(members: Vec<Record<MemberData>>) -> Plan {
    let mut plan = Plan::new(default_workspace(), Timestamp::EPOCH);
    plan.pillars = default_pillars();
    plan.members = members;
    plan
}

#[wasm_bindgen_test]
async fn only_the_newest_five_snapshots_are_kept_and_each_restores_its_plan() {
    let name = "t-snapshots";
    Db::delete(name).await.unwrap();
    let db = Db::open(name).await.unwrap();
    assert!(db.snapshots().await.unwrap().is_empty());
    for i in 1..=7i64 {
        const IDS: [&str; 7] = ["m-0", "m-1", "m-2", "m-3", "m-4", "m-5", "m-6"];
        let members = IDS[..i as usize]
            .iter()
            .map(|id| member(id, "Staf", 1_764_000_000_000))
            .collect();
        let meta = db
            .put_snapshot(&plan_with(members), at(1_764_000_000_000 + i * 3_600_000))
            .await
            .unwrap();
        assert_eq!(meta.counts.members, i as usize);
    }
    let list = db.snapshots().await.unwrap();
    assert_eq!(list.len(), 5);
    let counts: Vec<usize> = list.iter().map(|s| s.counts.members).collect();
    assert_eq!(counts, vec![7, 6, 5, 4, 3], "newest first");
    assert_eq!(list[0].counts.pillars, 8);

    let plan = db.snapshot_plan(&list[2].id).await.unwrap().unwrap();
    assert_eq!(plan.members.len(), 5);
    assert_eq!(db.snapshot_plan("000000000000001").await.unwrap(), None);
    db.close();
    Db::delete(name).await.unwrap();
}

#[wasm_bindgen_test]
async fn replace_all_replaces_every_record_and_the_workspace() {
    let name = "t-replace-all";
    Db::delete(name).await.unwrap();
    let db = Db::open(name).await.unwrap();
    let old = member("m-old", "Staf lama", 1_764_000_000_000);
    let kept = member("m-kept", "Staf tetap", 1_764_000_000_000);
    db.put(&old).await.unwrap();
    db.put(&kept).await.unwrap();

    let mut ws = default_workspace();
    ws.name = "Diskominfo Bengkayang".into();
    let mut plan = plan_with(vec![
        kept.clone(),
        member("m-new", "Staf baru", 1_764_000_100_000),
    ]);
    plan.pillars.truncate(3);
    plan.workspace = ws.clone();
    plan.extra
        .insert("x_tool".into(), serde_json::json!({"a": 1}));
    db.replace_all(&plan).await.unwrap();

    let mut members = db.all::<MemberData>().await.unwrap();
    members.sort_by(|a, b| a.id.cmp(&b.id));
    let ids: Vec<&str> = members.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(
        ids,
        vec!["m-kept", "m-new"],
        "a record not in the plan is gone"
    );
    assert_eq!(
        db.all::<siar::domain::pillar::PillarData>()
            .await
            .unwrap()
            .len(),
        3
    );
    assert_eq!(
        db.workspace().await.unwrap().unwrap().name,
        "Diskominfo Bengkayang"
    );
    assert_eq!(
        db.plan_extra().await.unwrap().get("x_tool"),
        Some(&serde_json::json!({"a": 1}))
    );
    db.close();
    Db::delete(name).await.unwrap();
}

#[wasm_bindgen_test]
async fn the_previous_database_gains_the_snapshot_store_and_keeps_its_data() {
    assert_eq!(MIGRATIONS[4].name, "automatic snapshots for restoring");
    let name = "t-snapshots-migrate";
    Db::delete(name).await.unwrap();
    let old = Db::open_at(name, 4).await.unwrap();
    assert!(old.snapshots().await.is_err(), "no snapshot store before");
    let m = member("m-1", "Admin Humas", 1_764_000_000_000);
    old.put(&m).await.unwrap();
    old.close();

    let db = Db::open(name).await.unwrap();
    assert_eq!(db.version(), schema_version());
    assert_eq!(db.get::<MemberData>("m-1").await.unwrap(), Some(m));
    assert!(db.snapshots().await.unwrap().is_empty());
    db.close();
    Db::delete(name).await.unwrap();
}
