//! A small editor of followers per platform for one month (the workspace
//! extra field `followers_by_month`); an empty box falls back to the
//! workspace's general figure.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser;
use crate::domain::indicators::{followers_by_month, set_followers_for_month};
use crate::domain::platform::Platform;
use crate::i18n::*;
use crate::ui::forms::platform_label;
use crate::ui::state::AppState;

/// The editor, opening on `month` (`YYYY-MM`).
#[component]
pub fn FollowersEditor(month: Signal<String>) -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let chosen = RwSignal::new(month.get_untracked());
    Effect::new(move |_| chosen.set(month.get()));
    let stored = move |p: Platform| {
        let m = chosen.get();
        state.workspace.with(|ws| {
            followers_by_month(ws)
                .get(&m)
                .and_then(|c| c.get(p.key()).copied())
                .map(|n| n.to_string())
                .unwrap_or_default()
        })
    };
    let typed: Vec<(Platform, RwSignal<Option<String>>)> = Platform::ALL
        .into_iter()
        .map(|p| (p, RwSignal::new(None)))
        .collect();
    let typed_for_reset = typed.clone();
    Effect::new(move |_| {
        chosen.track();
        for (_, s) in &typed_for_reset {
            s.set(None);
        }
    });
    let typed_for_save = typed.clone();
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let m = chosen.get_untracked();
        let counts: Vec<(Platform, Option<u64>)> = typed_for_save
            .iter()
            .map(|(p, s)| {
                let text = s
                    .get_untracked()
                    .unwrap_or_else(|| stored_untracked(state, &m, *p));
                (*p, text.trim().replace(['.', ','], "").parse().ok())
            })
            .collect();
        let mut ws = state.workspace.get_untracked();
        set_followers_for_month(&mut ws, &m, &counts);
        ws.touch(browser::now());
        let saved = t_string!(i18n, evaluation.followers_saved).to_string();
        spawn_local(async move {
            if state.save_workspace(ws).await {
                state.notify(saved);
            }
        });
    };
    let inputs = typed
        .into_iter()
        .map(|(p, s)| {
            let id = format!("eval-followers-{}", p.key());
            view! {
                <div class="eval-field">
                    <label for=id.clone()>{platform_label(i18n, p)}</label>
                    <input id=id type="text" inputmode="numeric"
                        prop:value=move || s.get().unwrap_or_else(|| stored(p))
                        on:input=move |ev| s.set(Some(event_target_value(&ev))) />
                </div>
            }
        })
        .collect_view();
    view! {
        <details class="eval-section eval-followers">
            <summary>{t!(i18n, evaluation.followers)}</summary>
            <p class="eval-help">{t!(i18n, evaluation.followers_help)}</p>
            <form on:submit=save>
                <div class="eval-field">
                    <label for="eval-followers-month">{t!(i18n, evaluation.followers_month)}</label>
                    <input id="eval-followers-month" type="month" prop:value=move || chosen.get()
                        on:change=move |ev| chosen.set(event_target_value(&ev)) />
                </div>
                <div class="eval-followers-grid">{inputs}</div>
                <button type="submit">{t!(i18n, evaluation.followers_save)}</button>
            </form>
        </details>
    }
}

fn stored_untracked(state: AppState, month: &str, p: Platform) -> String {
    state.workspace.with_untracked(|ws| {
        followers_by_month(ws)
            .get(month)
            .and_then(|c| c.get(p.key()).copied())
            .map(|n| n.to_string())
            .unwrap_or_default()
    })
}
