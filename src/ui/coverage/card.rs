//! One coverage in the list: when and where, who goes, the needs as a
//! checklist ticked as each is captured, photos and documentation links,
//! and its actions.

use leptos::either::Either;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser;
use crate::domain::coverage::{Coverage, CoverageStatus, Need};
use crate::domain::documentation::{checklist, is_overdue, photos, set_captured};
use crate::domain::id::Id;
use crate::domain::links::may_link;
use crate::i18n::*;
use crate::ui::format::{coverage_status_label, long_date, need_label, time_of_day};

use super::{CoverageUi, Editing};

/// Cards a section shows at first, and how many more each "Tampilkan"
/// adds: three years of an office's coverage is some 2,000 records, and
/// drawing every card took the page one to two seconds.
const PAGE: usize = 20;

/// A titled list of coverage cards, the first [`PAGE`] of them and then
/// a button for the next; nothing when the list is empty.
#[component]
pub(super) fn Section(
    /// The page's shared state.
    ui: CoverageUi,
    /// The heading's id.
    id: &'static str,
    /// The heading.
    heading: Signal<String>,
    /// The coverage shown.
    items: Memo<Vec<Coverage>>,
) -> impl IntoView {
    let i18n = ui.i18n;
    let limit = RwSignal::new(PAGE);
    let rest = move || items.with(Vec::len).saturating_sub(limit.get());
    view! {
        <Show when=move || items.with(|i| !i.is_empty())>
            <section class="coverage-section" aria-labelledby=id>
                <h2 id=id>{heading}</h2>
                <ul class="coverage-list">
                    <For
                        each=move || items.with(|i| i.iter().take(limit.get()).cloned().collect::<Vec<_>>())
                        key=|c| (c.id.clone(), c.updated_at)
                        let:c
                    >
                        <li><Card ui coverage=c /></li>
                    </For>
                </ul>
                {move || (rest() > 0).then(|| view! {
                    <button type="button" class="show-more" data-testid="coverage-show-more"
                        on:click=move |_| limit.update(|l| *l += PAGE)>
                        {move || t_string!(i18n, coverage.show_more, count = rest().min(PAGE), rest = rest()).to_string()}
                    </button>
                })}
            </section>
        </Show>
    }
}

