//! The coverage editor: one dialog for a new coverage or a stored one.
//! Every rule is the plan format's (`domain::coverage_check`); what was
//! typed stays until it is saved, and a refused save says what and where.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser;
use crate::domain::coverage::{Coverage, CoverageData, CoverageStatus, Need};
use crate::domain::coverage_check::{check_coverage, CoverageField};
use crate::domain::id::Id;
use crate::domain::post::Link;
use crate::domain::record::{live_sorted, Record};
use crate::domain::text::clean_name;
use crate::domain::time::{parse_date, TimeOfDay};
use crate::i18n::*;
use crate::ui::format::{coverage_status_label, need_label};
use crate::ui::forms::{field_sentence, show_modal, DateField, FieldError};
use crate::ui::post_editor::focus_id;

use super::photos::PhotoSection;
use super::{CoverageUi, Editing};

/// One documentation link row as typed.
#[derive(Clone, Debug, PartialEq)]
struct LinkRow {
    key: u32,
    label: RwSignal<String>,
    url: RwSignal<String>,
    extra: serde_json::Map<String, serde_json::Value>,
}

/// The form's fields.
#[derive(Clone, Copy)]
struct Form {
    title: RwSignal<String>,
    date: RwSignal<String>,
    time: RwSignal<String>,
    location: RwSignal<String>,
    officials: RwSignal<String>,
    crew: RwSignal<Vec<Id>>,
    needs: RwSignal<Vec<Need>>,
    status: RwSignal<CoverageStatus>,
    links: RwSignal<Vec<LinkRow>>,
    notes: RwSignal<String>,
    next_key: StoredValue<u32>,
    /// Problems shown beside each field (field, link row key, sentence).
    problems: RwSignal<Vec<(CoverageField, Option<u32>, String)>>,
    date_error: RwSignal<Option<String>>,
    time_error: RwSignal<Option<String>>,
    confirm_delete: RwSignal<bool>,
}

impl Form {
    fn new() -> Self {
        Form {
            title: RwSignal::new(String::new()),
            date: RwSignal::new(String::new()),
            time: RwSignal::new(String::new()),
            location: RwSignal::new(String::new()),
            officials: RwSignal::new(String::new()),
            crew: RwSignal::new(Vec::new()),
            needs: RwSignal::new(Vec::new()),
            status: RwSignal::new(CoverageStatus::Planned),
            links: RwSignal::new(Vec::new()),
            notes: RwSignal::new(String::new()),
            next_key: StoredValue::new(0),
            problems: RwSignal::new(Vec::new()),
            date_error: RwSignal::new(None),
            time_error: RwSignal::new(None),
            confirm_delete: RwSignal::new(false),
        }
    }

    fn row(
        self,
        label: String,
        url: String,
        extra: serde_json::Map<String, serde_json::Value>,
    ) -> LinkRow {
        let key = self.next_key.get_value();
        self.next_key.set_value(key + 1);
        LinkRow {
            key,
            label: RwSignal::new(label),
            url: RwSignal::new(url),
            extra,
        }
    }

    fn load(self, d: &CoverageData) {
        self.title.set(d.title.clone());
        self.date.set(d.date.to_string());
        self.time
            .set(d.time.map(|t| t.to_string()).unwrap_or_default());
        self.location.set(d.location.clone());
        self.officials.set(d.officials.clone());
        self.crew.set(d.crew_ids.clone());
        self.needs.set(d.needs.clone());
        self.status.set(d.status);
        let rows = d
            .links
            .iter()
            .map(|l| self.row(l.label.clone(), l.url.clone(), l.extra.clone()))
            .collect();
        self.links.set(rows);
        self.notes.set(d.notes.clone());
        self.problems.set(Vec::new());
        self.date_error.set(None);
        self.time_error.set(None);
        self.confirm_delete.set(false);
    }

    fn problem(self, field: CoverageField, row: Option<u32>) -> Signal<Option<String>> {
        Signal::derive(move || {
            self.problems.with(|ps| {
                let text: Vec<&str> = ps
                    .iter()
                    .filter(|(f, r, _)| *f == field && *r == row)
                    .map(|(_, _, s)| s.as_str())
                    .collect();
                (!text.is_empty()).then(|| text.join(" "))
            })
        })
    }

