//! The month grid: six weeks at most, Monday first, each day with its
//! special days, posts (three, then "+N lainnya") and empty slots.

use leptos::prelude::*;

use crate::browser::timing;
use crate::domain::calendar::{month_grid, Month};
use crate::domain::holidays::DayMark;
use crate::domain::schedule::SlotOccurrence;
use crate::domain::time::Date;
use crate::i18n::*;
use crate::ui::format::{long_date, weekday_short};
use crate::ui::post_editor::{EditorTarget, PostEditor};
use crate::ui::state::{AppState, StorageStatus};

use super::chip::{
    allow_drop, drop_on, of_day, visible_open_slots, visible_posts, ChipPost, DayChips,
    SlotPlaceholder,
};
use super::move_dialog::MoveTarget;
use super::sidebar::visible_marks;
use super::{use_calendar, View};

/// Posts shown in a month cell before "+N lainnya".
const SHOWN_PER_DAY: usize = 3;

/// The month view.
#[component]
pub fn MonthView() -> impl IntoView {
    let i18n = use_i18n();
    let cal = use_calendar();
    let posts = visible_posts();
    let slots = visible_open_slots();
    let marks = visible_marks();
    let weeks = Memo::new(move |_| month_grid(Month::of(cal.anchor.get())));
    let monday = weeks.with_untracked(|w| w[0][0]);
    // For the benchmark: the first month shown with what is stored.
    let state = expect_context::<AppState>();
    Effect::new(move |_| {
        if state.storage.get() == StorageStatus::Ready {
            timing::month_painted_once();
        }
    });
    view! {
        <div class="month-grid" role="grid" aria-labelledby="period-title" data-testid="month-grid">
            <div class="month-row weekday-row" role="row">
                {(0..7).map(|i| {
                    let day = monday + chrono::Duration::days(i);
                    view! { <div class="weekday-head" role="columnheader">{move || weekday_short(i18n, day)}</div> }
                }).collect_view()}
            </div>
            {move || weeks.get().into_iter().map(|week| view! {
                <div class="month-row" role="row">
                    {week.into_iter().map(|date| view! {
                        <DayCell date posts slots marks />
                    }).collect_view()}
                </div>
            }).collect_view()}
        </div>
    }
}

/// One day of the month grid.
#[component]
fn DayCell(
    /// The day.
    date: Date,
    /// The visible posts of the whole view.
    posts: Memo<Vec<ChipPost>>,
    /// The visible open slots of the whole view.
    slots: Memo<Vec<SlotOccurrence>>,
    /// The special days of the whole view.
    marks: Memo<Vec<DayMark>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let cal = use_calendar();
    let editor = PostEditor::use_();
    let mover = expect_context::<MoveTarget>();
    let day_posts = of_day(posts, date);
    let day_slots = of_day(slots, date);
    let day_marks = of_day(marks, date);
    let in_month = move || Month::of(date) == Month::of(cal.anchor.get());
    let hidden = move || day_posts.with(Vec::len).saturating_sub(SHOWN_PER_DAY);
    // Redrawn when it appears or goes, not on every change of the day.
    let has_more = Memo::new(move |_| hidden() > 0);
    view! {
        <div
            class="day-cell"
            class:other-month=move || !in_month()
            class:today=move || date == cal.today.get()
            class:holiday=move || day_marks.with(|ms| ms.iter().any(|m| m.kind == crate::domain::special_day::SpecialDayKind::Holiday))
            role="gridcell"
            data-date=date.to_string()
            aria-label=move || long_date(i18n, date)
            on:dragover=allow_drop
            on:drop=drop_on(mover, date)
        >
            <div class="day-head">
                <span class="day-number" aria-hidden="true">{date.format("%-d").to_string()}</span>
                <button type="button" class="add-post print-hide"
                    aria-label=move || t_string!(i18n, cal.add_on, date = long_date(i18n, date)).to_string()
                    on:click=move |_| editor.open(EditorTarget::New { date, time: None })>"+"</button>
            </div>
            {move || day_marks.get().into_iter().map(|m| view! {
                <span class=format!("day-mark mark-{}", m.kind.key()) title=m.name.clone()>{m.name.clone()}</span>
            }).collect_view()}
            <DayChips posts=move || day_posts.with(|ps| ps.iter().take(SHOWN_PER_DAY).cloned().collect::<Vec<_>>()) />
            {move || has_more.get().then(|| view! {
                <button type="button" class="more-posts" on:click=move |_| cal.show_at(View::Week, date)>
                    {move || t_string!(i18n, cal.more, count = hidden()).to_string()}
                </button>
            })}
            {move || day_slots.get().into_iter().map(|slot| view! { <SlotPlaceholder occurrence=slot /> }).collect_view()}
        </div>
    }
}
