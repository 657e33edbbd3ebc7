//! The special days editor ("Hari khusus"): the workspace's own days, such
//! as Hari Jadi Kabupaten Bengkayang, which the calendar shows beside the
//! built-in national holidays and observances.
//!
//! A date is picked as day and month, with a year only for a day that
//! moves: no format to learn, and an every-year day (`MM-DD`) is simply a
//! date without a year.

use chrono::Datelike;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser;
use crate::domain::id::Id;
use crate::domain::record::Record;
use crate::domain::special_day::{SpecialDay, SpecialDayData, SpecialDayKind};
use crate::domain::text::clean_name;
use crate::domain::time::SpecialDayDate;
use crate::i18n::*;
use crate::ui::format::month_name;
use crate::ui::forms::{name_problem, FieldError};
use crate::ui::state::{stored_record, AppState};

use super::rows::{save_edit, RowActions};

/// The id of the hint that explains the year field; every date control
/// points to it.
const DATE_HINT_ID: &str = "special-days-date-hint";

/// Why the day, month and year picked are not a special day's date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum DateProblem {
    /// Day or month not chosen.
    Missing,
    /// A year that is not four digits.
    BadYear,
    /// No such day (31 April, 29 February 2027).
    NotOnCalendar,
}

/// Reads the date picked: no year is every year (`MM-DD`), a year is that
/// year only (`YYYY-MM-DD`). The domain's parser decides what is a date.
fn read_date(day: &str, month: &str, year: &str) -> Result<SpecialDayDate, DateProblem> {
    let (Ok(day), Ok(month)) = (day.parse::<u8>(), month.parse::<u8>()) else {
        return Err(DateProblem::Missing);
    };
    let text = match year.trim() {
        "" => format!("{month:02}-{day:02}"),
        y if y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()) => {
            format!("{y}-{month:02}-{day:02}")
        }
        _ => return Err(DateProblem::BadYear),
    };
    SpecialDayDate::parse(&text).ok_or(DateProblem::NotOnCalendar)
}

/// Day, month and year as the inputs show them (the year empty for every
/// year).
fn date_parts(date: SpecialDayDate) -> (String, String, String) {
    match date {
        SpecialDayDate::Annual { month, day } => {
            (day.to_string(), month.to_string(), String::new())
        }
        SpecialDayDate::Once(d) => (
            d.day().to_string(),
            d.month().to_string(),
            d.year().to_string(),
        ),
    }
}

/// The order of the list: by month and day, an every-year day before a
/// one-year day on the same date, then by year.
fn date_order(date: SpecialDayDate) -> (u32, u32, Option<i32>) {
    match date {
        SpecialDayDate::Annual { month, day } => (month.into(), day.into(), None),
        SpecialDayDate::Once(d) => (d.month(), d.day(), Some(d.year())),
    }
}

/// A kind's name from the glossary.
fn kind_label(i18n: I18nContext<Locale>, kind: SpecialDayKind) -> String {
    match kind {
        SpecialDayKind::Holiday => t_string!(i18n, special_days_editor.kinds.holiday),
        SpecialDayKind::Observance => t_string!(i18n, special_days_editor.kinds.observance),
        SpecialDayKind::Local => t_string!(i18n, special_days_editor.kinds.local),
    }
    .to_string()
}

/// What a special day form holds while it is being edited.
#[derive(Clone, Copy)]
struct DayFields {
    name: RwSignal<String>,
    /// "" until chosen, else 1–31.
    day: RwSignal<String>,
    /// "" until chosen, else 1–12.
    month: RwSignal<String>,
    /// Empty for every year.
    year: RwSignal<String>,
    kind: RwSignal<SpecialDayKind>,
    name_error: RwSignal<Option<String>>,
    date_error: RwSignal<Option<String>>,
}

impl DayFields {
    fn new(name: &str, date: Option<SpecialDayDate>, kind: SpecialDayKind) -> Self {
        let (day, month, year) = date.map(date_parts).unwrap_or_default();
        Self {
            name: RwSignal::new(name.to_string()),
            day: RwSignal::new(day),
            month: RwSignal::new(month),
            year: RwSignal::new(year),
            kind: RwSignal::new(kind),
            name_error: RwSignal::new(None),
            date_error: RwSignal::new(None),
        }
    }

    /// Checks the fields and shows each problem next to its field; on
    /// success returns the special day's data.
    fn validate(self, i18n: I18nContext<Locale>) -> Option<SpecialDayData> {
        let name = clean_name(&self.name.get_untracked());
        self.name_error
            .set(name.as_ref().err().map(|p| name_problem(i18n, p)));
        let date = read_date(
            &self.day.get_untracked(),
            &self.month.get_untracked(),
            &self.year.get_untracked(),
        );
        self.date_error.set(date.err().map(|p| {
            match p {
                DateProblem::Missing => t_string!(i18n, special_days_editor.no_date),
                DateProblem::BadYear => t_string!(i18n, special_days_editor.bad_year),
                DateProblem::NotOnCalendar => t_string!(i18n, special_days_editor.bad_date),
            }
            .to_string()
        }));
        Some(SpecialDayData {
            date: date.ok()?,
            name: name.ok()?,
            kind: self.kind.get_untracked(),
        })
    }
}