    /// The fields as coverage data over `base`, or the problems shown and
    /// focus on the first.
    fn checked(self, i18n: I18nContext<Locale>, base: CoverageData) -> Option<CoverageData> {
        let mut d = base;
        d.title =
            clean_name(&self.title.get_untracked()).unwrap_or_else(|_| self.title.get_untracked());
        let date = parse_date(self.date.get_untracked().trim());
        self.date_error.set(
            date.is_none()
                .then(|| t_string!(i18n, coverage.bad_date).to_string()),
        );
        let typed_time = self.time.get_untracked();
        let typed_time = typed_time.trim();
        let time = if typed_time.is_empty() {
            Some(None)
        } else {
            // Browsers may add seconds ("09:00:00"); the plan keeps minutes.
            TimeOfDay::parse(typed_time.get(..5).unwrap_or(typed_time)).map(Some)
        };
        self.time_error.set(
            time.is_none()
                .then(|| t_string!(i18n, coverage.bad_time).to_string()),
        );
        if let Some(date) = date {
            d.date = date;
        }
        if let Some(time) = time {
            d.time = time;
        }
        d.location = self.location.get_untracked().trim().to_string();
        d.officials = self.officials.get_untracked().trim().to_string();
        d.crew_ids = self.crew.get_untracked();
        d.needs = Need::ALL
            .into_iter()
            .filter(|n| self.needs.with_untracked(|ns| ns.contains(n)))
            .collect();
        d.status = self.status.get_untracked();
        let rows = self.links.get_untracked();
        let rows: Vec<&LinkRow> = rows
            .iter()
            .filter(|r| {
                !(r.label.get_untracked().trim().is_empty()
                    && r.url.get_untracked().trim().is_empty())
            })
            .collect();
        d.links = rows
            .iter()
            .map(|r| Link {
                label: r.label.get_untracked().trim().to_string(),
                url: r.url.get_untracked().trim().to_string(),
                extra: r.extra.clone(),
            })
            .collect();
        d.notes = self.notes.get_untracked().trim_end().to_string();
        let problems: Vec<_> = check_coverage(&d)
            .into_iter()
            .map(|p| {
                let row = p.index.and_then(|i| rows.get(i)).map(|r| r.key);
                (p.field, row, field_sentence(i18n, &p.kind))
            })
            .collect();
        let first = problems.first().map(|(f, row, _)| control_id(*f, *row));
        self.problems.set(problems);
        if let Some(first) = first {
            focus_id(&first);
            return None;
        }
        if date.is_none() {
            focus_id("coverage-date");
            return None;
        }
        if time.is_none() {
            focus_id("coverage-time");
            return None;
        }
        Some(d)
    }
}

fn control_id(field: CoverageField, row: Option<u32>) -> String {
    match (field, row) {
        (CoverageField::Title, _) => "coverage-title".into(),
        (CoverageField::Location, _) => "coverage-location".into(),
        (CoverageField::Officials, _) => "coverage-officials".into(),
        (CoverageField::Links, Some(key)) => format!("coverage-link-url-{key}"),
        (CoverageField::Links, None) => "coverage-add-link".into(),
        (CoverageField::Notes, _) => "coverage-notes".into(),
    }
}

/// A blank coverage for today.
fn blank(ui: CoverageUi) -> CoverageData {
    serde_json::from_value(serde_json::json!({
        "title": "",
        "date": ui.today.get_untracked().to_string(),
        "needs": ["photo"],
    }))
    .expect("a blank coverage is valid")
}

