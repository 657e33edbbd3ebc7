//! The posting schedule editor ("Jadwal rutin"): every week, on a day, at
//! a time, on some platforms, optionally for a pillar and in a format. The
//! calendar shows the slots no post fills yet as dashed placeholders.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser;
use crate::domain::id::Id;
use crate::domain::platform::Platform;
use crate::domain::post::PostFormat;
use crate::domain::record::{live_sorted, Record};
use crate::domain::slot::{IsoWeekday, Slot, SlotData};
use crate::domain::time::{Date, TimeOfDay};
use crate::i18n::*;
use crate::ui::format::format_label;
use crate::ui::format::{time_of_day, weekday_name};
use crate::ui::forms::{platform_label, FieldError};
use crate::ui::state::{stored_record, AppState};

use super::rows::{save_edit, RowActions};

/// The name of a day of the week ("Senin"), through the one list of
/// weekday names in `format.rs`, which is keyed by date.
fn day_name(i18n: I18nContext<Locale>, day: IsoWeekday) -> String {
    // 1 January 2024 was a Monday.
    let monday = Date::from_ymd_opt(2024, 1, 1).unwrap_or_default();
    weekday_name(
        i18n,
        monday + chrono::Days::new(u64::from(day.number() - 1)),
    )
}

/// How a slot is named in labels and messages: "Senin 09.00".
fn slot_name(i18n: I18nContext<Locale>, data: &SlotData) -> String {
    format!(
        "{} {}",
        day_name(i18n, data.weekday),
        time_of_day(i18n, data.time)
    )
}

/// What a slot form holds while it is being edited.
#[derive(Clone, Copy)]
struct SlotFields {
    weekday: RwSignal<IsoWeekday>,
    /// As the time input writes it, `HH:MM`; empty until filled.
    time: RwSignal<String>,
    platforms: RwSignal<Vec<Platform>>,
    pillar: RwSignal<Option<Id>>,
    format: RwSignal<Option<PostFormat>>,
    time_error: RwSignal<Option<String>>,
    platforms_error: RwSignal<Option<String>>,
}

impl SlotFields {
    fn new(slot: Option<&SlotData>) -> Self {
        Self {
            weekday: RwSignal::new(slot.map_or(IsoWeekday::ALL[0], |s| s.weekday)),
            time: RwSignal::new(slot.map(|s| s.time.to_string()).unwrap_or_default()),
            platforms: RwSignal::new(slot.map(|s| s.platforms.clone()).unwrap_or_default()),
            pillar: RwSignal::new(slot.and_then(|s| s.pillar_id.clone())),
            format: RwSignal::new(slot.and_then(|s| s.format)),
            time_error: RwSignal::new(None),
            platforms_error: RwSignal::new(None),
        }
    }

    /// Checks the fields and shows each problem next to its field; on
    /// success returns the slot's data.
    fn validate(self, i18n: I18nContext<Locale>) -> Option<SlotData> {
        // Chromium's time input writes seconds only when its step asks.
        let time = TimeOfDay::parse(self.time.get_untracked().trim());
        self.time_error.set(
            time.is_none()
                .then(|| t_string!(i18n, slots_editor.no_time).to_string()),
        );
        // In the order platforms are listed everywhere, whatever the order
        // they were ticked in.
        let chosen = self.platforms.get_untracked();
        let platforms: Vec<Platform> = Platform::ALL
            .into_iter()
            .filter(|p| chosen.contains(p))
            .collect();
        self.platforms_error.set(
            platforms
                .is_empty()
                .then(|| t_string!(i18n, slots_editor.no_platform).to_string()),
        );
        if platforms.is_empty() {
            return None;
        }
        Some(SlotData {
            weekday: self.weekday.get_untracked(),
            time: time?,
            platforms,
            pillar_id: self.pillar.get_untracked(),
            format: self.format.get_untracked(),
        })
    }
}

/// The accessible names of one form's controls; in a row they name the
/// slot ("Hari jadwal Senin 09.00").
#[derive(Clone, Default, PartialEq)]
struct Labels {
    weekday: String,
    time: String,
    platforms: String,
    /// For one platform's checkbox, given the platform's name; `None` in
    /// the add form, where the checkbox's own label is enough.
    platform_slot: Option<String>,
    pillar: String,
    format: String,
}

/// The zone's abbreviation shown beside times (WIB, WITA, WIT).
fn zone_label(state: AppState) -> String {
    state
        .workspace
        .with(|w| crate::ui::format::zone_label(&w.timezone).to_string())
}

