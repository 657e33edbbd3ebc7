//! Hash routing for static hosting: the current page follows
//! `location.hash` (see [`crate::route`] for why the fragment is used).

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::route::{parse_hash, Page};
use crate::storage::prefs;

/// The page being shown, provided to the whole app.
#[derive(Clone, Copy)]
pub struct Router {
    /// The current page.
    pub page: ReadSignal<Page>,
}

/// Provides the router and keeps it in step with the address bar.
pub fn provide_router() {
    let (page, set_page) = signal(resolve_current());
    let _ = window_event_listener(leptos::ev::hashchange, move |_| {
        set_page.set(resolve_current());
    });
    // Remember the page so that opening Siar again lands where the person
    // left off.
    Effect::new(move |_| prefs::set_last_page(page.get().slug()));
    provide_context(Router { page });
}

/// The router provided at the root.
pub fn use_router() -> Router {
    expect_context::<Router>()
}

/// Reads the page from the address; an address naming no page is replaced
/// (without a new history entry) by the last page used, or the home page.
fn resolve_current() -> Page {
    let window = window();
    let hash = window.location().hash().unwrap_or_default();
    if let Some(page) = parse_hash(&hash).page {
        return page;
    }
    let page = prefs::last_page()
        .and_then(|slug| Page::from_slug(&slug))
        .unwrap_or(Page::HOME);
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&page.href()));
    }
    page
}
