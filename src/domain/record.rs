//! The envelope every record kind shares: id, timestamps, tombstone flag
//! and the unknown fields a newer Siar or another tool wrote.

use std::collections::HashMap;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::domain::id::Id;
use crate::domain::time::Timestamp;

/// The kinds of records in a plan, in the spec's order, which is also the
/// order of a plan file's keys and of an export.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RecordKind {
    /// Staff members ([`crate::domain::member::Member`]).
    Member,
    /// Content categories ([`crate::domain::pillar::Pillar`]).
    Pillar,
    /// Planned and published posts ([`crate::domain::post::Post`]).
    Post,
    /// Ideas not yet posts ([`crate::domain::idea::Idea`]).
    Idea,
    /// Field coverage of activities ([`crate::domain::coverage::Coverage`]).
    Coverage,
    /// Holidays and observances ([`crate::domain::special_day::SpecialDay`]).
    SpecialDay,
    /// The recurring posting schedule ([`crate::domain::slot::Slot`]).
    Slot,
}

impl RecordKind {
    /// Every kind, in the spec's order.
    pub const ALL: [RecordKind; 7] = [
        RecordKind::Member,
        RecordKind::Pillar,
        RecordKind::Post,
        RecordKind::Idea,
        RecordKind::Coverage,
        RecordKind::SpecialDay,
        RecordKind::Slot,
    ];

    /// The key of this kind's array in a plan file, also the name of its
    /// IndexedDB object store.
    pub const fn plan_key(&self) -> &'static str {
        match self {
            RecordKind::Member => "members",
            RecordKind::Pillar => "pillars",
            RecordKind::Post => "posts",
            RecordKind::Idea => "ideas",
            RecordKind::Coverage => "coverage",
            RecordKind::SpecialDay => "special_days",
            RecordKind::Slot => "slots",
        }
    }

    /// The kind whose plan key is `key`, if any.
    pub fn from_plan_key(key: &str) -> Option<RecordKind> {
        RecordKind::ALL
            .into_iter()
            .find(|kind| kind.plan_key() == key)
    }
}

/// What each record kind carries besides the envelope.
pub trait RecordData: Serialize + DeserializeOwned + Clone + PartialEq {
    /// Which kind of record this is.
    const KIND: RecordKind;

    /// The record's title or name, for lists and messages. Empty for kinds
    /// that have neither (slots, which the UI names by weekday and time).
    fn title(&self) -> &str;
}

/// A record as stored and as written in plan files: the envelope fields,
/// the kind's own fields (`data`) and any unknown fields (`extra`), all at
/// one level of the JSON object.
///
/// Unknown fields are kept so that a file written by a newer Siar, or by
/// another tool, loses nothing when it passes through this version. Two
/// `#[serde(flatten)]` fields work here because serde hands `data` only the
/// keys its struct declares and `extra` whatever is left (tested below).
/// Field order is the order keys are written in: id, the kind's fields,
/// timestamps, `deleted`, then unknown fields. `extra` must not hold a key
/// of the envelope or of `data`, or the key would be written twice; reading
/// never puts one there.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Record<T> {
    /// Unique among records of the same kind.
    pub id: Id,
    /// The kind's own fields.
    #[serde(flatten)]
    pub data: T,
    /// When the record was made.
    pub created_at: Timestamp,
    /// When the record was last changed; the later one wins a merge.
    pub updated_at: Timestamp,
    /// A deleted record is a tombstone: hidden everywhere, but kept and
    /// exported so that the deletion reaches colleagues.
    #[serde(default)]
    pub deleted: bool,
    /// Fields this version does not know, written back as they came.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl<T: RecordData> Record<T> {
    /// A new live record made at `now`.
    pub fn new(id: Id, now: Timestamp, data: T) -> Self {
        Record {
            id,
            data,
            created_at: now,
            updated_at: now,
            deleted: false,
            extra: serde_json::Map::new(),
        }
    }

    /// Marks the record as edited at `now`: `updated_at` becomes `now`, or
    /// one millisecond past its old value if the clock is behind, so that
    /// the edit always wins the next merge.
    pub fn touch(&mut self, now: Timestamp) {
        self.updated_at = self.updated_at.after_edit(now);
    }

    /// Deletes the record by turning it into a tombstone edited at `now`.
    pub fn tombstone(&mut self, now: Timestamp) {
        self.deleted = true;
        self.touch(now);
    }

    /// Whether the record is shown: not a tombstone.
    pub fn is_live(&self) -> bool {
        !self.deleted
    }

    /// The record's kind.
    pub fn kind(&self) -> RecordKind {
        T::KIND
    }

    /// The record's title or name.
    pub fn title(&self) -> &str {
        self.data.title()
    }
}

/// A list of records of one kind as the app holds it: a plain `Vec`, or a
/// list that keeps an order of its own
/// ([`crate::domain::post_list::PostList`]).
pub trait RecordList<T>: std::ops::Deref<Target = [Record<T>]> {
    /// Puts `record` in: replaces the one with the same id, or adds it.
    fn upsert(&mut self, record: Record<T>);
    /// [`merge_newer`]: the records read from storage, except where this
    /// list holds a copy at least as new.
    fn merge_newer(&mut self, stored: Vec<Record<T>>);
    /// The latest `updated_at`, `None` when empty.
    fn newest(&self) -> Option<Timestamp>;
}

