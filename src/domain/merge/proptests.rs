//! The merge laws over generated plans: commutative, associative,
//! idempotent; `changes` and `preview` agree with `merge_plans`.
//!
//! Plans are drawn so that they collide: ids from a pool of four per kind,
//! `updated_at` from three instants (ties are common), three versions of
//! each kind's fields, tombstones, unknown fields on records, on the
//! workspace and at the top level (where two plans may give one name
//! different values: commutativity is checked on records, workspace and
//! the set of top-level names, since local's value of a shared name stays).

use proptest::prelude::*;
use serde_json::{json, Map, Value};

use super::*;
use crate::domain::coverage::{CoverageData, CoverageStatus, Need};
use crate::domain::defaults::default_workspace;
use crate::domain::idea::{IdeaData, IdeaStage};
use crate::domain::member::{MemberData, Role};
use crate::domain::pillar::{Color, PillarData};
use crate::domain::platform::Platform;
use crate::domain::post::{PostData, PostFormat, PostStatus};
use crate::domain::record::{upsert, RecordKind};
use crate::domain::slot::{IsoWeekday, SlotData};
use crate::domain::special_day::{SpecialDayData, SpecialDayKind};
use crate::domain::time::{parse_date, SpecialDayDate, TimeOfDay};

const INSTANTS: [&str; 3] = [
    "1970-01-01T00:00:00Z",
    "2026-11-17T01:00:00Z",
    "2026-11-17T01:00:00.001Z",
];

fn instant(i: usize) -> Timestamp {
    Timestamp::parse(INSTANTS[i % INSTANTS.len()]).unwrap()
}

const NAMES: [&str; 3] = ["Ani", "Budi", "Citra"];

/// A few distinct versions of a kind's fields.
trait Sample: RecordData + std::fmt::Debug {
    fn sample(v: usize) -> Self;
}

impl Sample for MemberData {
    fn sample(v: usize) -> Self {
        MemberData {
            name: NAMES[v].into(),
            role: Role::ALL[v],
            active: v != 2,
        }
    }
}

impl Sample for PillarData {
    fn sample(v: usize) -> Self {
        PillarData {
            name: NAMES[v].into(),
            color: Color::parse(["#0969da", "#1a7f37", "#cf222e"][v]).unwrap(),
            target_per_week: [None, Some(0), Some(3)][v],
            description: String::new(),
        }
    }
}

impl Sample for PostData {
    fn sample(v: usize) -> Self {
        PostData {
            title: NAMES[v].into(),
            date: parse_date(["2026-12-01", "2026-12-02", "2026-12-01"][v]).unwrap(),
            time: [None, TimeOfDay::new(9, 0), TimeOfDay::new(9, 0)][v],
            platforms: vec![Platform::ALL[v]],
            format: [None, Some(PostFormat::Photo), Some(PostFormat::Reel)][v],
            pillar_id: (v == 1).then(|| Id::fixed("p0")),
            status: PostStatus::ALL[v],
            caption: ["", "a, b; c", "a\nb"][v].into(),
            hashtags: vec![],
            assignee_id: None,
            coverage_id: None,
            idea_id: None,
            links: vec![],
            approval: None,
            published_url: None,
            published_at: None,
            metrics: None,
            notes: String::new(),
        }
    }
}

impl Sample for IdeaData {
    fn sample(v: usize) -> Self {
        IdeaData {
            title: NAMES[v].into(),
            description: String::new(),
            pillar_id: None,
            stage: IdeaStage::ALL[v],
            target_date: [None, parse_date("2026-12-01"), None][v],
            tags: vec![],
            post_id: None,
        }
    }
}

impl Sample for CoverageData {
    fn sample(v: usize) -> Self {
        CoverageData {
            title: NAMES[v].into(),
            date: parse_date("2026-12-01").unwrap(),
            time: None,
            location: ["", "Bengkayang", ""][v].into(),
            officials: String::new(),
            crew_ids: vec![],
            needs: vec![Need::ALL[v]],
            status: CoverageStatus::ALL[v],
            links: vec![],
            notes: String::new(),
        }
    }
}

impl Sample for SpecialDayData {
    fn sample(v: usize) -> Self {
        SpecialDayData {
            date: SpecialDayDate::annual(12, [22, 25, 22][v] as u8).unwrap(),
            name: NAMES[v].into(),
            kind: SpecialDayKind::ALL[v],
        }
    }
}

