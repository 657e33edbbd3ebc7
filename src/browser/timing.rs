//! Performance marks for the benchmark (`scripts/bench.sh`): the moments
//! a person would notice, written to the browser's performance timeline
//! where the benchmark reads them. Marks cost microseconds and are kept in
//! production, so that what is measured is what ships.

use std::cell::Cell;

use wasm_bindgen::prelude::*;

/// The calendar month is on screen with the stored posts (once per load).
pub const MONTH_PAINTED: &str = "siar:month-painted";
/// A plan file was chosen or dropped.
pub const IMPORT_CHOSEN: &str = "siar:import-chosen";
/// The import preview is on screen.
pub const IMPORT_PREVIEW: &str = "siar:import-preview";
/// "Terapkan" was pressed.
pub const IMPORT_APPLY: &str = "siar:import-apply";
/// The import is stored and shown.
pub const IMPORT_APPLIED: &str = "siar:import-applied";
/// The evaluation indicators of one period (a measure, with its start).
pub const INDICATORS: &str = "siar:indicators";

fn performance() -> Option<web_sys::Performance> {
    web_sys::window()?.performance()
}

/// Sets a mark now.
pub fn mark(name: &str) {
    if let Some(p) = performance() {
        let _ = p.mark(name);
    }
}

/// Times `work` as the measure `name` (a mark `name-start` and a measure
/// from it to now).
pub fn measure<T>(name: &str, work: impl FnOnce() -> T) -> T {
    let start = format!("{name}-start");
    mark(&start);
    let out = work();
    if let Some(p) = performance() {
        let _ = p.measure_with_start_mark(name, &start);
    }
    out
}

/// Sets a mark once the next frame has been painted: a `setTimeout` after
/// the next animation frame runs after the browser drew that frame.
pub fn mark_after_paint(name: &'static str) {
    wasm_bindgen_futures::spawn_local(async move {
        after_paint().await;
        mark(name);
    });
}

thread_local! {
    static MONTH_PAINTED_SET: Cell<bool> = const { Cell::new(false) };
}

/// Marks [`MONTH_PAINTED`] after the next paint, the first time only.
pub fn month_painted_once() {
    if !MONTH_PAINTED_SET.with(|set| set.replace(true)) {
        mark_after_paint(MONTH_PAINTED);
    }
}

/// Resolves after the next frame has been painted (see [`mark_after_paint`]):
/// for work that must not hold up what is about to be shown.
pub async fn after_paint() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let Some(window) = web_sys::window() else {
            let _ = resolve.call0(&JsValue::NULL);
            return;
        };
        let after_frame = Closure::once_into_js(move || {
            if let Some(w) = web_sys::window() {
                let _ = w.set_timeout_with_callback(&resolve);
            }
        });
        let _ = window.request_animation_frame(after_frame.unchecked_ref());
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Resolves when the browser is next idle (`requestIdleCallback`, at most
/// `timeout_ms` later): for work nobody is waiting for.
pub async fn idle(timeout_ms: u32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let Some(window) = web_sys::window() else {
            let _ = resolve.call0(&JsValue::NULL);
            return;
        };
        let options = web_sys::IdleRequestOptions::new();
        options.set_timeout(timeout_ms);
        if window
            .request_idle_callback_with_options(&resolve, &options)
            .is_err()
        {
            let _ = window.set_timeout_with_callback(&resolve);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