impl<T> RecordList<T> for Vec<Record<T>> {
    fn upsert(&mut self, record: Record<T>) {
        upsert(self, record);
    }

    fn merge_newer(&mut self, stored: Vec<Record<T>>) {
        merge_newer(self, stored);
    }

    fn newest(&self) -> Option<Timestamp> {
        self.iter().map(|r| r.updated_at).max()
    }
}

/// Puts `record` in `records`: replaces the one with the same id, or
/// appends it. The list a page shows after a save.
pub fn upsert<T>(records: &mut Vec<Record<T>>, record: Record<T>) {
    match records.iter_mut().find(|r| r.id == record.id) {
        Some(slot) => *slot = record,
        None => records.push(record),
    }
}

/// Puts the `stored` records, read from storage, into the `shown` list,
/// except where `shown` holds a copy at least as new (saved while `stored`
/// was being read); records only in `shown` stay. The list ends in the
/// order of `stored`, then the rest of `shown`. One pass with a map: the
/// lists can hold tens of thousands of records.
pub fn merge_newer<T>(shown: &mut Vec<Record<T>>, mut stored: Vec<Record<T>>) {
    let at: HashMap<Id, usize> = stored
        .iter()
        .enumerate()
        .map(|(i, r)| (r.id.clone(), i))
        .collect();
    for record in shown.drain(..) {
        match at.get(&record.id) {
            Some(&i) if stored[i].updated_at >= record.updated_at => {}
            Some(&i) => stored[i] = record,
            None => stored.push(record),
        }
    }
    *shown = stored;
}