/// One coverage.
#[component]
fn Card(
    /// The page's shared state.
    ui: CoverageUi,
    /// The record as shown.
    coverage: Coverage,
) -> impl IntoView {
    let i18n = ui.i18n;
    let state = ui.state;
    let id = coverage.id.clone();
    let heading_id = format!("coverage-{}", id.as_str());
    let d = coverage.data.clone();
    let overdue = move || is_overdue(&d.clone(), ui.today.get());
    let when = {
        let d = coverage.data.clone();
        move || {
            let mut s = long_date(i18n, d.date);
            if let Some(t) = d.time {
                s.push_str(&format!(" · {}", time_of_day(i18n, t)));
            }
            s
        }
    };
    let crew = {
        let ids = coverage.data.crew_ids.clone();
        move || {
            state.members.with(|ms| {
                ids.iter()
                    .map(|id| {
                        ms.iter()
                            .find(|m| &m.id == id && m.is_live())
                            .map(|m| m.data.name.clone())
                            .unwrap_or_else(|| t_string!(i18n, coverage.unknown_member).to_string())
                    })
                    .collect::<Vec<_>>()
                    .join(", ")
            })
        }
    };
    let items = checklist(&coverage);
    let done = items.iter().filter(|(_, d)| *d).count();
    let total = items.len();
    let photo_count = photos(&coverage).len();
    let links = coverage.data.links.clone();
    let status = coverage.data.status;
    let location = coverage.data.location.clone();
    let officials = coverage.data.officials.clone();
    let title = coverage.data.title.clone();
    let edit_id = id.clone();
    let make_id = id.clone();
    let covered_id = id.clone();
    view! {
        <article class="coverage-card" class:overdue=overdue.clone() aria-labelledby=heading_id.clone()
            data-testid="coverage-card" data-id=id.as_str().to_string()>
            <header class="coverage-head">
                <h3 id=heading_id.clone()>{title}</h3>
                <span class=format!("badge coverage-{}", status.key())>{move || coverage_status_label(i18n, status)}</span>
                <Show when=overdue.clone()>
                    <span class="badge late" data-testid="coverage-overdue">{t!(i18n, coverage.late)}</span>
                </Show>
            </header>
            <p class="coverage-when">{when}</p>
            {(!location.is_empty()).then(|| view! { <p>{t!(i18n, coverage.location)}": "{location.clone()}</p> })}
            {(!officials.is_empty()).then(|| view! { <p>{t!(i18n, coverage.officials)}": "{officials.clone()}</p> })}
            <p>{t!(i18n, coverage.crew)}": "{move || { let c = crew(); if c.is_empty() { t_string!(i18n, coverage.no_crew).to_string() } else { c } }}</p>
            {(total > 0).then(|| view! {
                <fieldset class="needs-checklist">
                    <legend>{t_string!(i18n, coverage.checklist, done = done, total = total).to_string()}</legend>
                    {items.clone().into_iter().map(|(need, captured)| {
                        let cid = id.clone();
                        view! {
                            <label class="choice">
                                <input type="checkbox" prop:checked=captured
                                    on:change=move |ev| tick(ui, cid.clone(), need, event_target_checked(&ev)) />
                                {move || need_label(i18n, need)}
                            </label>
                        }
                    }).collect_view()}
                </fieldset>
            })}
            <p class="coverage-docs">
                {t_string!(i18n, coverage.photo_count, count = photo_count).to_string()}
                {links.into_iter().map(|l| {
                    let text = if l.label.trim().is_empty() { l.url.clone() } else { l.label.clone() };
                    // Only a web address becomes a link; anything else stays text.
                    let shown = if may_link(&l.url) {
                        Either::Left(view! { <a href=l.url target="_blank" rel="noopener noreferrer">{text}</a> })
                    } else {
                        Either::Right(text)
                    };
                    view! { " · "{shown} }
                }).collect_view()}
            </p>
            <div class="coverage-actions">
                <button type="button" on:click=move |_| ui.editing.set(Some(Editing::Edit(edit_id.clone())))
                    aria-label=t_string!(i18n, coverage.edit_of, title = coverage.data.title.clone()).to_string()>
                    {t!(i18n, coverage.edit)}
                </button>
                <button type="button" on:click=move |_| ui.making.set(Some(make_id.clone()))
                    aria-label=t_string!(i18n, coverage.make_posts_of, title = coverage.data.title.clone()).to_string()>
                    {t!(i18n, coverage.make_posts)}
                </button>
                {(status == CoverageStatus::Planned).then(|| view! {
                    <button type="button" on:click=move |_| mark_covered(ui, covered_id.clone())>
                        {t!(i18n, coverage.mark_covered)}
                    </button>
                })}
            </div>
        </article>
    }
}

/// Ticks or unticks one need, saved at once.
fn tick(ui: CoverageUi, id: Id, need: Need, done: bool) {
    let state = ui.state;
    let Some(mut c) = state
        .coverage
        .with_untracked(|cs| cs.iter().find(|c| c.id == id).cloned())
    else {
        return;
    };
    set_captured(&mut c, need, done);
    c.touch(browser::now());
    spawn_local(async move {
        state.save(state.coverage, c).await;
    });
}

/// Marks a planned coverage as covered.
fn mark_covered(ui: CoverageUi, id: Id) {
    let state = ui.state;
    let i18n = ui.i18n;
    let Some(mut c) = state
        .coverage
        .with_untracked(|cs| cs.iter().find(|c| c.id == id).cloned())
    else {
        return;
    };
    c.data.status = CoverageStatus::Covered;
    c.touch(browser::now());
    let title = c.data.title.clone();
    spawn_local(async move {
        if state.save(state.coverage, c).await {
            state.notify(t_string!(i18n, coverage.marked_covered, title = title).to_string());
        }
    });
}
