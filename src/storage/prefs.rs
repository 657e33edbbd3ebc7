//! Small per-device preferences in localStorage (through `gloo-storage`).
//!
//! Preferences are conveniences: when localStorage is blocked they fall back
//! to defaults silently instead of stopping the app.

use gloo_storage::{LocalStorage, Storage};

const LANGUAGE: &str = "siar.language";
const LAST_PAGE: &str = "siar.last_page";
const ME: &str = "siar.me";

/// The language code chosen on this device (`"id"` or `"en"`), if any.
pub fn language() -> Option<String> {
    LocalStorage::get(LANGUAGE).ok()
}

/// Remembers the chosen language code.
pub fn set_language(code: &str) {
    let _ = LocalStorage::set(LANGUAGE, code);
}

/// The slug of the page last opened on this device, if any.
pub fn last_page() -> Option<String> {
    LocalStorage::get(LAST_PAGE).ok()
}

/// Remembers the page last opened.
pub fn set_last_page(slug: &str) {
    let _ = LocalStorage::set(LAST_PAGE, slug);
}

/// The id of the member who uses this device ("who am I"), if chosen.
pub fn me() -> Option<String> {
    LocalStorage::get(ME).ok()
}

/// Remembers who uses this device; `None` forgets it.
pub fn set_me(id: Option<&str>) {
    match id {
        Some(id) => {
            let _ = LocalStorage::set(ME, id);
        }
        None => LocalStorage::delete(ME),
    }
}

fn metrics_mapping_key(source: &str) -> String {
    format!("siar.metrics_mapping.{source}")
}

/// The CSV column mapping last used for `source` (e.g. `"meta"`), as
/// `(field key, header name)` pairs; empty if none.
pub fn metrics_mapping(source: &str) -> Vec<(String, String)> {
    LocalStorage::get(metrics_mapping_key(source)).unwrap_or_default()
}

/// Remembers the CSV column mapping for `source`.
pub fn set_metrics_mapping(source: &str, names: &[(String, String)]) {
    let _ = LocalStorage::set(metrics_mapping_key(source), names);
}

const LAST_BACKUP: &str = "siar.last_backup";

/// When a plan file was last downloaded on this device (a backup), as an
/// RFC 3339 timestamp, if ever.
pub fn last_backup() -> Option<crate::domain::time::Timestamp> {
    LocalStorage::get::<String>(LAST_BACKUP)
        .ok()
        .and_then(|s| crate::domain::time::Timestamp::parse(&s))
}

/// Remembers that a plan file was downloaded at `at`.
pub fn set_last_backup(at: crate::domain::time::Timestamp) {
    let _ = LocalStorage::set(LAST_BACKUP, at.to_rfc3339());
}
