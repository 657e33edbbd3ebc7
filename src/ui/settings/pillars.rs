//! The content pillars editor: name, colour and weekly target of each
//! pillar, adding new ones and deleting (tombstoning) old ones.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser;
use crate::domain::id::Id;
use crate::domain::pillar::{Color, Pillar, PillarData};
use crate::domain::record::{live_sorted, Record};
use crate::domain::text::clean_name;
use crate::i18n::*;
use crate::ui::forms::{name_problem, FieldError};
use crate::ui::state::{stored_record, AppState};

use super::rows::{save_edit, RowActions};

/// Highest weekly target the plan format allows.
const TARGET_MAX: u8 = 50;

/// What a pillar form holds while it is being edited.
#[derive(Clone, Copy)]
struct PillarFields {
    name: RwSignal<String>,
    color: RwSignal<String>,
    target: RwSignal<String>,
    name_error: RwSignal<Option<String>>,
    target_error: RwSignal<Option<String>>,
}

impl PillarFields {
    fn new(name: &str, color: &str, target: Option<u8>) -> Self {
        Self {
            name: RwSignal::new(name.to_string()),
            color: RwSignal::new(color.to_string()),
            target: RwSignal::new(target.map(|t| t.to_string()).unwrap_or_default()),
            name_error: RwSignal::new(None),
            target_error: RwSignal::new(None),
        }
    }

    /// Checks the fields; on success returns name, colour and target.
    fn validate(self, i18n: I18nContext<Locale>) -> Option<(String, Color, Option<u8>)> {
        let name = clean_name(&self.name.get_untracked());
        self.name_error
            .set(name.as_ref().err().map(|p| name_problem(i18n, p)));
        let raw_target = self.target.get_untracked();
        let target = match raw_target.trim() {
            "" => Ok(None),
            t => t
                .parse::<u8>()
                .ok()
                .filter(|n| *n <= TARGET_MAX)
                .map(Some)
                .ok_or(()),
        };
        self.target_error.set(
            target
                .is_err()
                .then(|| t_string!(i18n, problem.target).to_string()),
        );
        // The colour input only produces #rrggbb; a failure here is a bug.
        let color = Color::parse(&self.color.get_untracked());
        match (name, color, target) {
            (Ok(n), Some(c), Ok(t)) => Some((n, c, t)),
            _ => None,
        }
    }
}