/// The accessible names of one form's controls: in a row they name the
/// day, so that "Tanggal Hari Jadi Kabupaten Bengkayang" is told apart
/// from the next row's.
#[derive(Clone, Default, PartialEq)]
struct Labels {
    name: String,
    day: String,
    month: String,
    year: String,
    kind: String,
}

/// The special days section of the settings page.
#[component]
pub fn SpecialDaysEditor() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let ids = Memo::new(move |_| {
        state.special_days.with(|days| {
            let mut live: Vec<&SpecialDay> = days.iter().filter(|d| d.is_live()).collect();
            live.sort_by_cached_key(|d| (date_order(d.data.date), d.data.name.to_lowercase()));
            live.into_iter().map(|d| d.id.clone()).collect::<Vec<_>>()
        })
    });
    view! {
        <section class="card" aria-labelledby="special-days-heading" data-testid="special-days">
            <h2 id="special-days-heading">{t!(i18n, special_days_editor.heading)}</h2>
            <p class="hint">{t!(i18n, special_days_editor.hint)}</p>
            <p class="hint" id=DATE_HINT_ID>{t!(i18n, special_days_editor.date_hint)}</p>
            <Show
                when=move || !ids.with(Vec::is_empty)
                fallback=move || view! { <p class="empty-note">{t!(i18n, special_days_editor.empty)}</p> }
            >
                <ul class="schedule-list" data-testid="special-day-list">
                    <For each=move || ids.get() key=|id| id.clone() children=move |id| view! { <SpecialDayRow id /> } />
                </ul>
            </Show>
            <AddSpecialDayForm />
        </section>
    }
}

/// The inputs of one special day, each with its visible label and its
/// error next to it.
#[component]
fn DayInputs(fields: DayFields, dom_id: String, labels: Signal<Labels>) -> impl IntoView {
    let i18n = use_i18n();
    let name_id = format!("{dom_id}-name");
    let day_id = format!("{dom_id}-day");
    let month_id = format!("{dom_id}-month");
    let year_id = format!("{dom_id}-year");
    let kind_id = format!("{dom_id}-kind");
    let name_err = format!("{dom_id}-name-error");
    let date_err = format!("{dom_id}-date-error");
    let date_described = format!("{date_err} {DATE_HINT_ID}");
    let date_invalid = move || fields.date_error.with(Option::is_some);
    let label = move |pick: fn(&Labels) -> String| move || labels.with(pick);
    view! {
        <div class="field sd-name">
            <label for=name_id.clone()>{t!(i18n, special_days_editor.name)}</label>
            <input type="text" id=name_id bind:value=fields.name
                aria-label=label(|l| l.name.clone())
                aria-invalid=move || fields.name_error.with(Option::is_some).to_string()
                aria-describedby=name_err.clone() />
            <FieldError id=name_err error=fields.name_error.into() />
        </div>
        <div class="sd-date">
            <div class="date-parts">
                <DatePartSelect class="field date-day" id=day_id value=fields.day
                    label=Signal::derive(move || t_string!(i18n, special_days_editor.day).to_string())
                    aria_label=Signal::derive(label(|l| l.day.clone()))
                    invalid=Signal::derive(date_invalid) described_by=date_described.clone()
                    choices=1..=31 name=|_, d| d.to_string() />
                <DatePartSelect class="field date-month" id=month_id value=fields.month
                    label=Signal::derive(move || t_string!(i18n, special_days_editor.month).to_string())
                    aria_label=Signal::derive(label(|l| l.month.clone()))
                    invalid=Signal::derive(date_invalid) described_by=date_described.clone()
                    choices=1..=12 name=month_name />
                <div class="field date-year">
                    <label for=year_id.clone()>{t!(i18n, special_days_editor.year)}</label>
                    <input type="text" id=year_id inputmode="numeric" autocomplete="off" bind:value=fields.year
                        placeholder=move || t_string!(i18n, special_days_editor.every_year).to_string()
                        aria-label=label(|l| l.year.clone())
                        aria-invalid=move || date_invalid().to_string() aria-describedby=date_described />
                </div>
            </div>
            <FieldError id=date_err error=fields.date_error.into() />
        </div>
        <div class="field sd-kind">
            <label for=kind_id.clone()>{t!(i18n, special_days_editor.kind)}</label>
            <select id=kind_id aria-label=label(|l| l.kind.clone())
                on:change=move |ev| {
                    if let Some(kind) = SpecialDayKind::from_key(&event_target_value(&ev)) {
                        fields.kind.set(kind);
                    }
                }>
                {SpecialDayKind::ALL.into_iter().map(|kind| view! {
                    <option value=kind.key() prop:selected=move || fields.kind.get() == kind>
                        {move || kind_label(i18n, kind)}
                    </option>
                }).collect_view()}
            </select>
        </div>
    }
}