/// The live (not deleted) records, sorted by title without regard to case:
/// the order lists show them in.
pub fn live_sorted<T: RecordData>(records: &[Record<T>]) -> Vec<Record<T>> {
    let mut live: Vec<_> = records.iter().filter(|r| r.is_live()).cloned().collect();
    live.sort_by_cached_key(|r| r.data.title().to_lowercase());
    live
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::member::{MemberData, Role};
    use serde_json::json;

    fn ts(s: &str) -> Timestamp {
        Timestamp::parse(s).unwrap()
    }

    fn member() -> Record<MemberData> {
        let data = MemberData {
            name: "Admin Humas".into(),
            role: Role::Admin,
            active: true,
        };
        Record::new(Id::fixed("m1"), ts("2026-11-17T01:00:00Z"), data)
    }

    #[test]
    fn merge_newer_keeps_what_was_saved_while_reading() {
        let at = |s: &str| ts(&format!("2026-11-{s}T00:00:00Z"));
        let named = |id: &'static str, name: &str, when: &str| {
            let mut m = member();
            m.id = Id::fixed(id);
            m.data.name = name.into();
            m.updated_at = at(when);
            m
        };
        // Shown: one edited after the read (newer), one older than stored,
        // one new since.
        let mut shown = vec![
            named("a", "A edited", "20"),
            named("b", "B old", "10"),
            named("n", "New", "21"),
        ];
        let stored = vec![
            named("a", "A stored", "18"),
            named("b", "B stored", "18"),
            named("c", "C stored", "18"),
        ];
        merge_newer(&mut shown, stored);
        let names: Vec<&str> = shown.iter().map(|m| m.data.name.as_str()).collect();
        assert_eq!(names, ["A edited", "B stored", "C stored", "New"]);

        let mut empty = Vec::new();
        merge_newer(&mut empty, vec![named("x", "X", "01")]);
        assert_eq!(empty.len(), 1);
    }

    #[test]
    fn kinds_follow_the_spec_order() {
        let keys: Vec<&str> = RecordKind::ALL.iter().map(RecordKind::plan_key).collect();
        assert_eq!(
            keys,
            [
                "members",
                "pillars",
                "posts",
                "ideas",
                "coverage",
                "special_days",
                "slots"
            ]
        );
        for kind in RecordKind::ALL {
            assert_eq!(RecordKind::from_plan_key(kind.plan_key()), Some(kind));
        }
        assert_eq!(RecordKind::from_plan_key("workspace"), None);
        let mut sorted = RecordKind::ALL;
        sorted.sort();
        assert_eq!(sorted, RecordKind::ALL);
    }

    #[test]
    fn new_touch_and_tombstone() {
        let mut m = member();
        assert!(m.is_live());
        assert_eq!(m.created_at, m.updated_at);
        assert_eq!(m.kind(), RecordKind::Member);
        assert_eq!(m.title(), "Admin Humas");

        m.touch(ts("2026-11-18T00:00:00Z"));
        assert_eq!(m.updated_at, ts("2026-11-18T00:00:00Z"));
        assert_eq!(m.created_at, ts("2026-11-17T01:00:00Z"));

        // A device whose clock is a day behind still moves the record on.
        m.touch(ts("2026-11-17T00:00:00Z"));
        assert_eq!(m.updated_at, ts("2026-11-18T00:00:00.001Z"));

        m.tombstone(ts("2026-11-17T00:00:00Z"));
        assert!(m.deleted && !m.is_live());
        assert_eq!(m.updated_at, ts("2026-11-18T00:00:00.002Z"));
    }

    #[test]
    fn unknown_fields_go_to_extra_and_come_back() {
        let input = json!({
            "id": "m1",
            "name": "Admin Humas",
            "role": "admin",
            "created_at": "2026-11-17T08:00:00+07:00",
            "updated_at": "2026-11-17T01:00:00Z",
            "x_phone": "+62 812",
            "nested": {"a": [1, 2.5, null]},
        });
        let m: Record<MemberData> = serde_json::from_value(input).unwrap();
        assert_eq!(m.data.name, "Admin Humas");
        assert!(m.data.active, "active defaults to true");
        assert!(!m.deleted, "deleted defaults to false");
        assert_eq!(m.created_at, m.updated_at);
        let extra_keys: Vec<&String> = m.extra.keys().collect();
        assert_eq!(
            extra_keys,
            ["nested", "x_phone"],
            "known fields must not leak into extra"
        );

        let out = serde_json::to_value(&m).unwrap();
        assert_eq!(
            out,
            json!({
                "id": "m1",
                "name": "Admin Humas",
                "role": "admin",
                "active": true,
                "created_at": "2026-11-17T01:00:00Z",
                "updated_at": "2026-11-17T01:00:00Z",
                "deleted": false,
                "x_phone": "+62 812",
                "nested": {"a": [1, 2.5, null]},
            })
        );
        let again: Record<MemberData> = serde_json::from_value(out).unwrap();
        assert_eq!(again, m);
    }

    #[test]
    fn key_order_is_id_data_envelope_extra() {
        let mut m = member();
        m.extra.insert("zz_later".into(), json!(1));
        let text = serde_json::to_string(&m).unwrap();
        assert_eq!(
            text,
            r#"{"id":"m1","name":"Admin Humas","role":"admin","active":true,"created_at":"2026-11-17T01:00:00Z","updated_at":"2026-11-17T01:00:00Z","deleted":false,"zz_later":1}"#
        );
    }

    #[test]
    fn bad_or_missing_envelope_fields_are_refused() {
        let ok = json!({"id": "m1", "name": "A", "role": "admin",
            "created_at": "2026-11-17T01:00:00Z", "updated_at": "2026-11-17T01:00:00Z"});
        assert!(serde_json::from_value::<Record<MemberData>>(ok.clone()).is_ok());
        for (key, value) in [
            ("id", json!("bad id")),
            ("id", json!(null)),
            ("created_at", json!("2026-11-17")),
            ("updated_at", json!(0)),
            ("deleted", json!("false")),
            ("role", json!("boss")),
            ("active", json!(1)),
        ] {
            let mut v = ok.clone();
            v[key] = value;
            assert!(
                serde_json::from_value::<Record<MemberData>>(v).is_err(),
                "{key} bad"
            );
        }
        for key in ["id", "created_at", "updated_at", "name", "role"] {
            let mut v = ok.clone();
            v.as_object_mut().unwrap().remove(key);
            assert!(
                serde_json::from_value::<Record<MemberData>>(v).is_err(),
                "{key} missing"
            );
        }
        // A key given twice is refused rather than silently resolved.
        let twice = r#"{"id":"m1","name":"A","name":"B","role":"admin",
            "created_at":"2026-11-17T01:00:00Z","updated_at":"2026-11-17T01:00:00Z"}"#;
        assert!(serde_json::from_str::<Record<MemberData>>(twice).is_err());
    }

    #[test]
    fn upsert_replaces_by_id_and_appends_new_ones() {
        let t = Timestamp::EPOCH;
        let member = |id: &'static str, name: &str| {
            Record::new(
                Id::fixed(id),
                t,
                MemberData {
                    name: name.into(),
                    role: Role::Editor,
                    active: true,
                },
            )
        };
        let mut list = vec![member("a", "Ani"), member("b", "Budi")];
        upsert(&mut list, member("b", "Budi Santoso"));
        upsert(&mut list, member("c", "Citra"));
        let names: Vec<_> = list.iter().map(|m| m.data.name.as_str()).collect();
        assert_eq!(names, ["Ani", "Budi Santoso", "Citra"]);
    }

    #[test]
    fn live_sorted_hides_tombstones_and_ignores_case() {
        let t = Timestamp::EPOCH;
        let member = |id: &'static str, name: &str| {
            Record::new(
                Id::fixed(id),
                t,
                MemberData {
                    name: name.into(),
                    role: Role::Intern,
                    active: true,
                },
            )
        };
        let mut gone = member("d", "Dedi");
        gone.tombstone(t);
        let list = vec![
            member("a", "budi"),
            gone,
            member("b", "Ani"),
            member("c", "Citra"),
        ];
        let names: Vec<_> = live_sorted(&list)
            .into_iter()
            .map(|m| m.data.name)
            .collect();
        assert_eq!(names, ["Ani", "budi", "Citra"]);
    }
}
