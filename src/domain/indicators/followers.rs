//! Followers per platform per month: the workspace extra field
//! `followers_by_month` = `{"2026-12": {"instagram": 12850, …}}`, with
//! `workspace.followers` as the fallback for a month or platform it does
//! not name. Read leniently: a malformed entry is ignored.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use crate::domain::platform::Platform;
use crate::domain::workspace::Workspace;

/// The extra field's name.
pub const FOLLOWERS_BY_MONTH: &str = "followers_by_month";

/// Every month's followers as stored (`YYYY-MM` → platform → count).
pub fn followers_by_month(ws: &Workspace) -> BTreeMap<String, BTreeMap<String, u64>> {
    let mut out = BTreeMap::new();
    if let Some(Value::Object(months)) = ws.extra.get(FOLLOWERS_BY_MONTH) {
        for (month, counts) in months {
            if let Value::Object(counts) = counts {
                let counts: BTreeMap<String, u64> = counts
                    .iter()
                    .filter_map(|(k, v)| Some((k.clone(), v.as_u64()?)))
                    .collect();
                out.insert(month.clone(), counts);
            }
        }
    }
    out
}

/// The followers of `platform` in `month` (`YYYY-MM`), else the
/// workspace's general figure, else `None`.
pub fn followers(ws: &Workspace, month: &str, platform: Platform) -> Option<u64> {
    ws.extra
        .get(FOLLOWERS_BY_MONTH)
        .and_then(|m| m.get(month))
        .and_then(|m| m.get(platform.key()))
        .and_then(Value::as_u64)
        .or_else(|| ws.followers.get(platform.key()).copied())
}

/// Sets the followers of `month`: one count per platform; `None` removes
/// the platform from that month (so it falls back again). A month left
/// empty is removed.
pub fn set_followers_for_month(
    ws: &mut Workspace,
    month: &str,
    counts: &[(Platform, Option<u64>)],
) {
    let mut months = match ws.extra.remove(FOLLOWERS_BY_MONTH) {
        Some(Value::Object(m)) => m,
        _ => Map::new(),
    };
    let mut entry = match months.remove(month) {
        Some(Value::Object(m)) => m,
        _ => Map::new(),
    };
    for (platform, count) in counts {
        match count {
            Some(n) => {
                entry.insert(platform.key().to_owned(), Value::from(*n));
            }
            None => {
                entry.remove(platform.key());
            }
        }
    }
    if !entry.is_empty() {
        months.insert(month.to_owned(), Value::Object(entry));
    }
    if !months.is_empty() {
        ws.extra
            .insert(FOLLOWERS_BY_MONTH.to_owned(), Value::Object(months));
    }
}