impl Sample for SlotData {
    fn sample(v: usize) -> Self {
        SlotData {
            weekday: IsoWeekday::ALL[v],
            time: TimeOfDay::new(9, 0).unwrap(),
            platforms: vec![Platform::Instagram],
            pillar_id: None,
            format: [None, Some(PostFormat::Photo), None][v],
        }
    }
}

const IDS: [&str; 4] = ["a", "b", "c", "d"];

/// Unknown fields: none, or one of two small sets.
fn extra(v: usize) -> Map<String, Value> {
    let value = match v {
        1 => json!({"x_note": "a"}),
        2 => json!({"x_note": "b", "x_n": 1}),
        _ => json!({}),
    };
    value.as_object().cloned().unwrap_or_default()
}

fn record<T: Sample>() -> impl Strategy<Value = Record<T>> {
    (0..4usize, 0..3usize, 0..3usize, any::<bool>(), 0..3usize).prop_map(
        |(id, at, v, deleted, x)| Record {
            id: Id::fixed(IDS[id]),
            data: T::sample(v),
            created_at: Timestamp::EPOCH,
            updated_at: instant(at),
            deleted,
            extra: extra(x),
        },
    )
}

/// A kind's records with unique ids (a plan with a repeated id is refused
/// on import), in id order or reversed.
fn records<T: Sample>() -> impl Strategy<Value = Vec<Record<T>>> {
    (prop::collection::vec(record::<T>(), 0..6), any::<bool>()).prop_map(|(drawn, reverse)| {
        let mut unique: Vec<Record<T>> = Vec::new();
        for r in drawn {
            if !unique.iter().any(|u| u.id == r.id) {
                unique.push(r);
            }
        }
        unique.sort_by(|a, b| a.id.cmp(&b.id));
        if reverse {
            unique.reverse();
        }
        unique
    })
}

fn workspace() -> impl Strategy<Value = Workspace> {
    (0..2usize, 0..3usize, 0..3usize, 0..3usize).prop_map(|(id, v, at, x)| {
        let mut w = default_workspace();
        if id == 1 {
            w.id = Id::fixed("ws-b");
        }
        w.name = NAMES[v].into();
        w.timezone = ["Asia/Pontianak", "Asia/Makassar", "Asia/Pontianak"][v].into();
        w.updated_at = instant(at);
        w.extra = extra(x);
        w
    })
}

/// Top-level unknown keys: names and values from small pools, so that two
/// plans may share a name with different values.
fn top_extra() -> impl Strategy<Value = Map<String, Value>> {
    prop::collection::btree_map(0..3usize, 0..2usize, 0..3).prop_map(|m| {
        m.into_iter()
            .map(|(k, v)| (format!("x_top{k}"), json!(v)))
            .collect()
    })
}

prop_compose! {
    fn plan()(
        workspace in workspace(),
        members in records::<MemberData>(),
        pillars in records::<PillarData>(),
        posts in records::<PostData>(),
        ideas in records::<IdeaData>(),
        coverage in records::<CoverageData>(),
        special_days in records::<SpecialDayData>(),
        slots in records::<SlotData>(),
        extra in top_extra(),
        (at, by) in (0..3usize, prop::option::of("[A-Z][a-z]{0,3}")),
    ) -> Plan {
        let mut plan = Plan::new(workspace, instant(at));
        plan.exported_by = by;
        plan.members = members;
        plan.pillars = pillars;
        plan.posts = posts;
        plan.ideas = ideas;
        plan.coverage = coverage;
        plan.special_days = special_days;
        plan.slots = slots;
        plan.extra = extra;
        plan
    }
}

/// What commutativity can promise: records, workspace, and which unknown
/// top-level names there are (not the file's envelope, not local's values).
fn shared_part(plan: &Plan) -> Plan {
    let mut p = plan.clone();
    p.exported_at = Timestamp::EPOCH;
    p.exported_by = None;
    for value in p.extra.values_mut() {
        *value = Value::Null;
    }
    p
}

fn sorted(plan: &Plan) -> Plan {
    let mut p = plan.clone();
    p.sort_records();
    p
}

