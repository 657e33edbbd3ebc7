//! Filters by platform, pillar, status, assignee and text, shown as
//! removable chips and kept in the address.

use leptos::prelude::*;

use crate::domain::filter::PostFilter;
use crate::domain::id::Id;
use crate::domain::platform::Platform;
use crate::domain::post::PostStatus;
use crate::domain::record::live_sorted;
use crate::i18n::*;
use crate::ui::format::status_label;
use crate::ui::forms::{filter_chips, platform_label};
use crate::ui::state::AppState;

use super::use_calendar;

/// The filter controls and the chips of the active filters.
#[component]
pub fn FilterBar() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let cal = use_calendar();
    let update = move |change: &dyn Fn(&mut PostFilter)| {
        let mut f = cal.filter.get_untracked();
        change(&mut f);
        cal.set_filter(&f);
    };
    let pillars = Memo::new(move |_| state.pillars.with(|ps| live_sorted(ps)));
    let members = Memo::new(move |_| state.members.with(|ms| live_sorted(ms)));
    let pillar_name = move |id: &Id| {
        pillars
            .with(|ps| ps.iter().find(|p| &p.id == id).map(|p| p.data.name.clone()))
            .unwrap_or_else(|| t_string!(i18n, agenda.unknown_pillar).to_string())
    };
    let member_name = move |id: &Id| {
        members
            .with(|ms| ms.iter().find(|m| &m.id == id).map(|m| m.data.name.clone()))
            .unwrap_or_else(|| t_string!(i18n, cal.unknown_member).to_string())
    };
    let text = RwSignal::new(cal.filter.get_untracked().text);
    Effect::new(move |_| text.set(cal.filter.get().text));

    // A select that adds its choice to the filter and returns to its
    // prompt, keeping focus where it is.
    fn adder(
        i18n: I18nContext<Locale>,
        id: &'static str,
        label: impl Fn() -> String + Send + Sync + 'static,
        options: impl Fn() -> Vec<(String, String)> + Send + Sync + 'static,
        on_pick: impl Fn(String) + 'static,
    ) -> impl IntoView {
        view! {
            <div class="field filter-field">
                <label for=id>{label}</label>
                <select id=id on:change=move |ev| {
                    let value = event_target_value(&ev);
                    if let Some(select) = ev.target().and_then(|t| {
                        use wasm_bindgen::JsCast;
                        t.dyn_into::<web_sys::HtmlSelectElement>().ok()
                    }) {
                        select.set_value("");
                    }
                    if !value.is_empty() {
                        on_pick(value);
                    }
                }>
                    <option value="">{move || t_string!(i18n, cal.filter_any).to_string()}</option>
                    {move || options().into_iter().map(|(v, l)| view! { <option value=v>{l}</option> }).collect_view()}
                </select>
            </div>
        }
    }

    view! {
        <section class="filter-bar print-hide" aria-label=move || t_string!(i18n, cal.filters).to_string()>
            // Folded on phones, where the calendar needs the room; open on
            // wider screens and whenever filters are active.
            <details class="filter-details" prop:open=move || !super::narrow_screen() || !cal.filter.with(PostFilter::is_empty)>
            <summary>{t!(i18n, cal.filters)}</summary>
            <div class="filter-controls">
                {adder(i18n, "filter-platform", move || t_string!(i18n, cal.filter_platform).to_string(),
                    move || Platform::ALL.iter().map(|p| (p.key().to_string(), platform_label(i18n, *p))).collect(),
                    move |v| update(&|f| if let Some(p) = Platform::from_key(&v) { if !f.platforms.contains(&p) { f.platforms.push(p) } }))}
                {adder(i18n, "filter-pillar", move || t_string!(i18n, cal.filter_pillar).to_string(),
                    move || pillars.get().into_iter().map(|p| (p.id.as_str().to_string(), p.data.name)).collect(),
                    move |v| update(&|f| if let Some(id) = Id::parse(&v) { if !f.pillars.contains(&id) { f.pillars.push(id) } }))}
                {adder(i18n, "filter-status", move || t_string!(i18n, cal.filter_status).to_string(),
                    move || PostStatus::ALL.iter().map(|s| (s.key().to_string(), status_label(i18n, *s))).collect(),
                    move |v| update(&|f| if let Some(s) = PostStatus::from_key(&v) { if !f.statuses.contains(&s) { f.statuses.push(s) } }))}
                {adder(i18n, "filter-assignee", move || t_string!(i18n, cal.filter_assignee).to_string(),
                    move || members.get().into_iter().map(|m| (m.id.as_str().to_string(), m.data.name)).collect(),
                    move |v| update(&|f| if let Some(id) = Id::parse(&v) { if !f.assignees.contains(&id) { f.assignees.push(id) } }))}
                <form class="field filter-field" on:submit=move |ev: leptos::ev::SubmitEvent| {
                    ev.prevent_default();
                    let t = text.get_untracked();
                    update(&|f| f.text = t.trim().to_string());
                }>
                    <label for="filter-text">{t!(i18n, cal.filter_text)}</label>
                    <input id="filter-text" type="search" bind:value=text
                        on:change=move |_| { let t = text.get_untracked(); update(&|f| f.text = t.trim().to_string()); } />
                </form>
            </div>
            </details>
            <ul class="chips" aria-label=move || t_string!(i18n, cal.active_filters).to_string() data-testid="filter-chips">
                {move || {
                    let f = cal.filter.get();
                    let mut chips: Vec<(String, PostFilter)> = Vec::new();
                    for p in &f.platforms {
                        let mut g = f.clone();
                        g.platforms.retain(|x| x != p);
                        chips.push((platform_label(i18n, *p), g));
                    }
                    for id in &f.pillars {
                        let mut g = f.clone();
                        g.pillars.retain(|x| x != id);
                        chips.push((pillar_name(id), g));
                    }
                    for s in &f.statuses {
                        let mut g = f.clone();
                        g.statuses.retain(|x| x != s);
                        chips.push((status_label(i18n, *s), g));
                    }
                    for id in &f.assignees {
                        let mut g = f.clone();
                        g.assignees.retain(|x| x != id);
                        chips.push((member_name(id), g));
                    }
                    if !f.text.is_empty() {
                        let mut g = f.clone();
                        g.text.clear();
                        chips.push((format!("“{}”", f.text), g));
                    }
                    filter_chips(i18n, chips, move |f: &PostFilter| cal.set_filter(f))
                }}
            </ul>
        </section>
    }
}