/// The dialog.
#[component]
pub(super) fn CoverageEditor(
    /// The page's shared state.
    ui: CoverageUi,
) -> impl IntoView {
    let i18n = ui.i18n;
    let state = ui.state;
    let form = Form::new();
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let stored_id = Memo::new(move |_| match ui.editing.get() {
        Some(Editing::Edit(id)) => Some(id),
        _ => None,
    });

    Effect::new(move |_| {
        let editing = ui.editing.get();
        let Some(d) = dialog.get() else {
            return;
        };
        match editing {
            Some(target) => {
                let data = match &target {
                    Editing::New => Some(blank(ui)),
                    Editing::Edit(id) => untrack(|| {
                        state.coverage.with(|cs| {
                            cs.iter()
                                .find(|c| &c.id == id && c.is_live())
                                .map(|c| c.data.clone())
                        })
                    }),
                };
                match data {
                    Some(data) => form.load(&data),
                    None => {
                        ui.editing.set(None);
                        return;
                    }
                }
                show_modal(&d, || focus_id("coverage-title"));
            }
            None if d.open() => d.close(),
            None => {}
        }
    });

    let save = move || {
        let Some(target) = ui.editing.get_untracked() else {
            return;
        };
        let now = browser::now();
        let record: Option<Coverage> = match &target {
            Editing::New => form
                .checked(i18n, blank(ui))
                .map(|d| Record::new(browser::new_id(), now, d)),
            // Start from the record as stored now: photos attached and
            // needs ticked while the dialog was open stay.
            Editing::Edit(id) => state
                .coverage
                .with_untracked(|cs| cs.iter().find(|c| &c.id == id).cloned())
                .and_then(|mut c| {
                    let d = form.checked(i18n, c.data.clone())?;
                    c.data = d;
                    c.touch(now);
                    Some(c)
                }),
        };
        let Some(record) = record else {
            return;
        };
        let title = record.data.title.clone();
        let is_new = target == Editing::New;
        spawn_local(async move {
            if state.save(state.coverage, record).await {
                let done = if is_new {
                    t_string!(i18n, coverage.added, title = title)
                } else {
                    t_string!(i18n, coverage.saved, title = title)
                };
                state.notify(done.to_string());
                ui.editing.set(None);
            }
        });
    };
    let delete = move || {
        let Some(id) = stored_id.get_untracked() else {
            return;
        };
        let Some(mut c) = state
            .coverage
            .with_untracked(|cs| cs.iter().find(|c| c.id == id).cloned())
        else {
            return;
        };
        c.tombstone(browser::now());
        let title = c.data.title.clone();
        spawn_local(async move {
            if state.save(state.coverage, c).await {
                state.notify(t_string!(i18n, coverage.deleted, title = title).to_string());
                ui.editing.set(None);
            }
        });
    };
    let members = Memo::new(move |_| {
        state.members.with(|ms| {
            live_sorted(ms)
                .into_iter()
                .filter(|m| m.data.active)
                .collect::<Vec<_>>()
        })
    });
    let text = move |id: &'static str,
                     value: RwSignal<String>,
                     label: Signal<String>,
                     field: CoverageField| {
        let error = form.problem(field, None);
        let error_id = format!("{id}-error");
        view! {
            <div class="field">
                <label for=id>{label}</label>
                <input id=id type="text" autocomplete="off" bind:value=value
                    aria-invalid=move || error.with(Option::is_some).to_string()
                    aria-describedby=error_id.clone() />
                <FieldError id=error_id error />
            </div>
        }
    };
    let label = move |f: fn(I18nContext<Locale>) -> String| Signal::derive(move || f(i18n));

    view! {
        <dialog node_ref=dialog class="dialog coverage-editor" aria-labelledby="coverage-editor-heading"
            data-testid="coverage-editor" on:close=move |_| ui.editing.set(None)>
            <form novalidate on:submit=move |ev: leptos::ev::SubmitEvent| { ev.prevent_default(); save(); }>
                <h2 id="coverage-editor-heading">{move || if stored_id.with(Option::is_some) {
                    t_string!(i18n, coverage.edit_heading).to_string()
                } else {
                    t_string!(i18n, coverage.new_heading).to_string()
                }}</h2>
                {text("coverage-title", form.title, label(|i| t_string!(i, coverage.field_title).to_string()), CoverageField::Title)}
                <div class="form-row">
                    <DateField id="coverage-date" label=label(|i| t_string!(i, coverage.field_date).to_string())
                        value=form.date error=form.date_error />
                    <div class="field">
                        <label for="coverage-time">{t!(i18n, coverage.field_time)}</label>
                        <input id="coverage-time" type="time" bind:value=form.time
                            aria-invalid=move || form.time_error.with(Option::is_some).to_string()
                            aria-describedby="coverage-time-error" />
                        <FieldError id="coverage-time-error".to_string() error=form.time_error.into() />
                    </div>
                </div>
                {text("coverage-location", form.location, label(|i| t_string!(i, coverage.field_location).to_string()), CoverageField::Location)}
                {text("coverage-officials", form.officials, label(|i| t_string!(i, coverage.field_officials).to_string()), CoverageField::Officials)}
                <fieldset class="choices">
                    <legend>{t!(i18n, coverage.field_crew)}</legend>
                    {move || members.get().into_iter().map(|m| {
                        let id = m.id.clone();
                        let toggle_id = id.clone();
                        view! {
                            <label class="choice">
                                <input type="checkbox" prop:checked=move || form.crew.with(|c| c.contains(&id))
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        form.crew.update(|c| {
                                            c.retain(|x| x != &toggle_id);
                                            if on { c.push(toggle_id.clone()); }
                                        });
                                    } />
                                {m.data.name.clone()}
                            </label>
                        }
                    }).collect_view()}
                </fieldset>
                <fieldset class="choices">
                    <legend>{t!(i18n, coverage.field_needs)}</legend>
                    {Need::ALL.into_iter().map(|need| view! {
                        <label class="choice">
                            <input type="checkbox" value=need.key()
                                prop:checked=move || form.needs.with(|n| n.contains(&need))
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    form.needs.update(|n| {
                                        n.retain(|x| *x != need);
                                        if on { n.push(need); }
                                    });
                                } />
                            {move || need_label(i18n, need)}
                        </label>
                    }).collect_view()}
                </fieldset>
                <div class="field">
                    <label for="coverage-status">{t!(i18n, coverage.field_status)}</label>
                    <select id="coverage-status" on:change=move |ev| {
                        if let Some(s) = CoverageStatus::from_key(&event_target_value(&ev)) { form.status.set(s); }
                    }>
                        {CoverageStatus::ALL.into_iter().map(|s| view! {
                            <option value=s.key() prop:selected=move || form.status.get() == s>{move || coverage_status_label(i18n, s)}</option>
                        }).collect_view()}
                    </select>
                </div>
                <LinkRows form i18n />
                <div class="field">
                    <label for="coverage-notes">{t!(i18n, coverage.field_notes)}</label>
                    <textarea id="coverage-notes" rows="3" bind:value=form.notes
                        aria-describedby="coverage-notes-error"></textarea>
                    <FieldError id="coverage-notes-error".to_string() error=form.problem(CoverageField::Notes, None) />
                </div>
                {move || stored_id.get().map(|id| view! { <PhotoSection ui id /> })}
                <div class="dialog-actions">
                    <button type="submit" class="primary" data-testid="coverage-save">{t!(i18n, common.save)}</button>
                    <button type="button" on:click=move |_| ui.editing.set(None)>{t!(i18n, common.cancel)}</button>
                    <Show when=move || stored_id.with(Option::is_some)>
                        <button type="button" class="danger" on:click=move |_| form.confirm_delete.set(true)>
                            {t!(i18n, coverage.delete)}
                        </button>
                    </Show>
                </div>
                <Show when=move || form.confirm_delete.get()>
                    <div class="confirm" role="group" aria-labelledby="coverage-delete-question">
                        <p id="coverage-delete-question">{t!(i18n, coverage.delete_question)}</p>
                        <button type="button" class="danger" data-testid="coverage-delete-confirm"
                            on:click=move |_| delete()>{t!(i18n, coverage.delete_confirm)}</button>
                        <button type="button" on:click=move |_| form.confirm_delete.set(false)>{t!(i18n, common.cancel)}</button>
                    </div>
                </Show>
            </form>
        </dialog>
    }
}

