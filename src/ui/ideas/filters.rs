//! Filters by pillar, tag and text, kept in the address (`#/ide?pilar=…`).

use leptos::prelude::*;

use crate::domain::id::Id;
use crate::domain::ideas::IdeaFilter;
use crate::domain::record::live_sorted;
use crate::i18n::*;
use crate::ui::forms::filter_chips;
use crate::ui::state::AppState;

use super::use_board;

/// The filter controls and the chips of the active filters.
#[component]
pub fn IdeaFilters() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let board = use_board();
    let pillars = Memo::new(move |_| state.pillars.with(|ps| live_sorted(ps)));
    let update = move |change: &dyn Fn(&mut IdeaFilter)| {
        let mut f = board.filter.get_untracked();
        change(&mut f);
        board.set_filter(&f);
    };
    let text = RwSignal::new(board.filter.get_untracked().text);
    Effect::new(move |_| text.set(board.filter.get().text));
    let tag = RwSignal::new(String::new());
    let apply_text = move || {
        let t = text.get_untracked();
        update(&|f| f.text = t.trim().to_string());
    };
    let apply_tag = move || {
        let t = tag
            .get_untracked()
            .trim()
            .trim_start_matches('#')
            .to_string();
        if !t.is_empty() {
            update(&|f| {
                if !f.tags.iter().any(|x| x.eq_ignore_ascii_case(&t)) {
                    f.tags.push(t.clone())
                }
            });
        }
        tag.set(String::new());
    };
    let pillar_name = move |id: &Id| {
        pillars
            .with(|ps| ps.iter().find(|p| &p.id == id).map(|p| p.data.name.clone()))
            .unwrap_or_else(|| id.as_str().to_string())
    };

    view! {
        <section class="idea-filters card" aria-label=move || t_string!(i18n, board.filters).to_string()>
            <div class="filter-controls">
                <div class="field filter-field">
                    <label for="idea-filter-pillar">{t!(i18n, board.filter_pillar)}</label>
                    <select id="idea-filter-pillar" on:change=move |ev| {
                        let value = event_target_value(&ev);
                        // Back to its prompt: the chips show the choice.
                        if let Some(select) = ev.target().and_then(|t| {
                            use wasm_bindgen::JsCast;
                            t.dyn_into::<web_sys::HtmlSelectElement>().ok()
                        }) {
                            select.set_value("");
                        }
                        if let Some(id) = Id::parse(&value) {
                            update(&|f| if !f.pillars.contains(&id) { f.pillars.push(id.clone()) });
                        }
                    }>
                        <option value="" selected=true>{move || t_string!(i18n, board.filter_any).to_string()}</option>
                        {move || pillars.get().into_iter().map(|p| view! {
                            <option value=p.id.as_str().to_string()>{p.data.name}</option>
                        }).collect_view()}
                    </select>
                </div>
                <form class="field filter-field" on:submit=move |ev: leptos::ev::SubmitEvent| { ev.prevent_default(); apply_tag(); }>
                    <label for="idea-filter-tag">{t!(i18n, board.filter_tag)}</label>
                    <input id="idea-filter-tag" type="search" bind:value=tag on:change=move |_| apply_tag() />
                </form>
                <form class="field filter-field" on:submit=move |ev: leptos::ev::SubmitEvent| { ev.prevent_default(); apply_text(); }>
                    <label for="idea-filter-text">{t!(i18n, board.filter_text)}</label>
                    <input id="idea-filter-text" type="search" bind:value=text on:change=move |_| apply_text() />
                </form>
            </div>
            <ul class="chips" aria-label=move || t_string!(i18n, board.active_filters).to_string() data-testid="idea-filter-chips">
                {move || {
                    let f = board.filter.get();
                    let mut chips: Vec<(String, IdeaFilter)> = Vec::new();
                    for id in &f.pillars {
                        let mut g = f.clone();
                        g.pillars.retain(|x| x != id);
                        chips.push((pillar_name(id), g));
                    }
                    for t in &f.tags {
                        let mut g = f.clone();
                        g.tags.retain(|x| x != t);
                        chips.push((format!("#{t}"), g));
                    }
                    if !f.text.is_empty() {
                        let mut g = f.clone();
                        g.text.clear();
                        chips.push((format!("“{}”", f.text), g));
                    }
                    filter_chips(i18n, chips, move |f: &IdeaFilter| board.set_filter(f))
                }}
            </ul>
        </section>
    }
}
