//! Merging plans record by record, as the plan format specifies (Import
//! rules 2–5 of `shared/spec/plan-format.md`).
//!
//! Every record is identified by its kind and id. Where both sides have a
//! record, one version wins whole: the later `updated_at`, and on a tie the
//! greater canonical JSON. That order is total on distinct records, so the
//! merge is commutative, associative and idempotent: colleagues who import
//! each other's files in any order end with the same plan. The workspace
//! merges by the same rule, whatever its id (a fresh install's `workspace`
//! gives way to a colleague's edited settings).
//!
//! [`preview`] says what an import would do, per kind, and [`changes`]
//! lists exactly what the storage layer must write to get there.

mod changes;
mod preview;

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::Value;

use crate::domain::id::Id;
use crate::domain::plan::Plan;
use crate::domain::record::{Record, RecordData};
use crate::domain::time::Timestamp;
use crate::domain::workspace::Workspace;

pub use changes::{changes, Changes};
pub use preview::{preview, KindCounts, MergePreview};

/// Canonical JSON of any serialisable value: object keys sorted by their
/// UTF-8 bytes at every depth, no spaces, strings escaped as `serde_json`
/// escapes them.
///
/// The sorting is done here rather than left to `serde_json::Map`, whose
/// order depends on a cargo feature (`preserve_order`) that any crate in
/// the build may switch on.
pub fn canonical_json<T: Serialize>(value: &T) -> String {
    // Siar's types serialise to JSON without fail: every map key is a
    // string and no float is NaN, since all of them came from JSON.
    let value = serde_json::to_value(value).expect("plan values always serialise to JSON");
    let mut out = String::new();
    write_canonical(&value, &mut out);
    out
}

fn write_canonical(value: &Value, out: &mut String) {
    match value {
        Value::Object(map) => {
            let mut entries: Vec<(&String, &Value)> = map.iter().collect();
            entries.sort_unstable_by(|a, b| a.0.cmp(b.0));
            out.push('{');
            for (i, (key, value)) in entries.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&Value::String(key.clone()).to_string());
                out.push(':');
                write_canonical(value, out);
            }
            out.push('}');
        }
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_canonical(item, out);
            }
            out.push(']');
        }
        // Scalars: `Display` of a `Value` is compact JSON.
        scalar => out.push_str(&scalar.to_string()),
    }
}

/// Whether `incoming` beats `local`, two versions of one value: the later
/// `updated_at`, or on a tie the greater canonical JSON. Equal versions do
/// not win, so nothing is rewritten for them.
fn newer<T: Serialize + PartialEq>(
    incoming: &T,
    incoming_at: Timestamp,
    local: &T,
    local_at: Timestamp,
) -> bool {
    match incoming_at.cmp(&local_at) {
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Less => false,
        // Importing the same file twice makes every pair a tie, so skip
        // the JSON when the values are plainly equal.
        std::cmp::Ordering::Equal => {
            incoming != local && canonical_json(incoming) > canonical_json(local)
        }
    }
}

/// Which of two versions of the same record wins (spec Import rule 3):
/// `true` if `incoming` replaces `local`.
///
/// The later `updated_at` wins; on a tie the greater canonical JSON
/// ([`canonical_json`], compared byte by byte) wins; equal records do not
/// replace each other.
pub fn wins<T: RecordData>(incoming: &Record<T>, local: &Record<T>) -> bool {
    newer(incoming, incoming.updated_at, local, local.updated_at)
}

/// Whether the `incoming` workspace settings replace `local` ones, by the
/// same rule as [`wins`] (spec Import rule 4). Ids are not compared: a plan
/// has exactly one workspace.
pub fn workspace_wins(incoming: &Workspace, local: &Workspace) -> bool {
    newer(incoming, incoming.updated_at, local, local.updated_at)
}

/// One version per id, the winner among all of them, in id order.
///
/// A valid plan has no repeated id within a kind, but folding duplicates by
/// the same rule keeps the merge's laws even for one that does.
fn by_id<'a, T: RecordData>(
    records: impl IntoIterator<Item = &'a Record<T>>,
) -> BTreeMap<&'a Id, &'a Record<T>> {
    let mut map: BTreeMap<&Id, &Record<T>> = BTreeMap::new();
    for record in records {
        match map.get(&record.id) {
            Some(held) if !wins(record, held) => {}
            _ => {
                map.insert(&record.id, record);
            }
        }
    }
    map
}

/// The records of one kind merged by id, in id order.
fn merge_records<T: RecordData>(local: &[Record<T>], incoming: &[Record<T>]) -> Vec<Record<T>> {
    by_id(local.iter().chain(incoming))
        .into_values()
        .cloned()
        .collect()
}

/// `local` with `incoming` merged in (spec Import rules 3 and 4).
///
/// - Records of every kind merge by id ([`wins`]); the result holds each
///   kind's records in id order, tombstones included.
/// - The workspace merges by the same rule ([`workspace_wins`]).
/// - Unknown top-level keys: local's are kept as they are, and incoming's
///   are added where local has none of that name. (This is the one part
///   that is not commutative: on a name both sides use, local's value stays.)
/// - `format`, `version`, `exported_at` and `exported_by` are local's: they
///   describe a file, not the plan.
pub fn merge_plans(local: &Plan, incoming: &Plan) -> Plan {
    let workspace = if workspace_wins(&incoming.workspace, &local.workspace) {
        &incoming.workspace
    } else {
        &local.workspace
    };
    let mut extra = local.extra.clone();
    for (key, value) in &incoming.extra {
        if !extra.contains_key(key) {
            extra.insert(key.clone(), value.clone());
        }
    }
    Plan {
        format: local.format.clone(),
        version: local.version,
        exported_at: local.exported_at,
        exported_by: local.exported_by.clone(),
        workspace: workspace.clone(),
        members: merge_records(&local.members, &incoming.members),
        pillars: merge_records(&local.pillars, &incoming.pillars),
        posts: merge_records(&local.posts, &incoming.posts),
        ideas: merge_records(&local.ideas, &incoming.ideas),
        coverage: merge_records(&local.coverage, &incoming.coverage),
        special_days: merge_records(&local.special_days, &incoming.special_days),
        slots: merge_records(&local.slots, &incoming.slots),
        extra,
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod proptests;
