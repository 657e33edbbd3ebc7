//! Records for the tests of the calendar's domain modules (calendar,
//! schedule, filter, holidays, approval, post checks), written as the plan
//! format writes them so that a test reads like the data it is about.

use serde_json::{json, Value};

use crate::domain::id::Id;
use crate::domain::member::Member;
use crate::domain::pillar::Pillar;
use crate::domain::post::Post;
use crate::domain::slot::Slot;
use crate::domain::special_day::SpecialDay;
use crate::domain::time::{parse_date, Date, Timestamp};

/// `YYYY-MM-DD`.
pub(crate) fn date(s: &str) -> Date {
    parse_date(s).unwrap()
}

/// An RFC 3339 timestamp.
pub(crate) fn ts(s: &str) -> Timestamp {
    Timestamp::parse(s).unwrap()
}

/// A record of kind `T` with `id` and `fields`, made at the epoch.
fn record<T: serde::de::DeserializeOwned>(id: &str, fields: Value) -> T {
    let mut v = json!({"id": id, "created_at": "1970-01-01T00:00:00Z",
        "updated_at": "1970-01-01T00:00:00Z"});
    v.as_object_mut()
        .unwrap()
        .extend(fields.as_object().unwrap().clone());
    serde_json::from_value(v).unwrap()
}

/// A post on `date`, titled after its id, on Instagram, with `more`
/// fields on top.
pub(crate) fn post(id: &str, date: &str, more: Value) -> Post {
    let mut fields = json!({"title": format!("Konten {id}"), "date": date,
        "platforms": ["instagram"]});
    fields
        .as_object_mut()
        .unwrap()
        .extend(more.as_object().unwrap().clone());
    record(id, fields)
}

/// A slot every `weekday` at `time`, with `more` fields on top.
pub(crate) fn slot(id: &str, weekday: u8, time: &str, more: Value) -> Slot {
    let mut fields = json!({"weekday": weekday, "time": time, "platforms": ["instagram"]});
    fields
        .as_object_mut()
        .unwrap()
        .extend(more.as_object().unwrap().clone());
    record(id, fields)
}

/// A pillar with a weekly target.
pub(crate) fn pillar(id: &str, name: &str, target: Option<u8>) -> Pillar {
    record(id, json!({"name": name, "target_per_week": target}))
}

/// A member with `role` (`"reviewer"`, …).
pub(crate) fn member(id: &str, role: &str, active: bool) -> Member {
    record(
        id,
        json!({"name": format!("Anggota {id}"), "role": role, "active": active}),
    )
}

/// A workspace special day (`MM-DD` or `YYYY-MM-DD`).
pub(crate) fn special_day(id: &str, date: &str, name: &str, kind: &str) -> SpecialDay {
    record(id, json!({"date": date, "name": name, "kind": kind}))
}

/// The id `s`.
pub(crate) fn id(s: &str) -> Id {
    Id::parse(s).unwrap()
}
