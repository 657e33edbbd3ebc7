//! The Kalender page. For now an agenda of one month's posts; the month
//! and week grids, slots and special days come with the calendar issue.

use leptos::prelude::*;

use crate::browser;
use crate::domain::calendar::{agenda, Month};
use crate::domain::pillar::Pillar;
use crate::domain::post::Post;
use crate::domain::timezone::local_date;
use crate::i18n::*;
use crate::route::Page;
use crate::ui::format::{long_date, month_year, status_label, time_of_day};
use crate::ui::forms::platform_label;
use crate::ui::router::use_router;
use crate::ui::state::AppState;

/// The calendar page.
#[component]
pub fn CalendarPage() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let router = use_router();
    let today = move || {
        local_date(
            browser::now(),
            &state.workspace.with(|w| w.timezone.clone()),
        )
    };
    // The month shown lives in the address, so a link shows the same month.
    let month = Memo::new(move |_| {
        router
            .param("bulan")
            .and_then(|m| Month::parse(&m))
            .unwrap_or_else(|| Month::of(today()))
    });
    let days = Memo::new(move |_| state.posts.with(|ps| agenda(ps, month.get())));
    let go = move |m: Month| router.go(Page::Calendar, &format!("bulan={m}"));
    let title = move || month_year(i18n, month.get().year(), month.get().number());

    view! {
        <h1>{t!(i18n, pages.calendar.title)}</h1>
        <p class="hint">{t!(i18n, agenda.note)}</p>
        <div class="month-nav">
            <button type="button" on:click=move |_| go(month.get_untracked().prev())
                aria-label=move || t_string!(i18n, agenda.prev).to_string()>"‹"</button>
            <h2 id="agenda-heading" aria-live="polite">
                {move || t_string!(i18n, agenda.heading, month = title()).to_string()}
            </h2>
            <button type="button" on:click=move |_| go(month.get_untracked().next())
                aria-label=move || t_string!(i18n, agenda.next).to_string()>"›"</button>
            <button type="button" on:click=move |_| go(Month::of(today()))>{t!(i18n, agenda.today)}</button>
        </div>
        <Show
            when=move || !days.with(Vec::is_empty)
            fallback=move || view! { <p class="empty-note">{t!(i18n, agenda.empty)}</p> }
        >
            <ol class="agenda" aria-labelledby="agenda-heading" data-testid="agenda">
                {move || days.get().into_iter().map(|(date, posts)| view! {
                    <li class="agenda-day" class:today=move || date == today()>
                        <h3>{move || long_date(i18n, date)}</h3>
                        <ul>
                            {posts.into_iter().map(|post| view! { <AgendaItem post /> }).collect_view()}
                        </ul>
                    </li>
                }).collect_view()}
            </ol>
        </Show>
    }
}

/// One post in the agenda: time, title, platforms, pillar and status.
#[component]
fn AgendaItem(post: Post) -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let pillar_id = post.data.pillar_id.clone();
    let pillar = Memo::new(move |_| {
        let id = pillar_id.clone()?;
        Some(
            state
                .pillars
                .with(|ps| ps.iter().find(|p| p.id == id && p.is_live()).cloned()),
        )
    });
    let data = post.data;
    let time = data.time;
    let platforms = data.platforms.clone();
    let status = data.status;
    let pillar_color = move || match pillar.get() {
        Some(Some(p)) => p.data.color.as_str().to_string(),
        _ => "#8c959f".to_string(),
    };
    let pillar_name = move || match pillar.get() {
        None => t_string!(i18n, agenda.no_pillar).to_string(),
        Some(None) => t_string!(i18n, agenda.unknown_pillar).to_string(),
        Some(Some(Pillar { data, .. })) => data.name,
    };
    view! {
        <li class="agenda-item" data-testid="agenda-item" style:border-left-color=pillar_color>
            <span class="agenda-time">
                {move || match time {
                    Some(t) => time_of_day(i18n, t),
                    None => t_string!(i18n, agenda.all_day).to_string(),
                }}
            </span>
            <span class="agenda-title">{data.title}</span>
            <span class="agenda-meta">
                <span class="visually-hidden">{t!(i18n, agenda.platforms)}": "</span>
                {move || platforms.iter().map(|p| platform_label(i18n, *p)).collect::<Vec<_>>().join(", ")}
                " · "
                {pillar_name}
            </span>
            <span class="badge">{move || status_label(i18n, status)}</span>
        </li>
    }
}
