//! The workspace form: name, time zone, byline, default hashtags and
//! follower counts. Saved as one edit of the workspace object.

use std::collections::BTreeMap;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser;
use crate::domain::platform::Platform;
use crate::domain::text::{clean_name, parse_hashtags};
use crate::domain::timezone::{zone, ZONES};
use crate::i18n::*;
use crate::ui::forms::{name_problem, platform_label, FieldError};
use crate::ui::state::AppState;

/// Longest byline accepted ("any other string" in the plan format).
const BYLINE_MAX: usize = 2000;

/// The workspace settings form.
#[component]
pub fn WorkspaceForm() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let ws = state.workspace.get_untracked();

    let name = RwSignal::new(ws.name.clone());
    let timezone = RwSignal::new(ws.timezone.clone());
    let byline = RwSignal::new(ws.byline.clone());
    let hashtags = RwSignal::new(ws.default_hashtags.join(" "));
    let name_error = RwSignal::new(None::<String>);
    let byline_error = RwSignal::new(None::<String>);
    // One text per platform, so that what was typed is kept even when it
    // is not yet a number.
    let followers: Vec<(Platform, RwSignal<String>, RwSignal<Option<String>>)> = Platform::ALL
        .into_iter()
        .map(|p| {
            let count = ws
                .followers
                .get(p.key())
                .map(u64::to_string)
                .unwrap_or_default();
            (p, RwSignal::new(count), RwSignal::new(None))
        })
        .collect();
    let followers = StoredValue::new(followers);

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut ok = true;
        let clean = clean_name(&name.get_untracked());
        name_error.set(clean.as_ref().err().map(|p| name_problem(i18n, p)));
        ok &= clean.is_ok();
        let byline_text = byline.get_untracked().trim().to_string();
        let byline_ok = byline_text.chars().count() <= BYLINE_MAX;
        byline_error.set(
            (!byline_ok)
                .then(|| t_string!(i18n, problem.text_too_long, max = BYLINE_MAX).to_string()),
        );
        ok &= byline_ok;
        let mut counts = BTreeMap::new();
        followers.with_value(|fs| {
            for (platform, text, error) in fs {
                let raw = text.get_untracked();
                let raw = raw.trim();
                if raw.is_empty() {
                    error.set(None);
                    continue;
                }
                match raw.parse::<u64>() {
                    Ok(n) => {
                        error.set(None);
                        counts.insert(platform.key().to_string(), n);
                    }
                    Err(_) => {
                        error.set(Some(t_string!(i18n, problem.followers).to_string()));
                        ok = false;
                    }
                }
            }
        });
        let (true, Ok(clean)) = (ok, clean) else {
            return;
        };

        let mut next = state.workspace.get_untracked();
        next.name = clean;
        next.timezone = timezone.get_untracked();
        next.byline = byline_text;
        next.default_hashtags = parse_hashtags(&hashtags.get_untracked());
        next.followers = counts;
        next.touch(browser::now());
        let shown_tags = next.default_hashtags.join(" ");
        spawn_local(async move {
            if state.save_workspace(next).await {
                hashtags.set(shown_tags);
                state.notify(t_string!(i18n, settings.saved).to_string());
            }
        });
    };

    view! {
        <form class="card" on:submit=on_submit novalidate aria-labelledby="workspace-heading">
            <h2 id="workspace-heading">{t!(i18n, settings.workspace_heading)}</h2>
            <div class="field">
                <label for="ws-name">{t!(i18n, settings.name_label)}</label>
                <input id="ws-name" type="text" required bind:value=name
                    aria-invalid=move || name_error.with(Option::is_some).to_string()
                    aria-describedby="ws-name-error" />
                <FieldError id="ws-name-error".to_string() error=name_error.into() />
            </div>
            <div class="field">
                <label for="ws-timezone">{t!(i18n, settings.timezone_label)}</label>
                <select id="ws-timezone" on:change=move |ev| timezone.set(event_target_value(&ev))>
                    // A zone set elsewhere (an imported plan) is offered as
                    // it is, so that saving the form does not change it.
                    {zone(&ws.timezone).is_none().then(|| {
                        let tz = ws.timezone.clone();
                        view! { <option value=tz.clone() selected>{tz.clone()}</option> }
                    })}
                    {ZONES.iter().map(|zone| {
                        let tz = zone.name;
                        view! {
                            <option value=tz selected=move || timezone.get() == tz>
                                {format!("{} ({})", zone.name, zone.label)}
                            </option>
                        }
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="ws-byline">{t!(i18n, settings.byline_label)}</label>
                <input id="ws-byline" type="text" bind:value=byline
                    aria-invalid=move || byline_error.with(Option::is_some).to_string()
                    aria-describedby="ws-byline-hint ws-byline-error" />
                <p class="hint" id="ws-byline-hint">{t!(i18n, settings.byline_hint)}</p>
                <FieldError id="ws-byline-error".to_string() error=byline_error.into() />
            </div>
            <div class="field">
                <label for="ws-hashtags">{t!(i18n, settings.hashtags_label)}</label>
                <input id="ws-hashtags" type="text" bind:value=hashtags aria-describedby="ws-hashtags-hint" />
                <p class="hint" id="ws-hashtags-hint">{t!(i18n, settings.hashtags_hint)}</p>
            </div>
            <fieldset class="followers">
                <legend>{t!(i18n, settings.followers_heading)}</legend>
                <p class="hint">{t!(i18n, settings.followers_hint)}</p>
                <div class="followers-grid">
                    {followers.get_value().into_iter().map(|(platform, text, error)| {
                        let id = format!("followers-{}", platform.key());
                        let error_id = format!("{id}-error");
                        view! {
                            <div class="field">
                                <label for=id.clone()>{move || platform_label(i18n, platform)}</label>
                                <input id=id type="text" inputmode="numeric" bind:value=text
                                    aria-invalid=move || error.with(Option::is_some).to_string()
                                    aria-describedby=error_id.clone() />
                                <FieldError id=error_id error=error.into() />
                            </div>
                        }
                    }).collect_view()}
                </div>
            </fieldset>
            <button type="submit" class="primary">{t!(i18n, settings.save)}</button>
        </form>
    }
}