/// The posting schedule section of the settings page.
#[component]
pub fn SlotsEditor() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let ids = Memo::new(move |_| {
        state.slots.with(|slots| {
            let mut live: Vec<&Slot> = slots.iter().filter(|s| s.is_live()).collect();
            live.sort_by_key(|s| (s.data.weekday, s.data.time));
            live.into_iter().map(|s| s.id.clone()).collect::<Vec<_>>()
        })
    });
    view! {
        <section class="card" aria-labelledby="slots-heading" data-testid="slots">
            <h2 id="slots-heading">{t!(i18n, slots_editor.heading)}</h2>
            <p class="hint">{t!(i18n, slots_editor.hint)}</p>
            <Show
                when=move || !ids.with(Vec::is_empty)
                fallback=move || view! { <p class="empty-note">{t!(i18n, slots_editor.empty)}</p> }
            >
                <ul class="schedule-list" data-testid="slot-list">
                    <For each=move || ids.get() key=|id| id.clone() children=move |id| view! { <SlotRow id /> } />
                </ul>
            </Show>
            <AddSlotForm />
        </section>
    }
}

/// The inputs of one slot, each with its visible label and its error next
/// to it.
#[component]
fn SlotInputs(fields: SlotFields, dom_id: String, labels: Signal<Labels>) -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let weekday_id = format!("{dom_id}-weekday");
    let time_id = format!("{dom_id}-time");
    let pillar_id = format!("{dom_id}-pillar");
    let format_id = format!("{dom_id}-format");
    let time_err = format!("{dom_id}-time-error");
    let platforms_err = format!("{dom_id}-platforms-error");
    let label = move |pick: fn(&Labels) -> String| move || labels.with(pick);
    let zone = move || zone_label(state);
    let pillars = Memo::new(move |_| {
        state.pillars.with(|ps| {
            live_sorted(ps)
                .into_iter()
                .map(|p| (p.id, p.data.name))
                .collect::<Vec<_>>()
        })
    });
    // A pillar deleted since, or only known to a colleague, stays chosen
    // under "unknown" rather than being dropped silently.
    let stray = move || {
        fields
            .pillar
            .get()
            .filter(|v| !pillars.with(|ps| ps.iter().any(|(id, _)| id == v)))
    };
    let platform_boxes = Platform::ALL
        .into_iter()
        .map(|platform| {
            let box_id = format!("{dom_id}-platform-{}", platform.key());
            let platforms_err = platforms_err.clone();
            let toggle = move |ev: leptos::ev::Event| {
                let on = event_target_checked(&ev);
                fields.platforms.update(|ps| {
                    ps.retain(|p| *p != platform);
                    if on {
                        ps.push(platform);
                    }
                });
            };
            let name = move || {
                labels.with(|l| {
                    l.platform_slot.as_ref().map(|slot| {
                        t_string!(
                            i18n,
                            slots_editor.platform_of,
                            platform = platform_label(i18n, platform),
                            slot = slot.clone()
                        )
                        .to_string()
                    })
                })
            };
            view! {
                <label class="choice">
                    <input type="checkbox" id=box_id value=platform.key()
                        aria-label=name
                        aria-invalid=move || fields.platforms_error.with(Option::is_some).to_string()
                        aria-describedby=platforms_err
                        prop:checked=move || fields.platforms.with(|ps| ps.contains(&platform))
                        on:change=toggle />
                    {move || platform_label(i18n, platform)}
                </label>
            }
        })
        .collect_view();
    view! {
        <div class="field slot-weekday">
            <label for=weekday_id.clone()>{t!(i18n, slots_editor.weekday)}</label>
            <select id=weekday_id aria-label=label(|l| l.weekday.clone())
                on:change=move |ev| {
                    let chosen = event_target_value(&ev).parse::<u8>().ok().and_then(IsoWeekday::new);
                    if let Some(day) = chosen {
                        fields.weekday.set(day);
                    }
                }>
                {IsoWeekday::ALL.into_iter().map(|day| view! {
                    <option value=day.number().to_string() prop:selected=move || fields.weekday.get() == day>
                        {move || day_name(i18n, day)}
                    </option>
                }).collect_view()}
            </select>
        </div>
        <div class="field slot-time">
            <label for=time_id.clone()>{move || t_string!(i18n, slots_editor.time, zone = zone()).to_string()}</label>
            <input type="time" id=time_id required bind:value=fields.time
                aria-label=label(|l| l.time.clone())
                aria-invalid=move || fields.time_error.with(Option::is_some).to_string()
                aria-describedby=time_err.clone() />
            <FieldError id=time_err error=fields.time_error.into() />
        </div>
        <fieldset class="slot-platforms" aria-label=label(|l| l.platforms.clone())>
            <legend>{t!(i18n, slots_editor.platforms)}</legend>
            <div class="platform-choices">{platform_boxes}</div>
            <FieldError id=platforms_err error=fields.platforms_error.into() />
        </fieldset>
        <div class="field slot-pillar">
            <label for=pillar_id.clone()>{t!(i18n, slots_editor.pillar)}</label>
            <select id=pillar_id aria-label=label(|l| l.pillar.clone())
                on:change=move |ev| fields.pillar.set(Id::parse(&event_target_value(&ev)))>
                <option value="" prop:selected=move || fields.pillar.with(Option::is_none)>
                    {t!(i18n, slots_editor.no_pillar)}
                </option>
                {move || pillars.get().into_iter().map(|(choice, name)| {
                    let key = choice.as_str().to_string();
                    view! {
                        <option value=key prop:selected=move || fields.pillar.with(|v| v.as_ref() == Some(&choice))>
                            {name}
                        </option>
                    }
                }).collect_view()}
                {move || stray().map(|v| view! {
                    <option value=v.as_str().to_string() prop:selected=true>
                        {t!(i18n, slots_editor.unknown_pillar)}
                    </option>
                })}
            </select>
        </div>
        <div class="field slot-format">
            <label for=format_id.clone()>{t!(i18n, slots_editor.format)}</label>
            <select id=format_id aria-label=label(|l| l.format.clone())
                on:change=move |ev| fields.format.set(PostFormat::from_key(&event_target_value(&ev)))>
                <option value="" prop:selected=move || fields.format.with(Option::is_none)>
                    {t!(i18n, slots_editor.any_format)}
                </option>
                {PostFormat::ALL.into_iter().map(|f| view! {
                    <option value=f.key() prop:selected=move || fields.format.get() == Some(f)>
                        {move || format_label(i18n, f)}
                    </option>
                }).collect_view()}
            </select>
        </div>
    }
}

