//! "Versi baru tersedia — muat ulang": shown when the service worker
//! (`public/register-sw.js`) has a new version of the app waiting. The
//! person chooses when to reload, so nothing typed is lost to an update.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::*;

/// Calls a function the registration script put on `window`, if there.
fn call_window(name: &str) -> Option<wasm_bindgen::JsValue> {
    let window = web_sys::window()?;
    let f = js_sys::Reflect::get(&window, &name.into()).ok()?;
    f.dyn_ref::<js_sys::Function>()?.call0(&window).ok()
}

/// The update prompt.
#[component]
pub fn UpdatePrompt() -> impl IntoView {
    let i18n = use_i18n();
    // The script may have found the waiting version before the app started.
    let ready =
        RwSignal::new(call_window("siarUpdateWaiting").and_then(|v| v.as_bool()) == Some(true));
    let _ = window_event_listener(
        leptos::ev::Custom::<web_sys::Event>::new("siar-update-ready"),
        move |_| ready.set(true),
    );
    view! {
        <Show when=move || ready.get()>
            <div class="update-prompt" role="status" data-testid="update-prompt">
                <span>{t!(i18n, app.update_ready)}</span>
                <button type="button" class="primary" on:click=move |_| { call_window("siarApplyUpdate"); }>
                    {t!(i18n, app.update_reload)}
                </button>
            </div>
        </Show>
    }
}
