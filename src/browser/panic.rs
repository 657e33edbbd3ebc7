//! What a panic leaves behind. The release build aborts on panic, which
//! kills the wasm instance: every later call into it traps, and the page
//! stops answering. This hook runs first, while the instance is still
//! alive, and hands over to the plain-JavaScript recovery screen
//! (`public/recovery.js`), which works without the app: it explains what
//! happened and offers a backup read straight from IndexedDB and a reload.

use wasm_bindgen::JsValue;

/// The event the recovery screen listens for on `window`; its `detail` is
/// the panic message.
pub const PANIC_EVENT: &str = "siar-panic";

/// Chains a hook after the one already set (`console_error_panic_hook`,
/// which logs the message and stack to the console): on any panic it also
/// dispatches [`PANIC_EVENT`] on `window`.
pub fn set_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        previous(info);
        announce(&info.to_string());
    }));
}

/// Dispatches [`PANIC_EVENT`] with `message`. Listeners run synchronously,
/// before the abort, so the screen is up even though nothing in Rust runs
/// afterwards. Failures are ignored: a hook must not panic.
fn announce(message: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let init = web_sys::CustomEventInit::new();
    init.set_detail(&JsValue::from_str(message));
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(PANIC_EVENT, &init) {
        let _ = window.dispatch_event(&event);
    }
}