/// `local` with `changes` written over it, as the storage layer does.
fn apply(local: &Plan, c: &Changes) -> Plan {
    fn write<T: RecordData>(records: &mut Vec<Record<T>>, changed: &[Record<T>]) {
        for r in changed {
            upsert(records, r.clone());
        }
    }
    let mut p = local.clone();
    if let Some(w) = &c.workspace {
        p.workspace = w.clone();
    }
    write(&mut p.members, &c.members);
    write(&mut p.pillars, &c.pillars);
    write(&mut p.posts, &c.posts);
    write(&mut p.ideas, &c.ideas);
    write(&mut p.coverage, &c.coverage);
    write(&mut p.special_days, &c.special_days);
    write(&mut p.slots, &c.slots);
    p.sort_records();
    p
}

fn live_count(plan: &Plan, kind: RecordKind) -> usize {
    fn live<T: RecordData>(records: &[Record<T>]) -> usize {
        records.iter().filter(|r| r.is_live()).count()
    }
    match kind {
        RecordKind::Member => live(&plan.members),
        RecordKind::Pillar => live(&plan.pillars),
        RecordKind::Post => live(&plan.posts),
        RecordKind::Idea => live(&plan.ideas),
        RecordKind::Coverage => live(&plan.coverage),
        RecordKind::SpecialDay => live(&plan.special_days),
        RecordKind::Slot => live(&plan.slots),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn merge_is_commutative(a in plan(), b in plan()) {
        let ab = merge_plans(&a, &b);
        let ba = merge_plans(&b, &a);
        prop_assert_eq!(shared_part(&ab), shared_part(&ba));
        // Where the two plans do not both name a key, even values agree.
        if a.extra.keys().all(|k| !b.extra.contains_key(k)) {
            prop_assert_eq!(ab.extra, ba.extra);
        }
    }

    #[test]
    fn merge_is_associative(a in plan(), b in plan(), c in plan()) {
        let left = merge_plans(&merge_plans(&a, &b), &c);
        let right = merge_plans(&a, &merge_plans(&b, &c));
        prop_assert_eq!(left, right);
    }

    #[test]
    fn merge_is_idempotent(a in plan(), b in plan()) {
        prop_assert_eq!(merge_plans(&a, &a), sorted(&a));
        let ab = merge_plans(&a, &b);
        prop_assert_eq!(merge_plans(&ab, &b), ab.clone());
        prop_assert_eq!(merge_plans(&ab, &a), ab.clone());
        prop_assert!(changes(&ab, &b).is_empty());
    }

    #[test]
    fn changes_turn_local_into_the_merge(local in plan(), incoming in plan()) {
        let merged = merge_plans(&local, &incoming);
        let c = changes(&local, &incoming);
        let mut applied = apply(&local, &c);
        // Unknown top-level keys are the caller's to store (see `Changes`).
        applied.extra = merged.extra.clone();
        prop_assert_eq!(&applied, &merged);
        // Nothing is written that is already stored.
        if let Some(w) = &c.workspace {
            prop_assert_ne!(w, &local.workspace);
        }
        for post in &c.posts {
            prop_assert!(!local.posts.contains(post));
        }
        prop_assert_eq!(c.is_empty(), sorted(&local) == shared_with(&merged, &local));
    }

    #[test]
    fn preview_counts_every_incoming_id_once(local in plan(), incoming in plan()) {
        let p = preview(&local, &incoming);
        let merged = merge_plans(&local, &incoming);
        let kinds: Vec<RecordKind> = p.kinds.iter().map(|(k, _)| *k).collect();
        prop_assert_eq!(kinds, RecordKind::ALL.to_vec());
        for (kind, counts) in &p.kinds {
            let mut ids = incoming.ids(*kind);
            ids.sort();
            ids.dedup();
            prop_assert_eq!(counts.total(), ids.len());
            // added − deleted is how many more records are shown.
            let before = live_count(&local, *kind) as isize;
            let after = live_count(&merged, *kind) as isize;
            prop_assert_eq!(after - before, counts.added as isize - counts.deleted as isize);
        }
        prop_assert_eq!(p.workspace_updated, changes(&local, &incoming).workspace.is_some());
    }
}

/// `merged` with `local`'s unknown top-level keys, envelope included, so
/// that it equals `local` exactly when the merge changed no record and no
/// workspace.
fn shared_with(merged: &Plan, local: &Plan) -> Plan {
    let mut m = merged.clone();
    m.extra = local.extra.clone();
    m
}
