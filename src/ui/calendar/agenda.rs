//! The agenda view: one month's posts, day by day.

use leptos::prelude::*;

use crate::domain::calendar::Month;
use crate::i18n::*;
use crate::ui::format::long_date;

use super::chip::{allow_drop, drop_on, of_day, visible_posts, DayChips};
use super::move_dialog::MoveTarget;
use super::sidebar::visible_marks;
use super::use_calendar;

/// The agenda view.
#[component]
pub fn AgendaView() -> impl IntoView {
    let i18n = use_i18n();
    let cal = use_calendar();
    let mover = expect_context::<MoveTarget>();
    let posts = visible_posts();
    let marks = visible_marks();
    // Days with posts or special days, in order.
    let days = Memo::new(move |_| {
        let month = Month::of(cal.anchor.get());
        let mut days: Vec<_> = posts.with(|ps| ps.iter().map(|p| p.date).collect());
        marks.with(|ms| days.extend(ms.iter().map(|m| m.date)));
        days.retain(|d| Month::of(*d) == month);
        days.sort();
        days.dedup();
        days
    });
    view! {
        <Show
            when=move || !days.with(Vec::is_empty)
            fallback=move || view! { <p class="empty-note">{t!(i18n, agenda.empty)}</p> }
        >
            <ol class="agenda" aria-labelledby="period-title" data-testid="agenda">
                {move || days.get().into_iter().map(|date| {
                    let day_posts = of_day(posts, date);
                    let day_marks = of_day(marks, date);
                    view! {
                        <li class="agenda-day" class:today=move || date == cal.today.get() data-date=date.to_string()
                            style:contain-intrinsic-size=move || estimated_height(day_posts.with(Vec::len), day_marks.with(Vec::len))
                            on:dragover=allow_drop on:drop=drop_on(mover, date)>
                            <h3>{move || long_date(i18n, date)}</h3>
                            {move || day_marks.get().into_iter().map(|m| view! {
                                <span class=format!("day-mark mark-{}", m.kind.key())>{m.name.clone()}</span>
                            }).collect_view()}
                            <DayChips posts=day_posts />
                        </li>
                    }
                }).collect_view()}
            </ol>
        </Show>
    }
}

/// The height a day of the agenda is given until it is first drawn (it is
/// drawn when scrolled near: `content-visibility: auto` in the style
/// sheet), from what it holds: its heading, 68 px per post and 24 per
/// special day, as drawn at any width. Close enough that the page's
/// height barely changes as days are drawn; `auto` keeps the real height
/// once drawn.
fn estimated_height(posts: usize, marks: usize) -> String {
    format!("auto {}px", 30 + 68 * posts + 24 * marks)
}
