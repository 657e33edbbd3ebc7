//! Browser tests of the storage layer, in headless Chromium:
//! `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test storage`.
#![cfg(target_arch = "wasm32")]

use siar::domain::defaults::{default_pillars, default_workspace};
use siar::domain::id::Id;
use siar::domain::member::{Member, MemberData, Role};
use siar::domain::merge::Changes;
use siar::domain::pillar::Pillar;
use siar::domain::post::{Post, PostData};
use siar::domain::record::{Record, RecordKind};
use siar::domain::time::{Date, Timestamp};
use siar::storage::db::{PlanExtra, DATE_INDEX};
use siar::storage::{prefs, schema_version, Db, StorageError};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn at(millis: i64) -> Timestamp {
    Timestamp::from_unix_millis(millis).unwrap()
}

fn member(id: &'static str, name: &str) -> Member {
    Record::new(
        Id::fixed(id),
        at(1_764_000_000_000),
        MemberData {
            name: name.to_string(),
            role: Role::Intern,
            active: true,
        },
    )
}

fn post(id: &'static str, date: &str) -> Post {
    let data: PostData = serde_json::from_value(serde_json::json!({
        "title": "Rapat koordinasi Bupati",
        "date": date,
        "platforms": ["instagram"],
    }))
    .unwrap();
    Record::new(Id::fixed(id), at(1_764_000_000_000), data)
}

/// Opens a fresh database of the given name.
async fn fresh(name: &str) -> std::rc::Rc<Db> {
    Db::delete(name).await.unwrap();
    Db::open(name).await.unwrap()
}

#[wasm_bindgen_test]
async fn a_fresh_database_holds_the_shared_defaults() {
    let db = fresh("t-defaults").await;
    assert_eq!(db.version(), schema_version());
    assert_eq!(db.workspace().await.unwrap(), Some(default_workspace()));
    let mut pillars: Vec<Pillar> = db.all().await.unwrap();
    pillars.sort_by(|a, b| a.id.cmp(&b.id));
    let mut expected = default_pillars();
    expected.sort_by(|a, b| a.id.cmp(&b.id));
    assert_eq!(pillars, expected);
    assert!(db.all::<MemberData>().await.unwrap().is_empty());
    db.close();
}

#[wasm_bindgen_test]
async fn a_written_record_reads_back_equal() {
    let db = fresh("t-write").await;
    let mut m = member("m-1", "Mahasiswa Magang 1");
    m.extra
        .insert("from_newer_siar".into(), serde_json::json!({"kept": true}));
    db.put(&m).await.unwrap();
    assert_eq!(db.get::<MemberData>("m-1").await.unwrap(), Some(m.clone()));
    assert_eq!(db.all::<MemberData>().await.unwrap(), vec![m]);
    db.close();
}

#[wasm_bindgen_test]
async fn updating_one_record_leaves_the_others_as_they_were() {
    let db = fresh("t-update").await;
    let a = member("m-a", "Admin Humas");
    let b = member("m-b", "Fotografer Dinas");
    db.put(&a).await.unwrap();
    db.put(&b).await.unwrap();

    let mut renamed = a.clone();
    renamed.data.name = "Admin Humas Bengkayang".into();
    renamed.touch(at(1_764_000_100_000));
    db.put(&renamed).await.unwrap();

    let mut all: Vec<Member> = db.all().await.unwrap();
    all.sort_by(|x, y| x.id.cmp(&y.id));
    assert_eq!(all, vec![renamed, b]);
    db.close();
}

#[wasm_bindgen_test]
async fn a_version_1_database_is_migrated_without_losing_records() {
    let name = "t-migrate";
    Db::delete(name).await.unwrap();
    let old = Db::open_at(name, 1).await.unwrap();
    assert!(old.index_names(RecordKind::Post).unwrap().is_empty());
    let p = post("p-1", "2026-12-03");
    let m = member("m-1", "Kepala Bidang IKP");
    old.put(&p).await.unwrap();
    old.put(&m).await.unwrap();
    old.close();

    let db = Db::open(name).await.unwrap();
    assert_eq!(db.version(), schema_version());
    for kind in [RecordKind::Post, RecordKind::Coverage, RecordKind::Idea] {
        assert!(
            db.index_names(kind)
                .unwrap()
                .contains(&DATE_INDEX.to_string()),
            "{kind:?}"
        );
    }
    assert_eq!(db.get::<PostData>("p-1").await.unwrap(), Some(p.clone()));
    assert_eq!(db.get::<MemberData>("m-1").await.unwrap(), Some(m));
    // The new index answers range queries over records written before it.
    let d = |s: &str| s.parse::<Date>().unwrap();
    let december: Vec<Post> = db
        .in_date_range(d("2026-12-01"), d("2026-12-31"))
        .await
        .unwrap();
    assert_eq!(december, vec![p]);
    let january: Vec<Post> = db
        .in_date_range(d("2027-01-01"), d("2027-01-31"))
        .await
        .unwrap();
    assert!(january.is_empty());
    db.close();
}

