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
