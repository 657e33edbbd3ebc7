//! Tests of plan file validation: the shared fixtures, the limits, every
//! rule of the spec (accepted and refused), and agreement with serde.

use serde_json::{json, Value};

use super::*;

mod accepted;
mod files;
mod messages;
mod refused;
mod refused_kinds;
mod refused_posts;
mod rules;

/// A file of the shared fixtures, read at run time so that a missing
/// `shared/` fails these tests only, not the build of every test.
fn shared(path: &str) -> String {
    let full = format!("{}/../shared/fixtures/{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("cannot read {full}: {e}"))
}

const T: &str = "2026-11-17T01:00:00Z";

/// A small valid plan with one record of every kind and every field set,
/// so that each test can break exactly one thing.
fn base() -> Value {
    json!({
        "format": "siar.plan",
        "version": 1,
        "exported_at": "2026-12-01T00:00:00Z",
        "exported_by": "Admin Humas",
        "workspace": {
            "id": "workspace", "name": "Diskominfo Bengkayang",
            "timezone": "Asia/Pontianak", "locale": "id",
            "followers": {"instagram": 12850, "facebook": 0},
            "default_hashtags": ["#DiskominfoBengkayang"],
            "byline": "(Diskominfo Bengkayang/RT)",
            "created_at": T, "updated_at": T
        },
        "members": [{
            "id": "m1", "name": "Admin Humas", "role": "admin", "active": true,
            "created_at": T, "updated_at": T, "deleted": false
        }],
        "pillars": [{
            "id": "p1", "name": "Hari Besar", "color": "#cf222e", "target_per_week": 2,
            "description": "Hari besar nasional", "created_at": T, "updated_at": T, "deleted": false
        }],
        "posts": [{
            "id": "post1", "title": "Hari Ibu", "date": "2026-12-22", "time": "09:00",
            "platforms": ["instagram", "facebook"], "format": "photo", "pillar_id": "p1",
            "status": "published", "caption": "Selamat Hari Ibu", "hashtags": ["#HariIbu"],
            "assignee_id": "m1", "coverage_id": "c1", "idea_id": "i1",
            "links": [{"label": "Folder", "url": "https://drive.example.go.id/hari-ibu"}],
            "approval": {"by": "m1", "at": T, "caption_sha256": "0123456789abcdef".repeat(4)},
            "published_url": "https://www.instagram.com/p/abc/",
            "published_at": "2026-12-22T02:00:00Z",
            "metrics": {"reach": 100, "impressions": 150, "views": null, "likes": 20,
                "comments": 3, "shares": 0, "saves": 1, "recorded_at": "2026-12-23T00:00:00Z"},
            "notes": "", "created_at": T, "updated_at": T, "deleted": false
        }],
        "ideas": [{
            "id": "i1", "title": "Profil UMKM", "description": "", "pillar_id": "p1",
            "stage": "used", "target_date": "2026-12-20", "tags": ["umkm"], "post_id": "post1",
            "created_at": T, "updated_at": T, "deleted": false
        }],
        "coverage": [{
            "id": "c1", "title": "Rapat paripurna", "date": "2026-12-10", "time": "08:00",
            "location": "Aula DPRD", "officials": "Bupati", "crew_ids": ["m1"],
            "needs": ["photo", "drone"], "status": "covered",
            "links": [{"label": "Foto", "url": "http://nas.local/rapat"}],
            "notes": "", "created_at": T, "updated_at": T, "deleted": false
        }],
        "special_days": [{
            "id": "s1", "date": "12-22", "name": "Hari Ibu", "kind": "observance",
            "created_at": T, "updated_at": T, "deleted": false
        }],
        "slots": [{
            "id": "sl1", "weekday": 1, "time": "09:00", "platforms": ["instagram"],
            "pillar_id": "p1", "format": "carousel",
            "created_at": T, "updated_at": T, "deleted": false
        }]
    })
}

/// `read_plan` of a value's JSON text.
fn read(value: &Value) -> Result<Plan, ImportError> {
    read_plan(value.to_string().as_bytes())
}

/// `base()` with the value at a JSON pointer replaced (`Some`) or its key
/// removed (`None`).
fn edited(pointer: &str, value: Option<Value>) -> Value {
    let mut plan = base();
    let (parent, key) = pointer.rsplit_once('/').expect("a pointer");
    let target = plan
        .pointer_mut(parent)
        .unwrap_or_else(|| panic!("no {parent} in the base plan"));
    match (target, value) {
        (Value::Object(map), Some(v)) => {
            map.insert(key.to_owned(), v);
        }
        (Value::Object(map), None) => {
            map.remove(key);
        }
        (Value::Array(items), Some(v)) => items[key.parse::<usize>().unwrap()] = v,
        (Value::Array(items), None) => {
            items.remove(key.parse::<usize>().unwrap());
        }
        _ => panic!("cannot edit {pointer}"),
    }
    plan
}

/// The problems `read_plan` finds in `value`, which must be invalid.
fn problems(value: &Value) -> (Vec<Problem>, usize) {
    match read(value) {
        Err(ImportError::Invalid { problems, total }) => (problems, total),
        other => panic!("expected Invalid, got {other:?}"),
    }
}

/// The problems as `(path, kind)` pairs, for short assertions.
fn found(value: &Value) -> Vec<(String, ProblemKind)> {
    problems(value)
        .0
        .into_iter()
        .map(|p| (p.path, p.kind))
        .collect()
}

/// Asserts that `read_plan` accepts `value` and reads it as
/// `Plan::from_json` does.
fn assert_accepted(value: &Value) -> Plan {
    let text = value.to_string();
    let plan = read_plan(text.as_bytes()).unwrap_or_else(|e| panic!("refused: {e}"));
    assert_eq!(Plan::from_json(&text).ok().as_ref(), Some(&plan));
    plan
}
