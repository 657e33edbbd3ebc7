//! Beside the calendar: the special days of the next 30 days, and the
//! "Konsistensi" panel (planned posts against each pillar's weekly target,
//! and the days still empty).

use leptos::prelude::*;

use crate::domain::calendar::week_of;
use crate::domain::holidays::{marks_between, upcoming, DayMark};
use crate::domain::schedule::{gaps, pillar_weeks};
use crate::domain::time::Date;
use crate::i18n::*;
use crate::ui::format::long_date;
use crate::ui::post_editor::{EditorTarget, PostEditor};
use crate::ui::state::AppState;

use super::use_calendar;

/// Days ahead in the upcoming special days list.
const UPCOMING_DAYS: u32 = 30;
/// Weeks ahead checked for empty days.
const GAP_WEEKS: u32 = 2;

/// The special days of the view's range.
pub fn visible_marks() -> Memo<Vec<DayMark>> {
    let state = expect_context::<AppState>();
    let cal = use_calendar();
    Memo::new(move |_| {
        let (from, to) = cal.range.get();
        state.special_days.with(|sd| marks_between(sd, from, to))
    })
}

/// The side panels.
#[component]
pub fn Sidebar() -> impl IntoView {
    view! {
        <aside class="cal-side print-hide">
            <UpcomingDays />
            <Consistency />
        </aside>
    }
}

/// Special days in the next 30 days, each with "Buat konten".
#[component]
fn UpcomingDays() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let cal = use_calendar();
    let editor = PostEditor::use_();
    let days = Memo::new(move |_| {
        state
            .special_days
            .with(|sd| upcoming(sd, cal.today.get(), UPCOMING_DAYS))
    });
    view! {
        <section class="card side-card" aria-labelledby="upcoming-heading" data-testid="upcoming-days">
            <h2 id="upcoming-heading">{t!(i18n, cal.upcoming)}</h2>
            <Show when=move || !days.with(Vec::is_empty)
                fallback=move || view! { <p class="empty-note">{t!(i18n, cal.no_upcoming)}</p> }>
                <ul class="upcoming">
                    {move || days.get().into_iter().map(|m| {
                        let date: Date = m.date;
                        let name = m.name.clone();
                        let aria_name = name.clone();
                        view! {
                            <li class=format!("mark-{}", m.kind.key())>
                                <span class="upcoming-name">{name}{m.estimated.then_some(" *")}</span>
                                <span class="hint">{move || long_date(i18n, date)}</span>
                                <button type="button"
                                    aria-label=move || t_string!(i18n, cal.make_post_for, name = aria_name.clone()).to_string()
                                    on:click=move |_| editor.open(EditorTarget::New { date, time: None })>
                                    {t!(i18n, cal.make_post)}
                                </button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
                <p class="hint">{t!(i18n, cal.estimated_note)}</p>
            </Show>
        </section>
    }
}

/// Planned posts against each pillar's weekly target in the weeks shown,
/// and the empty days of the next two weeks.
#[component]
fn Consistency() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let cal = use_calendar();
    let rows = Memo::new(move |_| {
        let (from, to) = cal.range.get();
        // The Mondays of the weeks the view shows.
        let mut mondays = Vec::new();
        let mut d = from
            - chrono::Duration::days(i64::from(
                chrono::Datelike::weekday(&from).num_days_from_monday(),
            ));
        while d <= to {
            mondays.push(d);
            d += chrono::Duration::days(7);
        }
        // The posts of those whole weeks.
        let first = mondays.first().copied().unwrap_or(from);
        let last = mondays
            .last()
            .map_or(to, |&m| m + chrono::Duration::days(6));
        let weeks = state.posts.with(|ps| {
            state
                .pillars
                .with(|pl| pillar_weeks(pl, ps.between(first, last), &mondays))
        });
        // One row per pillar: planned and target summed over the weeks.
        let mut rows: Vec<(String, usize, usize, bool)> = Vec::new();
        state.pillars.with(|pl| {
            for pillar in pl
                .iter()
                .filter(|p| p.is_live() && p.data.target_per_week.is_some())
            {
                let mine: Vec<_> = weeks.iter().filter(|w| w.pillar_id == pillar.id).collect();
                let planned = mine.iter().map(|w| w.planned).sum();
                let target = mine.iter().map(|w| usize::from(w.target)).sum();
                let thin = mine.iter().any(|w| w.below_target());
                rows.push((pillar.data.name.clone(), planned, target, thin));
            }
        });
        rows
    });
    let empty_days = Memo::new(move |_| {
        let today = cal.today.get();
        state.slots.with(|sl| {
            state.posts.with(|ps| {
                state
                    .pillars
                    // The gaps start on this week's Monday.
                    .with(|pl| {
                        gaps(sl, ps.since(week_of(today)[0]), pl, today, GAP_WEEKS).empty_days
                    })
            })
        })
    });
    view! {
        <section class="card side-card" aria-labelledby="consistency-heading" data-testid="consistency">
            <h2 id="consistency-heading">{t!(i18n, cal.consistency)}</h2>
            <table class="consistency">
                <thead><tr>
                    <th scope="col">{t!(i18n, cal.pillar)}</th>
                    <th scope="col">{t!(i18n, cal.planned_target)}</th>
                </tr></thead>
                <tbody>
                    {move || rows.get().into_iter().map(|(name, planned, target, thin)| view! {
                        <tr class:thin=thin>
                            <th scope="row">{name}</th>
                            <td>{format!("{planned}/{target}")}{thin.then(|| view! {
                                <span class="thin-mark">" " {t!(i18n, cal.below_target)}</span>
                            })}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            <h3>{t!(i18n, cal.empty_days)}</h3>
            <Show when=move || !empty_days.with(Vec::is_empty)
                fallback=move || view! { <p class="hint">{t!(i18n, cal.no_empty_days)}</p> }>
                <ul class="empty-days" data-testid="empty-days">
                    {move || empty_days.get().into_iter().map(|d| view! {
                        <li><button type="button" class="link-button" on:click=move |_| cal.show_at(super::View::Week, d)>
                            {move || long_date(i18n, d)}
                        </button></li>
                    }).collect_view()}
                </ul>
            </Show>
        </section>
    }
}