#[wasm_bindgen_test]
async fn reads_sent_together_answer_each_its_own_and_in_any_order() {
    let db = fresh("t-reads").await;
    let m = member("m-1", "Kepala Bidang IKP");
    let december = post("p-dec", "2026-12-03");
    let january = post("p-jan", "2027-01-05");
    db.put(&m).await.unwrap();
    db.put_all(&[december.clone(), january]).await.unwrap();

    let reads = db
        .reads(&["workspace", "members", "pillars", "posts"])
        .unwrap();
    // Every read is sent before any answer is awaited; the last sent is
    // awaited first.
    let d = |s: &str| s.parse::<Date>().unwrap();
    let workspace = reads.workspace().unwrap();
    let members = reads.all::<MemberData>().unwrap();
    let pillars = reads.all::<siar::domain::pillar::PillarData>().unwrap();
    let missing = reads.entry::<Member>("members", "m-none").unwrap();
    let posts = reads
        .in_date_range::<PostData>(d("2026-12-01"), d("2026-12-31"))
        .unwrap();
    assert_eq!(posts.await.unwrap(), vec![december]);
    assert_eq!(missing.await.unwrap(), None);
    assert_eq!(pillars.await.unwrap().len(), default_pillars().len());
    assert_eq!(members.await.unwrap(), vec![m]);
    assert_eq!(workspace.await.unwrap(), Some(default_workspace()));
    // A store outside the transaction is refused when asked for, not later.
    assert!(reads.all::<siar::domain::idea::IdeaData>().is_err());
    db.close();
}

#[wasm_bindgen_test]
async fn a_failed_write_reports_why_and_keeps_what_was_stored() {
    let name = "t-fail";
    let db = fresh(name).await;
    let original = member("m-1", "Pengelola Media Sosial");
    db.put(&original).await.unwrap();
    db.close();

    let mut changed = original.clone();
    changed.data.name = "Nama baru".into();
    changed.touch(at(1_764_000_200_000));
    assert_eq!(db.put(&changed).await, Err(StorageError::Closed));

    let db = Db::open(name).await.unwrap();
    assert_eq!(db.get::<MemberData>("m-1").await.unwrap(), Some(original));
    db.close();
}

#[wasm_bindgen_test]
async fn a_database_from_a_newer_siar_is_refused_untouched() {
    let name = "t-newer";
    Db::delete(name).await.unwrap();
    let newer = Db::open_at(name, schema_version() + 1).await.unwrap();
    newer.put(&member("m-1", "Admin Humas")).await.unwrap();
    newer.close();

    assert_eq!(Db::open(name).await.err(), Some(StorageError::NewerVersion));
    let again = Db::open_at(name, schema_version() + 1).await.unwrap();
    assert_eq!(again.all::<MemberData>().await.unwrap().len(), 1);
    again.close();
}

#[wasm_bindgen_test]
fn preferences_are_remembered() {
    prefs::set_language("en");
    assert_eq!(prefs::language().as_deref(), Some("en"));
    prefs::set_language("id");
    assert_eq!(prefs::language().as_deref(), Some("id"));
    prefs::set_last_page("tim");
    assert_eq!(prefs::last_page().as_deref(), Some("tim"));
}

/// Makes the `n`-th `IDBObjectStore.put` from now on throw, as a full disk
/// would, then restores `put`.
fn fail_nth_put(n: u32) {
    js_sys::eval(&format!(
        "(() => {{ const put = IDBObjectStore.prototype.put; let calls = 0; \
           IDBObjectStore.prototype.put = function (...args) {{ \
             if (++calls === {n}) {{ IDBObjectStore.prototype.put = put; \
               throw new DOMException('full', 'QuotaExceededError'); }} \
             return put.apply(this, args); }}; }})()"
    ))
    .unwrap();
}

#[wasm_bindgen_test]
async fn an_import_is_written_all_or_nothing() {
    let db = fresh("t-apply").await;
    let mut workspace = default_workspace();
    workspace.name = "Diskominfo Kabupaten Bengkayang".into();
    workspace.touch(at(1_764_000_000_000));
    let changes = Changes {
        workspace: Some(workspace.clone()),
        members: vec![
            member("m-1", "Admin Humas"),
            member("m-2", "Fotografer Dinas"),
        ],
        posts: vec![post("p-1", "2026-12-03")],
        ..Changes::default()
    };
    let mut extra = PlanExtra::new();
    extra.insert("x_from_spreadsheet".into(), serde_json::json!([1, 2, 3]));

    // The third of five writes fails: none of them may remain.
    fail_nth_put(3);
    assert_eq!(
        db.apply(&changes, Some(&extra)).await,
        Err(StorageError::QuotaExceeded)
    );
    assert!(db.all::<MemberData>().await.unwrap().is_empty());
    assert!(db.all::<PostData>().await.unwrap().is_empty());
    assert_eq!(db.workspace().await.unwrap(), Some(default_workspace()));
    assert!(db.plan_extra().await.unwrap().is_empty());

    // Without the failure everything is written together.
    db.apply(&changes, Some(&extra)).await.unwrap();
    assert_eq!(db.all::<MemberData>().await.unwrap().len(), 2);
    assert_eq!(
        db.get::<PostData>("p-1").await.unwrap(),
        Some(post("p-1", "2026-12-03"))
    );
    assert_eq!(db.workspace().await.unwrap(), Some(workspace));
    assert_eq!(db.plan_extra().await.unwrap(), extra);
    db.close();
}
