//! The checklist switches ("Periksa sebelum disetujui"): which checks a
//! caption must pass before its post may be approved. Each switch is
//! saved as soon as it is flipped.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser;
use crate::domain::caption::settings::Check;
use crate::i18n::*;
use crate::ui::format::check_label;
use crate::ui::state::AppState;

/// The checklist section of the settings page.
#[component]
pub fn CaptionChecksEditor() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="card" aria-labelledby="caption-checks-heading" data-testid="caption-check-settings">
            <h2 id="caption-checks-heading">{t!(i18n, caption_settings.checks_heading)}</h2>
            <p class="hint" id="caption-checks-hint">{t!(i18n, caption_settings.checks_hint)}</p>
            <ul class="check-switches" aria-labelledby="caption-checks-heading">
                {Check::ALL.into_iter().map(|check| view! { <CheckSwitch check /> }).collect_view()}
            </ul>
        </section>
    }
}

/// One check's checkbox, showing what is stored and saving each change.
#[component]
fn CheckSwitch(check: Check) -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let id = format!("caption-check-{}", check.key());
    let on_change = move |ev: leptos::ev::Event| {
        let input = event_target::<web_sys::HtmlInputElement>(&ev);
        let on = input.checked();
        let mut ws = state.workspace.get_untracked();
        ws.set_check(check, on);
        ws.touch(browser::now());
        let name = check_label(i18n, check);
        let done = if on {
            t_string!(i18n, caption_settings.check_on, check = name).to_string()
        } else {
            t_string!(i18n, caption_settings.check_off, check = name).to_string()
        };
        spawn_local(async move {
            if state.save_workspace(ws).await {
                state.notify(done);
            } else {
                // Nothing was stored: the box shows what is stored again,
                // and the notice says why.
                input.set_checked(!on);
            }
        });
    };
    view! {
        <li class="choice">
            <input type="checkbox" id=id.clone() aria-describedby="caption-checks-hint"
                prop:checked=move || state.workspace.with(|ws| ws.check_enabled(check))
                on:change=on_change />
            <label for=id>{move || check_label(i18n, check)}</label>
        </li>
    }
}
