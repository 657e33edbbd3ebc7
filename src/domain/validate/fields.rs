//! Walking a JSON object key by key: is the key there, is its value of the
//! right JSON type, does it pass its rule. Every failure becomes a
//! [`Problem`] with the key's path.

use serde_json::{Map, Value};

use super::{Expected, ImportError, Problem, ProblemKind, MAX_PROBLEMS};

/// The problems found so far: the first [`MAX_PROBLEMS`] kept, all counted.
#[derive(Debug, Default)]
pub(super) struct Problems {
    kept: Vec<Problem>,
    total: usize,
}

impl Problems {
    /// Records a problem at `path`.
    pub(super) fn push(&mut self, path: String, kind: ProblemKind) {
        self.total += 1;
        if self.kept.len() < MAX_PROBLEMS {
            self.kept.push(Problem { path, kind });
        }
    }

    /// `Invalid` if any problem was found.
    pub(super) fn into_error(self) -> Option<ImportError> {
        (self.total > 0).then_some(ImportError::Invalid {
            problems: self.kept,
            total: self.total,
        })
    }
}

/// Whether a key must be there and what `null` means for it, following
/// the domain's serde types.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Presence {
    /// Must be there and not `null`.
    Required,
    /// May be missing (serde `default`), but `null` is a wrong type.
    Defaulted,
    /// May be missing or `null` (an `Option`).
    Nullable,
}

/// The JSON types a key can take.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum JsonType {
    Str,
    Int,
    Bool,
    Obj,
    Arr,
}

impl JsonType {
    fn matches(self, value: &Value) -> bool {
        match self {
            JsonType::Str => value.is_string(),
            // An integer as serde_json reads one: no fraction, no exponent,
            // within i64 or u64.
            JsonType::Int => value.is_i64() || value.is_u64(),
            JsonType::Bool => value.is_boolean(),
            JsonType::Obj => value.is_object(),
            JsonType::Arr => value.is_array(),
        }
    }

    fn expected(self, presence: Presence) -> Expected {
        let nullable = presence == Presence::Nullable;
        match self {
            JsonType::Str if nullable => Expected::StringOrNull,
            JsonType::Int if nullable => Expected::IntegerOrNull,
            JsonType::Obj if nullable => Expected::ObjectOrNull,
            JsonType::Str => Expected::String,
            JsonType::Int => Expected::Integer,
            JsonType::Bool => Expected::Boolean,
            JsonType::Obj => Expected::Object,
            JsonType::Arr => Expected::Array,
        }
    }
}

/// `base.key`, or `base["key"]` for a key that is not a plain word, so
/// that a path can always be read back unambiguously.
pub(super) fn join(base: &str, key: &str) -> String {
    let plain = !key.is_empty()
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    match (plain, base.is_empty()) {
        (true, true) => key.to_owned(),
        (true, false) => format!("{base}.{key}"),
        // A string always serialises.
        (false, _) => format!("{base}[{}]", serde_json::Value::from(key)),
    }
}

/// `base[index]`.
pub(super) fn index(base: &str, index: usize) -> String {
    format!("{base}[{index}]")
}

/// A rule for a string value: `Some` problem if it breaks it.
pub(super) type Rule<'r> = &'r dyn Fn(&str) -> Option<ProblemKind>;

/// One JSON object being checked, with its path and the problem list.
pub(super) struct Obj<'a, 'p> {
    map: &'a Map<String, Value>,
    path: String,
    out: &'p mut Problems,
}

impl<'a, 'p> Obj<'a, 'p> {
    /// The object `map` at `path`.
    pub(super) fn new(map: &'a Map<String, Value>, path: String, out: &'p mut Problems) -> Self {
        Obj { map, path, out }
    }

    /// The path of `key` in this object.
    pub(super) fn at(&self, key: &str) -> String {
        join(&self.path, key)
    }

    /// Whether the object has `key`, whatever its value.
    pub(super) fn has(&self, key: &str) -> bool {
        self.map.contains_key(key)
    }

    /// Records a problem at `key`.
    pub(super) fn problem(&mut self, key: &str, kind: ProblemKind) {
        let path = self.at(key);
        self.out.push(path, kind);
    }

