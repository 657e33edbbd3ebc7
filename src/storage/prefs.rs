//! Small per-device preferences in localStorage (through `gloo-storage`).
//!
//! Preferences are conveniences: when localStorage is blocked they fall back
//! to defaults silently instead of stopping the app.

use gloo_storage::{LocalStorage, Storage};

const LANGUAGE: &str = "siar.language";
const LAST_PAGE: &str = "siar.last_page";

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
