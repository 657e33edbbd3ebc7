//! The two JSON passes: a cheap one that counts records without building
//! values, then the one that builds a `serde_json::Value`, refusing keys
//! repeated within an object.

use std::fmt;

use serde::de::{
    self, DeserializeSeed, Deserializer as _, IgnoredAny, MapAccess, SeqAccess, Visitor,
};
use serde_json::{Map, Number, Value};

use super::ImportError;
use crate::domain::record::RecordKind;

/// Checks that `bytes` are one JSON object and counts the elements of its
/// record arrays (`members` … `slots`) without keeping any of them.
///
/// Errors are `NotJson` (invalid UTF-8, syntax, truncation, trailing text)
/// or `NotAPlan` (valid JSON that is not an object).
pub(super) fn count_records(bytes: &[u8]) -> Result<usize, ImportError> {
    if let Err(e) = std::str::from_utf8(bytes) {
        return Err(not_utf8(bytes, e.valid_up_to()));
    }
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let top = (&mut de)
        .deserialize_any(TopLevel)
        .map_err(|e| not_json(&e))?;
    de.end().map_err(|e| not_json(&e))?;
    top.ok_or(ImportError::NotAPlan)
}

/// Parses `bytes` (already counted, so known to be JSON) into a value.
///
/// Unlike `serde_json::from_slice`, a key repeated within an object is an
/// error (at its position): serde_json's `Value` would keep the last one
/// silently, while the domain's serde types refuse a repeated field, and
/// another reader might keep the first.
pub(super) fn to_value(bytes: &[u8]) -> Result<Value, ImportError> {
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let value = UniqueKeys.deserialize(&mut de).map_err(|e| not_json(&e))?;
    de.end().map_err(|e| not_json(&e))?;
    Ok(value)
}

/// Where serde_json stopped (it says line 0 when it does not know).
fn not_json(e: &serde_json::Error) -> ImportError {
    ImportError::NotJson {
        line: e.line(),
        column: e.column(),
    }
}

/// The line and column of the first byte that is not UTF-8, counted as
/// serde_json counts them (1-based lines, 1-based byte columns).
fn not_utf8(bytes: &[u8], valid_up_to: usize) -> ImportError {
    let before = &bytes[..valid_up_to];
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    ImportError::NotJson {
        line: 1 + before.iter().filter(|&&b| b == b'\n').count(),
        column: valid_up_to - line_start + 1,
    }
}

/// The top level: an object yields `Some(record count)`, anything else
/// `None` once it has been read to the end (so that syntax errors inside
/// it are still found).
struct TopLevel;

impl<'de> Visitor<'de> for TopLevel {
    type Value = Option<usize>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut count = 0usize;
        while let Some(key) = map.next_key::<String>()? {
            if RecordKind::from_plan_key(&key).is_some() {
                count = count.saturating_add(map.next_value_seed(CountElements)?);
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(Some(count))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(None)
    }

    fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_i64<E>(self, _: i64) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_u64<E>(self, _: u64) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_str<E>(self, _: &str) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
}

/// A record array's length, its elements skipped unbuilt. Anything that is
/// not an array counts 0 here and is reported by the validator later.
struct CountElements;

impl<'de> DeserializeSeed<'de> for CountElements {
    type Value = usize;

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<usize, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for CountElements {
    type Value = usize;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<usize, A::Error> {
        let mut n = 0usize;
        while seq.next_element::<IgnoredAny>()?.is_some() {
            n += 1;
        }
        Ok(n)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<usize, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(0)
    }

    fn visit_bool<E>(self, _: bool) -> Result<usize, E> {
        Ok(0)
    }

    fn visit_i64<E>(self, _: i64) -> Result<usize, E> {
        Ok(0)
    }

    fn visit_u64<E>(self, _: u64) -> Result<usize, E> {
        Ok(0)
    }

    fn visit_f64<E>(self, _: f64) -> Result<usize, E> {
        Ok(0)
    }

    fn visit_str<E>(self, _: &str) -> Result<usize, E> {
        Ok(0)
    }

    fn visit_unit<E>(self) -> Result<usize, E> {
        Ok(0)
    }
}

/// Builds a `Value` exactly as serde_json's own `Deserialize` does, but
/// fails on a key repeated within one object.
///
/// Recursion is bounded by serde_json's nesting limit (128), which turns a
/// hostile file of deeply nested arrays into an error, not a stack overflow.
struct UniqueKeys;

impl<'de> DeserializeSeed<'de> for UniqueKeys {
    type Value = Value;

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for UniqueKeys {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        // What serde_json's Value does; its parser never yields NaN or ∞.
        Ok(Number::from_f64(v).map_or(Value::Null, Value::Number))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0));
        while let Some(item) = seq.next_element_seed(UniqueKeys)? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut object = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            let value = map.next_value_seed(UniqueKeys)?;
            if object.contains_key(&key) {
                return Err(de::Error::custom(format_args!(
                    "the key {key:?} appears twice in one object"
                )));
            }
            object.insert(key, value);
        }
        Ok(Value::Object(object))
    }
}
