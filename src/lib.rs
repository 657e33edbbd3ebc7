//! Siar: an offline-first content planner for a regency communications office.
//!
//! The crate is layered (see `ARCHITECTURE.md`): `domain` and `route` are
//! plain Rust, tested natively; `storage`, `i18n` and `ui` run only in the
//! browser and stay thin.

pub mod domain;
pub mod route;

#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(target_arch = "wasm32")]
pub mod i18n;
#[cfg(target_arch = "wasm32")]
pub mod storage;
#[cfg(target_arch = "wasm32")]
pub mod ui;

/// Mounts the app on the page: the entry point of the browser build.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    console_error_panic_hook::set_once();
    browser::panic::set_hook();
    leptos::mount::mount_to_body(ui::App);
}