    /// The value of `key` if it is there, not an allowed `null`, and of
    /// type `ty`; otherwise reports `Missing` or `WrongType` as `presence`
    /// says and gives `None`.
    fn get(&mut self, key: &str, presence: Presence, ty: JsonType) -> Option<&'a Value> {
        match self.map.get(key) {
            None if presence == Presence::Required => {
                self.problem(key, ProblemKind::Missing);
                None
            }
            None => None,
            Some(Value::Null) if presence == Presence::Nullable => None,
            Some(value) if ty.matches(value) => Some(value),
            Some(_) => {
                let expected = ty.expected(presence);
                self.problem(key, ProblemKind::WrongType { expected });
                None
            }
        }
    }

    /// Checks a string key against `rule`; gives the string only if it is
    /// there and passes.
    pub(super) fn string(&mut self, key: &str, presence: Presence, rule: Rule) -> Option<&'a str> {
        let s = self.get(key, presence, JsonType::Str)?.as_str()?;
        match rule(s) {
            Some(kind) => {
                self.problem(key, kind);
                None
            }
            None => Some(s),
        }
    }

    /// Checks an integer key is within `min..=max`.
    pub(super) fn integer(&mut self, key: &str, presence: Presence, min: i64, max: i64) {
        let Some(value) = self.get(key, presence, JsonType::Int) else {
            return;
        };
        // A u64 above i64::MAX is above every max.
        let in_range = value.as_i64().is_some_and(|n| (min..=max).contains(&n));
        if !in_range {
            self.problem(key, ProblemKind::OutOfRange { min, max });
        }
    }

    /// Checks a boolean key.
    pub(super) fn boolean(&mut self, key: &str, presence: Presence) {
        self.get(key, presence, JsonType::Bool);
    }

    /// Checks an object key and, if it is one, its contents with `check`.
    pub(super) fn object(&mut self, key: &str, presence: Presence, check: impl FnOnce(&mut Obj)) {
        if let Some(Value::Object(map)) = self.get(key, presence, JsonType::Obj) {
            let path = self.at(key);
            check(&mut Obj::new(map, path, self.out));
        }
    }

    /// Checks an array key (missing means empty) and gives its elements.
    pub(super) fn array(&mut self, key: &str) -> Option<&'a [Value]> {
        match self.get(key, Presence::Defaulted, JsonType::Arr)? {
            Value::Array(items) => Some(items),
            _ => None,
        }
    }

    /// Checks an array of strings (missing means empty), each against
    /// `rule`, at `key[i]`.
    pub(super) fn strings(&mut self, key: &str, rule: Rule) {
        if let Some(items) = self.array(key) {
            self.each_string(key, items, rule);
        }
    }

    /// Checks the elements of the array `items` at `key` are strings that
    /// pass `rule`.
    pub(super) fn each_string(&mut self, key: &str, items: &[Value], rule: Rule) {
        let base = self.at(key);
        for (i, item) in items.iter().enumerate() {
            let kind = match item.as_str() {
                Some(s) => rule(s),
                None => Some(ProblemKind::WrongType {
                    expected: Expected::String,
                }),
            };
            if let Some(kind) = kind {
                self.out.push(index(&base, i), kind);
            }
        }
    }

    /// Checks an array of objects (missing means empty), each with `check`.
    pub(super) fn objects(&mut self, key: &str, mut check: impl FnMut(&mut Obj<'a, '_>)) {
        let Some(items) = self.array(key) else {
            return;
        };
        let base = self.at(key);
        for (i, item) in items.iter().enumerate() {
            check_object(item, index(&base, i), self.out, &mut check);
        }
    }

    /// Checks an object of non-negative integers with any keys (missing
    /// means empty), such as `followers`.
    pub(super) fn counts(&mut self, key: &str) {
        if let Some(Value::Object(map)) = self.get(key, Presence::Defaulted, JsonType::Obj) {
            let path = self.at(key);
            let mut inner = Obj::new(map, path, self.out);
            for name in map.keys() {
                inner.integer(name, Presence::Required, 0, i64::MAX);
            }
        }
    }
}

/// Checks that `value` at `path` is an object and its contents with
/// `check`; reports `WrongType` otherwise.
pub(super) fn check_object<'a>(
    value: &'a Value,
    path: String,
    out: &mut Problems,
    check: impl FnOnce(&mut Obj<'a, '_>),
) {
    match value {
        Value::Object(map) => check(&mut Obj::new(map, path, out)),
        _ => out.push(
            path,
            ProblemKind::WrongType {
                expected: Expected::Object,
            },
        ),
    }
}
