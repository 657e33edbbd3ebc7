//! Coverage on a month grid: each day lists its coverage; one opens in the
//! editor. On phones the grid becomes a list of the days with coverage.

use leptos::prelude::*;

use crate::domain::calendar::{month_grid, Month};
use crate::domain::coverage::Coverage;
use crate::domain::documentation::is_overdue;
use crate::i18n::*;
use crate::ui::format::{long_date, month_year, time_of_day, weekday_short};

use super::{CoverageUi, Editing};

/// The month view.
#[component]
pub(super) fn CoverageMonth(
    /// The page's shared state.
    ui: CoverageUi,
    /// The month shown.
    month: Month,
    /// Every live coverage, by date.
    records: Memo<Vec<Coverage>>,
) -> impl IntoView {
    let i18n = ui.i18n;
    let weeks = month_grid(month);
    let monday = weeks[0][0];
    view! {
        <div class="period-nav">
            <button type="button" on:click=move |_| ui.show(Some(month.prev()))
                aria-label=move || t_string!(i18n, coverage.prev_month).to_string()>"‹"</button>
            <h2 id="coverage-period" data-testid="coverage-period">{move || month_year(i18n, month.year(), month.number())}</h2>
            <button type="button" on:click=move |_| ui.show(Some(month.next()))
                aria-label=move || t_string!(i18n, coverage.next_month).to_string()>"›"</button>
        </div>
        <div class="month-grid coverage-month" role="grid" aria-labelledby="coverage-period" data-testid="coverage-month">
            <div class="month-row weekday-row" role="row">
                {(0..7).map(|i| {
                    let day = monday + chrono::Duration::days(i);
                    view! { <div class="weekday-head" role="columnheader">{move || weekday_short(i18n, day)}</div> }
                }).collect_view()}
            </div>
            {weeks.into_iter().map(|week| view! {
                <div class="month-row" role="row">
                    {week.into_iter().map(|date| {
                        let outside = date < month.first_day() || date > month.last_day();
                        let day = Memo::new(move |_| records.with(|rs| rs.iter().filter(|c| c.data.date == date).cloned().collect::<Vec<_>>()));
                        view! {
                            <div class="day-cell" class:outside=outside role="gridcell" data-date=date.to_string()
                                aria-label=move || long_date(i18n, date)>
                                <div class="day-head"><span class="day-number" aria-hidden="true">{date.format("%-d").to_string()}</span></div>
                                {move || day.get().into_iter().map(|c| {
                                    let id = c.id.clone();
                                    let late = is_overdue(&c.data, ui.today.get());
                                    let time = c.data.time.map(|t| time_of_day(i18n, t));
                                    view! {
                                        <button type="button" class="coverage-chip" class:overdue=late
                                            on:click=move |_| ui.editing.set(Some(Editing::Edit(id.clone())))>
                                            {time.map(|t| view! { <span class="chip-time">{t}" "</span> })}
                                            {c.data.title.clone()}
                                        </button>
                                    }
                                }).collect_view()}
                            </div>
                        }
                    }).collect_view()}
                </div>
            }).collect_view()}
        </div>
    }
}
