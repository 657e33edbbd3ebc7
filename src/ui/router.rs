//! Hash routing for static hosting: the current page follows
//! `location.hash` (see [`crate::route`] for why the fragment is used).

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::route::{parse_hash, Page};
use crate::storage::prefs;

/// The page being shown and its query, provided to the whole app.
#[derive(Clone, Copy)]
pub struct Router {
    /// The current page.
    pub page: ReadSignal<Page>,
    /// The page's own state after `?` (e.g. `bulan=2026-12`).
    pub query: ReadSignal<String>,
}

impl Router {
    /// Moves to `page` with `query` (a new history entry, so Back works).
    pub fn go(self, page: Page, query: &str) {
        let hash = if query.is_empty() {
            page.href()
        } else {
            format!("{}?{query}", page.href())
        };
        let _ = window().location().set_hash(&hash);
    }
}

/// Provides the router and keeps it in step with the address bar.
pub fn provide_router() {
    let (page, set_page) = signal(resolve_current());
    let (query, set_query) = signal(current_query());
    let _ = window_event_listener(leptos::ev::hashchange, move |_| {
        set_page.set(resolve_current());
        set_query.set(current_query());
    });
    // Remember the page so that opening Siar again lands where the person
    // left off.
    Effect::new(move |_| prefs::set_last_page(page.get().slug()));
    provide_context(Router { page, query });
}

/// The router provided at the root.
pub fn use_router() -> Router {
    expect_context::<Router>()
}

fn current_query() -> String {
    parse_hash(&window().location().hash().unwrap_or_default()).query
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
