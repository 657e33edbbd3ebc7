//! The file as a whole: the envelope (`format`, `version`), the top-level
//! keys and record arrays, and the final conversion to a [`Plan`].

use std::collections::HashSet;

use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::Value;

use crate::domain::coverage::Coverage;
use crate::domain::idea::Idea;
use crate::domain::member::Member;
use crate::domain::pillar::Pillar;
use crate::domain::plan::{Plan, FORMAT, VERSION};
use crate::domain::post::Post;
use crate::domain::record::RecordKind;
use crate::domain::slot::Slot;
use crate::domain::special_day::SpecialDay;
use crate::domain::workspace::Workspace;

use super::fields::{Obj, Presence, Problems};
use super::{records, rules, Expected, ImportError, Problem, ProblemKind};

/// Checks every rule of the spec on a parsed file.
///
/// A file without `format`, or that is not an object, is `NotAPlan`; a
/// wrong `format` is the only problem reported (the rest of a file of some
/// other format would only list noise); an integer `version` above 1 is
/// `NewerVersion`, whatever else is wrong. Otherwise every problem is
/// collected.
pub(super) fn check(value: &Value) -> Result<(), ImportError> {
    let Value::Object(root) = value else {
        return Err(ImportError::NotAPlan);
    };
    let format_problem = match root.get("format") {
        None => return Err(ImportError::NotAPlan),
        Some(Value::String(s)) if s == FORMAT => None,
        Some(Value::String(s)) => Some(ProblemKind::NotOneOf {
            value: rules::shown(s),
            allowed: vec![FORMAT],
        }),
        Some(_) => Some(ProblemKind::WrongType {
            expected: Expected::String,
        }),
    };
    if let Some(kind) = format_problem {
        let problems = vec![Problem {
            path: "format".to_owned(),
            kind,
        }];
        return Err(ImportError::Invalid { problems, total: 1 });
    }
    if let Some(version) = root.get("version").and_then(Value::as_u64) {
        if version > u64::from(VERSION) {
            return Err(ImportError::NewerVersion { version });
        }
    }

    let mut out = Problems::default();
    let mut o = Obj::new(root, String::new(), &mut out);
    // Above 1 was handled; this reports a missing, non-integer or
    // non-positive version.
    o.integer("version", Presence::Required, 1, i64::MAX);
    o.string("exported_at", Presence::Required, &rules::timestamp);
    o.string("exported_by", Presence::Nullable, &rules::other_text);
    o.object("workspace", Presence::Required, records::workspace);
    for kind in RecordKind::ALL {
        let mut seen = HashSet::new();
        o.objects(kind.plan_key(), |r| records::record(kind, r, &mut seen));
    }
    out.into_error().map_or(Ok(()), Err)
}

/// Converts a checked file to a [`Plan`].
///
/// Once [`check`] has passed this cannot fail unless a rule is missing
/// from the validator. Should it, the file is still refused, not imported
/// half-read and not a panic: with one problem at the first record serde
/// cannot read, and serde's message.
pub(super) fn convert(value: &Value) -> Result<Plan, ImportError> {
    Plan::deserialize(value).map_err(|e| {
        let problems = vec![Problem {
            path: locate_unreadable(value),
            kind: ProblemKind::NotReadable {
                message: e.to_string(),
            },
        }];
        ImportError::Invalid { problems, total: 1 }
    })
}

/// The path of the first part of `value` that serde cannot read: the
/// workspace, a record, or else the top level (an empty path). serde_json
/// reports no paths itself, so each part is tried on its own.
fn locate_unreadable(value: &Value) -> String {
    fn reads<T: DeserializeOwned>(value: &Value) -> bool {
        T::deserialize(value).is_ok()
    }
    if let Some(workspace) = value.get("workspace") {
        if !reads::<Workspace>(workspace) {
            return "workspace".to_owned();
        }
    }
    for kind in RecordKind::ALL {
        let key = kind.plan_key();
        let Some(Value::Array(items)) = value.get(key) else {
            continue;
        };
        let reader: fn(&Value) -> bool = match kind {
            RecordKind::Member => reads::<Member>,
            RecordKind::Pillar => reads::<Pillar>,
            RecordKind::Post => reads::<Post>,
            RecordKind::Idea => reads::<Idea>,
            RecordKind::Coverage => reads::<Coverage>,
            RecordKind::SpecialDay => reads::<SpecialDay>,
            RecordKind::Slot => reads::<Slot>,
        };
        if let Some(i) = items.iter().position(|item| !reader(item)) {
            return format!("{key}[{i}]");
        }
    }
    String::new()
}
