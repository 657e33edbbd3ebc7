//! The week view: seven days, Monday first, every post and open slot.

use leptos::prelude::*;

use crate::domain::calendar::week_of;
use crate::i18n::*;
use crate::ui::format::long_date;
use crate::ui::post_editor::{EditorTarget, PostEditor};

use super::chip::{
    allow_drop, drop_on, of_day, visible_open_slots, visible_posts, DayChips, SlotPlaceholder,
};
use super::move_dialog::MoveTarget;
use super::sidebar::visible_marks;
use super::use_calendar;

/// The week view.
#[component]
pub fn WeekView() -> impl IntoView {
    let i18n = use_i18n();
    let cal = use_calendar();
    let editor = PostEditor::use_();
    let mover = expect_context::<MoveTarget>();
    let posts = visible_posts();
    let slots = visible_open_slots();
    let marks = visible_marks();
    let days = Memo::new(move |_| week_of(cal.anchor.get()));
    view! {
        <ol class="week-grid" aria-labelledby="period-title" data-testid="week-grid">
            {move || days.get().into_iter().map(|date| {
                let day_posts = of_day(posts, date);
                let day_slots = of_day(slots, date);
                let day_marks = of_day(marks, date);
                view! {
                    <li class="week-day" class:today=move || date == cal.today.get() data-date=date.to_string()
                        on:dragover=allow_drop on:drop=drop_on(mover, date)>
                        <div class="day-head">
                            <h3>{move || long_date(i18n, date)}</h3>
                            <button type="button" class="add-post print-hide"
                                aria-label=move || t_string!(i18n, cal.add_on, date = long_date(i18n, date)).to_string()
                                on:click=move |_| editor.open(EditorTarget::New { date, time: None })>"+"</button>
                        </div>
                        {move || day_marks.get().into_iter().map(|m| view! {
                            <span class=format!("day-mark mark-{}", m.kind.key())>{m.name.clone()}</span>
                        }).collect_view()}
                        <DayChips posts=day_posts />
                        {move || day_slots.get().into_iter().map(|slot| view! { <SlotPlaceholder occurrence=slot /> }).collect_view()}
                    </li>
                }
            }).collect_view()}
        </ol>
    }
}
