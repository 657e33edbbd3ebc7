//! The hostile plan files of `tests/support/hostile.rs`, imported in the
//! browser (headless Chromium, the wasm build, its smaller stack) into a
//! real IndexedDB database, as the import dialog does: read, merge with
//! what is stored, write the changes in one transaction.
//!
//! Each file is refused, with the stored data byte for byte as before, or
//! accepted and stored exactly as the merge says; never a panic (a panic
//! aborts the wasm instance and fails the run).
#![cfg(target_arch = "wasm32")]

#[path = "support/hostile.rs"]
mod hostile;
#[path = "support/plan_check.rs"]
mod plan_check;

use siar::domain::merge::{changes, merge_plans};
use siar::domain::plan::Plan;
use siar::domain::time::Timestamp;
use siar::domain::validate::read_plan;
use siar::storage::Db;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Everything stored, as one plan, in id order.
async fn stored(db: &Db) -> Plan {
    let workspace = db.workspace().await.unwrap().unwrap();
    let mut plan = Plan::new(workspace, Timestamp::EPOCH);
    plan.members = db.all().await.unwrap();
    plan.pillars = db.all().await.unwrap();
    plan.posts = db.all().await.unwrap();
    plan.ideas = db.all().await.unwrap();
    plan.coverage = db.all().await.unwrap();
    plan.special_days = db.all().await.unwrap();
    plan.slots = db.all().await.unwrap();
    plan.extra = db.plan_extra().await.unwrap();
    plan.sort_records();
    plan
}

#[wasm_bindgen_test]
async fn hostile_files_are_refused_untouched_or_stored_as_the_merge_says() {
    let name = "t-hostile";
    Db::delete(name).await.unwrap();
    let db = Db::open(name).await.unwrap();
    // Something stored first, so that "untouched" means something.
    let first = read_plan(hostile::SMALL_PLAN.as_bytes()).unwrap();
    let local = stored(&db).await;
    db.apply(
        &changes(&local, &first),
        Some(&merge_plans(&local, &first).extra),
    )
    .await
    .unwrap();

    let (mut accepted, mut refused) = (0, 0);
    for (file, bytes) in hostile::hostile_plans() {
        let before = stored(&db).await;
        match read_plan(&bytes) {
            Err(error) => {
                plan_check::refusal_is_clear(&error).unwrap_or_else(|why| panic!("{file}: {why}"));
                assert_eq!(
                    stored(&db).await,
                    before,
                    "{file}: refused, yet storage changed"
                );
                refused += 1;
            }
            Ok(incoming) => {
                let mut merged = merge_plans(&before, &incoming);
                let extra = (merged.extra != before.extra).then_some(&merged.extra);
                db.apply(&changes(&before, &incoming), extra)
                    .await
                    .unwrap_or_else(|e| panic!("{file}: storing failed: {e:?}"));
                merged.sort_records();
                let after = stored(&db).await;
                assert_eq!(after.members, merged.members, "{file}");
                assert_eq!(after.pillars, merged.pillars, "{file}");
                assert_eq!(after.posts, merged.posts, "{file}");
                assert_eq!(after.ideas, merged.ideas, "{file}");
                assert_eq!(after.coverage, merged.coverage, "{file}");
                assert_eq!(after.special_days, merged.special_days, "{file}");
                assert_eq!(after.slots, merged.slots, "{file}");
                accepted += 1;
            }
        }
    }
    assert!(
        accepted + refused >= 200,
        "{accepted} accepted, {refused} refused"
    );
    assert!(
        accepted > 50 && refused > 150,
        "{accepted} accepted, {refused} refused"
    );
    db.close();
    Db::delete(name).await.unwrap();
}