/// The pillars section of the settings page.
#[component]
pub fn PillarsEditor() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let ids = Memo::new(move |_| {
        state.pillars.with(|ps| {
            live_sorted(ps)
                .into_iter()
                .map(|p| p.id)
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section class="card" aria-labelledby="pillars-heading">
            <h2 id="pillars-heading">{t!(i18n, settings.pillars_heading)}</h2>
            <p class="hint">{t!(i18n, settings.pillars_hint)}</p>
            // Column titles for sighted people on wide screens; every input
            // also carries its own accessible name with the pillar's name.
            <div class="pillar-head" aria-hidden="true">
                <span>{t!(i18n, settings.pillar_color)}</span>
                <span>{t!(i18n, settings.pillar_name)}</span>
                <span>{t!(i18n, settings.pillar_target)}</span>
            </div>
            <Show
                when=move || !ids.with(Vec::is_empty)
                fallback=move || view! { <p class="empty-note">{t!(i18n, settings.no_pillars)}</p> }
            >
                <ul class="pillar-list" data-testid="pillar-list">
                    <For each=move || ids.get() key=|id| id.clone() children=move |id| view! { <PillarRow id /> } />
                </ul>
            </Show>
            <AddPillarForm />
        </section>
    }
}

/// The inputs of one pillar; `label_for` names the pillar in the labels.
#[component]
fn PillarInputs(
    fields: PillarFields,
    dom_id: String,
    labels: Signal<(String, String, String)>,
) -> impl IntoView {
    let name_err = format!("{dom_id}-name-error");
    let target_err = format!("{dom_id}-target-error");
    view! {
        <input type="color" class="pillar-color" bind:value=fields.color
            aria-label=move || labels.with(|l| l.1.clone()) />
        <div class="field pillar-name">
            <input type="text" bind:value=fields.name
                aria-label=move || labels.with(|l| l.0.clone())
                aria-invalid=move || fields.name_error.with(Option::is_some).to_string()
                aria-describedby=name_err.clone() />
            <FieldError id=name_err error=fields.name_error.into() />
        </div>
        <div class="field pillar-target">
            <input type="number" min="0" max=TARGET_MAX.to_string() inputmode="numeric" bind:value=fields.target
                aria-label=move || labels.with(|l| l.2.clone())
                aria-invalid=move || fields.target_error.with(Option::is_some).to_string()
                aria-describedby=target_err.clone() />
            <FieldError id=target_err error=fields.target_error.into() />
        </div>
    }
}

/// One stored pillar, edited in place and saved with its button.
#[component]
fn PillarRow(id: Id) -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let record = stored_record(state.pillars, id.clone());

    let stored_name =
        move || record.with(|r| r.as_ref().map(|p| p.data.name.clone()).unwrap_or_default());
    let fields = record.with_untracked(|r| {
        let p = r.as_ref().map(|p| &p.data);
        PillarFields::new(
            p.map(|d| d.name.as_str()).unwrap_or_default(),
            p.map(|d| d.color.as_str()).unwrap_or("#1f6feb"),
            p.and_then(|d| d.target_per_week),
        )
    });
    let labels = Signal::derive(move || {
        let name = stored_name();
        (
            t_string!(i18n, settings.pillar_name_of, name = name.clone()).to_string(),
            t_string!(i18n, settings.pillar_color_of, name = name.clone()).to_string(),
            t_string!(i18n, settings.pillar_target_of, name = name).to_string(),
        )
    });

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some((name, color, target)) = fields.validate(i18n) else {
            return;
        };
        let done = t_string!(i18n, settings.pillar_saved, name = name.clone()).to_string();
        let change = move |p: &mut Pillar, now| {
            p.data.name = name;
            p.data.color = color;
            p.data.target_per_week = target;
            p.touch(now);
        };
        save_edit(state, state.pillars, record, change, done);
    };
    let on_delete = Callback::new(move |()| {
        let done = t_string!(i18n, settings.pillar_deleted, name = stored_name()).to_string();
        save_edit(
            state,
            state.pillars,
            record,
            |p, now| p.tombstone(now),
            done,
        );
    });
    let save_label = Signal::derive(move || {
        t_string!(i18n, settings.save_pillar_of, name = stored_name()).to_string()
    });
    let delete_label = Signal::derive(move || {
        t_string!(i18n, settings.delete_pillar_of, name = stored_name()).to_string()
    });
    let question = Signal::derive(move || {
        t_string!(i18n, settings.delete_pillar_confirm, name = stored_name()).to_string()
    });

    view! {
        <li data-testid="pillar-row">
            <form class="pillar-row" on:submit=on_submit novalidate>
                <PillarInputs fields dom_id=format!("pillar-{}", id.as_str()) labels />
                <RowActions save_label delete_label question on_delete />
            </form>
        </li>
    }
}

/// Adds a pillar. What was typed stays until it is saved.
#[component]
fn AddPillarForm() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let fields = PillarFields::new("", "#1f6feb", Some(1));
    let labels = Signal::derive(move || {
        (
            t_string!(i18n, settings.pillar_name).to_string(),
            t_string!(i18n, settings.pillar_color).to_string(),
            t_string!(i18n, settings.pillar_target).to_string(),
        )
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some((name, color, target_per_week)) = fields.validate(i18n) else {
            return;
        };
        let done = t_string!(i18n, settings.pillar_added, name = name.clone()).to_string();
        let pillar = Record::new(
            browser::new_id(),
            browser::now(),
            PillarData {
                name,
                color,
                target_per_week,
                description: String::new(),
            },
        );
        spawn_local(async move {
            if state.save(state.pillars, pillar).await {
                fields.name.set(String::new());
                state.notify(done);
            }
        });
    };
    view! {
        <form class="pillar-row add-pillar" on:submit=on_submit novalidate>
            <PillarInputs fields dom_id="new-pillar".to_string() labels />
            <button type="submit" class="primary">{t!(i18n, settings.add_pillar)}</button>
        </form>
    }
}
