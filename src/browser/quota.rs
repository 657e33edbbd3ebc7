//! How much the browser lets Siar store, and asking it not to evict the
//! data.
//!
//! Photos are what fills the quota, so the UI checks before storing one
//! and can tell the person how much room is left, instead of failing
//! halfway through an upload of a whole event.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{StorageEstimate, StorageManager};

/// What the origin uses and may use, in bytes, as the browser reports it
/// (an estimate: browsers round and pad it so that sites cannot fingerprint
/// the disk).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Estimate {
    pub usage: u64,
    pub quota: u64,
}

/// `navigator.storage`, when the browser has it (not on plain-HTTP pages,
/// nor in old browsers); looked up by hand because web-sys assumes it is
/// always there.
fn storage_manager() -> Option<StorageManager> {
    let navigator = web_sys::window()?.navigator();
    let storage = js_sys::Reflect::get(&navigator, &"storage".into()).ok()?;
    if storage.is_undefined() || storage.is_null() {
        return None;
    }
    Some(storage.unchecked_into())
}

/// The browser's estimate of usage and quota; `None` when it cannot say.
pub async fn estimate() -> Option<Estimate> {
    let promise = storage_manager()?.estimate().ok()?;
    let value: StorageEstimate = JsFuture::from(promise).await.ok()?.unchecked_into();
    Some(Estimate {
        usage: value.get_usage().unwrap_or(0.0) as u64,
        quota: value.get_quota()? as u64,
    })
}

/// Asks the browser to keep Siar's data even when the disk runs low
/// (otherwise it may evict a site not used for a while, plan and photos
/// with it). Chromium decides without asking (installed app, bookmarked,
/// often used), Firefox asks the person; `false` when refused or
/// unsupported.
pub async fn persist() -> bool {
    let Some(promise) = storage_manager().and_then(|m| m.persist().ok()) else {
        return false;
    };
    JsFuture::from(promise)
        .await
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}

/// Whether `extra_bytes` more fit in the quota with 5 % of it kept free.
/// The margin covers the estimate's rounding and what IndexedDB adds around
/// each blob, so a write that "fits" does not fail with a full quota.
pub fn fits(estimate: &Estimate, extra_bytes: u64) -> bool {
    let usable = estimate.quota - estimate.quota / 20;
    estimate.usage.saturating_add(extra_bytes) <= usable
}