/// The day or the month of a date: "—" until chosen, then a number.
#[component]
fn DatePartSelect(
    /// The wrapper's classes.
    class: &'static str,
    /// The select's id.
    id: String,
    /// The visible label.
    label: Signal<String>,
    /// The accessible name, naming the row.
    aria_label: Signal<String>,
    /// The number chosen, or empty.
    value: RwSignal<String>,
    /// Whether the date has a problem.
    invalid: Signal<bool>,
    /// The ids of the error and the hint.
    described_by: String,
    /// The numbers offered.
    choices: std::ops::RangeInclusive<u32>,
    /// How a number is shown ("27", "April").
    name: fn(I18nContext<Locale>, u32) -> String,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class=class>
            <label for=id.clone()>{label}</label>
            <select id=id aria-label=aria_label
                aria-invalid=move || invalid.get().to_string() aria-describedby=described_by
                on:change=move |ev| value.set(event_target_value(&ev))>
                <option value="" prop:selected=move || value.with(String::is_empty)>
                    {t!(i18n, special_days_editor.choose)}
                </option>
                {choices.map(|n| {
                    let key = n.to_string();
                    let this = key.clone();
                    view! {
                        <option value=key prop:selected=move || value.with(|v| *v == this)>
                            {move || name(i18n, n)}
                        </option>
                    }
                }).collect_view()}
            </select>
        </div>
    }
}

/// One stored special day, edited in place and saved with its button.
#[component]
fn SpecialDayRow(id: Id) -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let record = stored_record(state.special_days, id.clone());

    let stored_name =
        move || record.with(|r| r.as_ref().map(|d| d.data.name.clone()).unwrap_or_default());
    let fields = record.with_untracked(|r| match r {
        Some(d) => DayFields::new(&d.data.name, Some(d.data.date), d.data.kind),
        None => DayFields::new("", None, SpecialDayKind::Local),
    });
    let labels = Signal::derive(move || {
        let name = stored_name();
        Labels {
            name: t_string!(i18n, special_days_editor.name_of, name = name.clone()).to_string(),
            day: t_string!(i18n, special_days_editor.day_of, name = name.clone()).to_string(),
            month: t_string!(i18n, special_days_editor.month_of, name = name.clone()).to_string(),
            year: t_string!(i18n, special_days_editor.year_of, name = name.clone()).to_string(),
            kind: t_string!(i18n, special_days_editor.kind_of, name = name).to_string(),
        }
    });

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(data) = fields.validate(i18n) else {
            return;
        };
        let done = t_string!(i18n, special_days_editor.saved, name = data.name.clone()).to_string();
        save_edit(
            state,
            state.special_days,
            record,
            move |d, now| {
                d.data = data;
                d.touch(now);
            },
            done,
        );
    };
    let delete = move |()| {
        let done = t_string!(i18n, special_days_editor.deleted, name = stored_name()).to_string();
        save_edit(
            state,
            state.special_days,
            record,
            |d, now| d.tombstone(now),
            done,
        );
    };

    view! {
        <li data-testid="special-day-row">
            <form class="sd-row" on:submit=on_submit novalidate>
                <DayInputs fields dom_id=format!("special-day-{}", id.as_str()) labels />
                <RowActions
                    save_label=Signal::derive(move || t_string!(i18n, special_days_editor.save_of, name = stored_name()).to_string())
                    delete_label=Signal::derive(move || t_string!(i18n, special_days_editor.delete_of, name = stored_name()).to_string())
                    question=Signal::derive(move || t_string!(i18n, special_days_editor.delete_confirm, name = stored_name()).to_string())
                    on_delete=Callback::new(delete) />
            </form>
        </li>
    }
}

/// Adds a special day, a local day by default (national ones are built
/// in). What was typed stays until it is saved.
#[component]
fn AddSpecialDayForm() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let fields = DayFields::new("", None, SpecialDayKind::Local);
    let labels = Signal::derive(move || Labels {
        name: t_string!(i18n, special_days_editor.name).to_string(),
        day: t_string!(i18n, special_days_editor.day).to_string(),
        month: t_string!(i18n, special_days_editor.month).to_string(),
        year: t_string!(i18n, special_days_editor.year).to_string(),
        kind: t_string!(i18n, special_days_editor.kind).to_string(),
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(data) = fields.validate(i18n) else {
            return;
        };
        let done = t_string!(i18n, special_days_editor.added, name = data.name.clone()).to_string();
        let day = Record::new(browser::new_id(), browser::now(), data);
        spawn_local(async move {
            if state.save(state.special_days, day).await {
                fields.name.set(String::new());
                fields.day.set(String::new());
                fields.month.set(String::new());
                fields.year.set(String::new());
                state.notify(done);
            }
        });
    };
    view! {
        <form class="sd-row add-row" on:submit=on_submit novalidate data-testid="add-special-day">
            <DayInputs fields dom_id="new-special-day".to_string() labels />
            <div class="row-actions">
                <button type="submit" class="primary">{t!(i18n, special_days_editor.add)}</button>
            </div>
        </form>
    }
}