/// The documentation links: label and address per row.
#[component]
fn LinkRows(form: Form, i18n: I18nContext<Locale>) -> impl IntoView {
    let add = move |_| {
        let row = form.row(String::new(), String::new(), serde_json::Map::new());
        let key = row.key;
        form.links.update(|rows| rows.push(row));
        focus_id(&format!("coverage-link-label-{key}"));
    };
    view! {
        <fieldset class="link-rows">
            <legend>{t!(i18n, coverage.field_links)}</legend>
            <p class="hint">{t!(i18n, coverage.links_hint)}</p>
            <For each=move || form.links.get() key=|r| r.key let:row>
                {
                    let key = row.key;
                    let n = move || form.links.with(|rows| rows.iter().position(|r| r.key == key).map(|i| i + 1).unwrap_or(0));
                    let label_id = format!("coverage-link-label-{key}");
                    let url_id = format!("coverage-link-url-{key}");
                    let error_id = format!("{url_id}-error");
                    let error = form.problem(CoverageField::Links, Some(key));
                    view! {
                        <div class="link-row">
                            <div class="field">
                                <label for=label_id.clone()>{move || t_string!(i18n, coverage.link_label, n = n()).to_string()}</label>
                                <input id=label_id type="text" bind:value=row.label />
                            </div>
                            <div class="field">
                                <label for=url_id.clone()>{move || t_string!(i18n, coverage.link_url, n = n()).to_string()}</label>
                                <input id=url_id type="url" inputmode="url" placeholder="https://" bind:value=row.url
                                    aria-invalid=move || error.with(Option::is_some).to_string()
                                    aria-describedby=error_id.clone() />
                                <FieldError id=error_id error />
                            </div>
                            <button type="button" class="link-button"
                                aria-label=move || t_string!(i18n, coverage.remove_link_of, n = n()).to_string()
                                on:click=move |_| form.links.update(|rows| rows.retain(|r| r.key != key))>
                                {t!(i18n, coverage.remove_link)}
                            </button>
                        </div>
                    }
                }
            </For>
            <button type="button" id="coverage-add-link" on:click=add>{t!(i18n, coverage.add_link)}</button>
        </fieldset>
    }
}
