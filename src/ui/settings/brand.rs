//! The brand the designer draws with: four colours, the font (one of the
//! bundled ones) and the logo. Saved as one edit of the workspace object.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser;
use crate::domain::design::{Brand, FONTS};
use crate::i18n::*;
use crate::ui::coverage::{chosen_files, store_picture, Thumbnail};
use crate::ui::state::AppState;

/// Longest side of the stored logo, in pixels.
const LOGO_SIDE: u32 = 512;

/// The brand section of Pengaturan.
#[component]
pub fn BrandEditor() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let brand = RwSignal::new(state.workspace.get_untracked().brand());
    let message = RwSignal::new(None::<String>);
    // An import while the page is open shows the imported brand.
    Effect::new(move |_| brand.set(state.workspace.with(|w| w.brand())));

    let save = move |next: Brand| {
        let mut ws = state.workspace.get_untracked();
        ws.set_brand(&next);
        ws.touch(browser::now());
        spawn_local(async move {
            if state.save_workspace(ws).await {
                state.notify(t_string!(i18n, brand.saved).to_string());
            }
        });
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        save(brand.get_untracked());
    };
    let take_logo = move |ev: leptos::ev::Event| {
        let Some(file) = chosen_files(&ev).into_iter().next() else {
            return;
        };
        let name = file.name();
        spawn_local(async move {
            let stored = store_picture(state, &file, LOGO_SIDE).await;
            match stored {
                Ok(id) => {
                    message.set(None);
                    let mut next = brand.get_untracked();
                    next.logo_id = Some(id);
                    save(next);
                }
                Err(why) => message.set(Some(
                    t_string!(i18n, brand.logo_failed, name = name, why = why).to_string(),
                )),
            }
        });
    };
    let colour = move |id: &'static str,
                       label: Signal<String>,
                       get: fn(&Brand) -> String,
                       set: fn(&mut Brand, String)| {
        view! {
            <div class="field colour-field">
                <label for=id>{label}</label>
                <input id=id type="color" prop:value=move || brand.with(get)
                    on:input=move |ev| { let v = event_target_value(&ev); brand.update(|b| set(b, v)); } />
            </div>
        }
    };
    let label = move |f: fn(I18nContext<Locale>) -> String| Signal::derive(move || f(i18n));
    view! {
        <section class="card brand-section" aria-labelledby="brand-heading" data-testid="brand-settings">
            <h2 id="brand-heading">{t!(i18n, brand.heading)}</h2>
            <p class="hint">{t!(i18n, brand.hint)}</p>
            <form on:submit=on_submit novalidate>
                <div class="form-row brand-colours">
                    {colour("brand-primary", label(|i| t_string!(i, brand.primary).to_string()), |b| b.primary.clone(), |b, v| b.primary = v)}
                    {colour("brand-accent", label(|i| t_string!(i, brand.accent).to_string()), |b| b.accent.clone(), |b, v| b.accent = v)}
                    {colour("brand-ink", label(|i| t_string!(i, brand.ink).to_string()), |b| b.ink.clone(), |b, v| b.ink = v)}
                    {colour("brand-paper", label(|i| t_string!(i, brand.paper).to_string()), |b| b.paper.clone(), |b, v| b.paper = v)}
                </div>
                <div class="field">
                    <label for="brand-font">{t!(i18n, brand.font)}</label>
                    <select id="brand-font" on:change=move |ev| { let v = event_target_value(&ev); brand.update(|b| b.font = v); }>
                        {FONTS.into_iter().map(|f| view! {
                            <option value=f prop:selected=move || brand.with(|b| b.font == f)>{f}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <span class="field-label" id="brand-logo-label">{t!(i18n, brand.logo)}</span>
                    {move || brand.with(|b| b.logo_id.clone()).map(|id| view! {
                        <div class="brand-logo"><Thumbnail id alt=t_string!(i18n, brand.logo).to_string() /></div>
                    })}
                    <div class="photo-pick">
                        <input id="brand-logo-file" class="visually-hidden" type="file" accept="image/*"
                            data-testid="brand-logo-file" on:change=take_logo />
                        <label for="brand-logo-file" class="button-like">{t!(i18n, brand.logo_choose)}</label>
                        <button type="button" hidden=move || brand.with(|b| b.logo_id.is_none())
                            on:click=move |_| { let mut next = brand.get_untracked(); next.logo_id = None; save(next); }>
                            {t!(i18n, brand.logo_remove)}
                        </button>
                    </div>
                    <p class="field-error" role="alert" hidden=move || message.with(Option::is_none)>{move || message.get()}</p>
                </div>
                <div class="dialog-actions">
                    <button type="submit" class="primary" data-testid="brand-save">{t!(i18n, brand.save)}</button>
                </div>
            </form>
        </section>
    }
}
