//! The root component: translation context, app state, storage, routing.

use leptos::prelude::*;
use leptos_i18n::context::init_i18n_subcontext;
use leptos_i18n::Locale as _;

use crate::i18n::*;
use crate::storage::{prefs, DB_NAME};
use crate::ui::router::provide_router;
use crate::ui::shell::Shell;
use crate::ui::state::AppState;

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    // Indonesian unless this device chose English. The library's main
    // provider would follow the browser's language (often English on office
    // PCs) and keep it in a cookie; Siar keeps the choice in localStorage.
    let initial = locale_from_code(prefs::language().as_deref());
    let i18n = init_i18n_subcontext::<Locale>(Some(Signal::stored(initial)));
    provide_context(i18n);
    // Screen readers pick their voice from <html lang>.
    Effect::new(move |_| {
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", i18n.get_locale().as_str());
        }
    });

    // Pages read and save records through this one state.
    let state = AppState::new();
    provide_context(state);
    state.load(DB_NAME);
    provide_router();

    view! { <Shell /> }
}

/// The locale for a stored language code; Indonesian by default.
pub fn locale_from_code(code: Option<&str>) -> Locale {
    match code {
        Some("en") => Locale::en,
        _ => Locale::id,
    }
}