/// One stored slot, edited in place and saved with its button.
#[component]
fn SlotRow(id: Id) -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let record = stored_record(state.slots, id.clone());

    // The row is named by what is stored, not by what is being typed.
    let stored_name = move || {
        record.with(|r| {
            r.as_ref()
                .map(|s| slot_name(i18n, &s.data))
                .unwrap_or_default()
        })
    };
    let fields = record.with_untracked(|r| SlotFields::new(r.as_ref().map(|s| &s.data)));
    let labels = Signal::derive(move || {
        let slot = stored_name();
        let zone = zone_label(state);
        Labels {
            weekday: t_string!(i18n, slots_editor.weekday_of, slot = slot.clone()).to_string(),
            time: t_string!(i18n, slots_editor.time_of, zone = zone, slot = slot.clone())
                .to_string(),
            platforms: t_string!(i18n, slots_editor.platforms_of, slot = slot.clone()).to_string(),
            platform_slot: Some(slot.clone()),
            pillar: t_string!(i18n, slots_editor.pillar_of, slot = slot.clone()).to_string(),
            format: t_string!(i18n, slots_editor.format_of, slot = slot).to_string(),
        }
    });

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(data) = fields.validate(i18n) else {
            return;
        };
        let done = t_string!(i18n, slots_editor.saved, slot = slot_name(i18n, &data)).to_string();
        save_edit(
            state,
            state.slots,
            record,
            move |s, now| {
                s.data = data;
                s.touch(now);
            },
            done,
        );
    };
    let delete = move |()| {
        let done = t_string!(i18n, slots_editor.deleted, slot = stored_name()).to_string();
        save_edit(state, state.slots, record, |s, now| s.tombstone(now), done);
    };

    view! {
        <li data-testid="slot-row">
            <form class="slot-row" on:submit=on_submit novalidate>
                <SlotInputs fields dom_id=format!("slot-{}", id.as_str()) labels />
                <RowActions
                    save_label=Signal::derive(move || t_string!(i18n, slots_editor.save_of, slot = stored_name()).to_string())
                    delete_label=Signal::derive(move || t_string!(i18n, slots_editor.delete_of, slot = stored_name()).to_string())
                    question=Signal::derive(move || t_string!(i18n, slots_editor.delete_confirm, slot = stored_name()).to_string())
                    on_delete=Callback::new(delete) />
            </form>
        </li>
    }
}

/// Adds a slot. What was typed stays until it is saved; then only the
/// time is cleared, so that the next slot on other days with the same
/// platforms is quick to add and the same slot is not added twice by a
/// second press.
#[component]
fn AddSlotForm() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let fields = SlotFields::new(None);
    let labels = Signal::derive(move || Labels {
        weekday: t_string!(i18n, slots_editor.weekday).to_string(),
        time: t_string!(i18n, slots_editor.time, zone = zone_label(state)).to_string(),
        platforms: t_string!(i18n, slots_editor.platforms).to_string(),
        platform_slot: None,
        pillar: t_string!(i18n, slots_editor.pillar).to_string(),
        format: t_string!(i18n, slots_editor.format).to_string(),
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(data) = fields.validate(i18n) else {
            return;
        };
        let done = t_string!(i18n, slots_editor.added, slot = slot_name(i18n, &data)).to_string();
        let slot = Record::new(browser::new_id(), browser::now(), data);
        spawn_local(async move {
            if state.save(state.slots, slot).await {
                fields.time.set(String::new());
                state.notify(done);
            }
        });
    };
    view! {
        <form class="slot-row add-row" on:submit=on_submit novalidate data-testid="add-slot">
            <SlotInputs fields dom_id="new-slot".to_string() labels />
            <div class="row-actions">
                <button type="submit" class="primary">{t!(i18n, slots_editor.add)}</button>
            </div>
        </form>
    }
}
