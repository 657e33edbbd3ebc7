//! The caption templates editor ("Templat keterangan"): the built-in
//! templates to read, and the office's own templates to write, each with
//! `{judul}`-style placeholders the post editor fills in.

use leptos::prelude::*;

use crate::browser;
use crate::domain::caption::settings::CaptionTemplate;
use crate::domain::caption::template::{builtin_templates, Placeholder};
use crate::domain::text::clean_name;
use crate::domain::workspace::Workspace;
use crate::i18n::*;
use crate::ui::format::number;
use crate::ui::forms::{name_problem, FieldError};
use crate::ui::post_editor::focus_id;
use crate::ui::state::AppState;

use super::rows::RowActions;
use super::workspace_lists::{Row, WorkspaceList};

/// Longest template body accepted, in characters.
const BODY_MAX: usize = 2000;

/// The hint listing the placeholders, shared by every body.
const PLACEHOLDER_HINT_ID: &str = "caption-templates-placeholders";

/// What a template's row holds while it is being edited.
#[derive(Clone, Copy)]
struct TemplateFields {
    name: RwSignal<String>,
    body: RwSignal<String>,
    name_error: RwSignal<Option<String>>,
    body_error: RwSignal<Option<String>>,
}

impl TemplateFields {
    fn new(template: Option<&CaptionTemplate>) -> Self {
        Self {
            name: RwSignal::new(template.map(|t| t.name.clone()).unwrap_or_default()),
            body: RwSignal::new(template.map(|t| t.body.clone()).unwrap_or_default()),
            name_error: RwSignal::new(None),
            body_error: RwSignal::new(None),
        }
    }

    /// Checks the fields and shows each problem next to its field. A name
    /// already in the template menu (another own template's, or a
    /// built-in one's) is refused, since the menu is read by name. On
    /// success returns the name and the body, trimmed.
    fn validate(self, i18n: I18nContext<Locale>, taken: &[String]) -> Option<(String, String)> {
        let name = clean_name(&self.name.get_untracked());
        let name_error = match &name {
            Err(problem) => Some(name_problem(i18n, problem)),
            Ok(n) if taken.iter().any(|t| t.to_lowercase() == n.to_lowercase()) => Some(
                t_string!(i18n, caption_settings.template_name_taken, name = n.clone()).to_string(),
            ),
            Ok(_) => None,
        };
        let body = self.body.get_untracked().trim().to_owned();
        let count = body.chars().count();
        let body_error = if body.is_empty() {
            Some(t_string!(i18n, caption_settings.body_empty).to_string())
        } else if count > BODY_MAX {
            Some(
                t_string!(
                    i18n,
                    caption_settings.body_too_long,
                    max = number(i18n, BODY_MAX),
                    count = number(i18n, count)
                )
                .to_string(),
            )
        } else {
            None
        };
        let ok = name_error.is_none() && body_error.is_none();
        self.name_error.set(name_error);
        self.body_error.set(body_error);
        match (ok, name) {
            (true, Ok(name)) => Some((name, body)),
            _ => None,
        }
    }
}

type Templates = WorkspaceList<CaptionTemplate, TemplateFields>;

/// The id of a row's name input (focused when the row is added).
fn name_input_id(key: usize) -> String {
    format!("caption-template-{key}-name")
}

/// The caption templates section of the settings page.
#[component]
pub fn CaptionTemplatesEditor() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let list: Templates = WorkspaceList::new(
        state,
        Workspace::own_templates,
        Workspace::set_own_templates,
        TemplateFields::new,
    );
    let builtins = Memo::new(move |_| builtin_templates(i18n.get_locale().as_str()));
    let add = move |_| focus_id(&name_input_id(list.add()));
    view! {
        <section class="card caption-templates" aria-labelledby="caption-templates-heading"
            data-testid="caption-templates">
            <h2 id="caption-templates-heading">{t!(i18n, caption_settings.templates_heading)}</h2>
            <p class="hint">{t!(i18n, caption_settings.templates_hint)}</p>
            <p class="hint" id=PLACEHOLDER_HINT_ID>
                {t!(i18n, caption_settings.placeholders)}" "
                <span class="placeholder-list">
                    {Placeholder::ALL.iter().map(|p| view! { <code>{p.token()}</code>" " }).collect_view()}
                </span>
            </p>
            <Show when=move || !builtins.with(Vec::is_empty)>
                <h3>{t!(i18n, caption_settings.builtin_heading)}</h3>
                <p class="hint">{t!(i18n, caption_settings.builtin_hint)}</p>
                <ul class="builtin-templates" data-testid="builtin-templates">
                    {move || builtins.get().into_iter().map(|t| view! {
                        <li>
                            <details>
                                <summary>{t.name}</summary>
                                <pre class="template-body">{t.body}</pre>
                            </details>
                        </li>
                    }).collect_view()}
                </ul>
            </Show>
            <h3>{t!(i18n, caption_settings.own_heading)}</h3>
            <Show
                when=move || !list.is_empty()
                fallback=move || view! { <p class="empty-note">{t!(i18n, caption_settings.no_templates)}</p> }
            >
                <ul class="schedule-list">
                    <For each=move || list.keys() key=|key| *key
                        children=move |key| list.row(key).map(|row| view! { <TemplateRow list row builtins /> }) />
                </ul>
            </Show>
            <div class="add-row">
                <button type="button" class="primary" on:click=add>{t!(i18n, caption_settings.add_template)}</button>
            </div>
        </section>
    }
}

/// The accessible names of a row, naming its template once it is stored.
#[derive(Clone, Default, PartialEq)]
struct Labels {
    name: String,
    body: String,
    save: String,
    delete: String,
    question: String,
}

/// One of the office's templates, edited in place and saved with its
/// button.
#[component]
fn TemplateRow(
    list: Templates,
    row: Row<CaptionTemplate, TemplateFields>,
    builtins: Memo<Vec<CaptionTemplate>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let fields = row.fields;
    let stored_name = move || row.stored.with(|s| s.as_ref().map(|t| t.name.clone()));
    let labels = Signal::derive(move || match stored_name() {
        Some(name) => Labels {
            name: t_string!(i18n, caption_settings.template_name_of, name = name.clone())
                .to_string(),
            body: t_string!(i18n, caption_settings.template_body_of, name = name.clone())
                .to_string(),
            save: t_string!(i18n, caption_settings.save_template_of, name = name.clone())
                .to_string(),
            delete: t_string!(
                i18n,
                caption_settings.delete_template_of,
                name = name.clone()
            )
            .to_string(),
            question: t_string!(i18n, caption_settings.delete_template_confirm, name = name)
                .to_string(),
        },
        None => Labels {
            name: t_string!(i18n, caption_settings.template_name).to_string(),
            body: t_string!(i18n, caption_settings.template_body).to_string(),
            save: t_string!(i18n, caption_settings.save_new_template).to_string(),
            delete: t_string!(i18n, caption_settings.delete_new_template).to_string(),
            question: t_string!(i18n, caption_settings.discard_new_template).to_string(),
        },
    });
    let label = move |pick: fn(&Labels) -> String| Signal::derive(move || labels.with(pick));
    let count = Memo::new(move |_| fields.body.with(|b| b.chars().count()));
    let over = move || count.get() > BODY_MAX;

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut taken: Vec<String> = list
            .stored_except(row.key)
            .into_iter()
            .map(|t| t.name)
            .collect();
        builtins.with_untracked(|b| taken.extend(b.iter().map(|t| t.name.clone())));
        let Some((name, body)) = fields.validate(i18n, &taken) else {
            return;
        };
        let stored_id = row
            .stored
            .with_untracked(|s| s.as_ref().map(|t| t.id.clone()));
        let done = if stored_id.is_none() {
            t_string!(i18n, caption_settings.template_added, name = name.clone()).to_string()
        } else {
            t_string!(i18n, caption_settings.template_saved, name = name.clone()).to_string()
        };
        let template = CaptionTemplate {
            id: stored_id.unwrap_or_else(|| browser::new_id().as_str().to_owned()),
            name: name.clone(),
            body: body.clone(),
        };
        list.save(row.key, Some(template), done, move || {
            fields.name.set(name);
            fields.body.set(body);
        });
    };
    let on_delete = Callback::new(move |()| {
        let name = stored_name().unwrap_or_default();
        let done = t_string!(i18n, caption_settings.template_deleted, name = name).to_string();
        list.save(row.key, None, done, || ());
    });

    let name_id = name_input_id(row.key);
    let body_id = format!("caption-template-{}-body", row.key);
    let name_err = format!("{name_id}-error");
    let body_err = format!("{body_id}-error");
    let count_id = format!("{body_id}-count");
    let body_described = format!("{count_id} {PLACEHOLDER_HINT_ID} {body_err}");
    view! {
        <li data-testid="caption-template-row">
            <form class="caption-list-row template-row" on:submit=on_submit novalidate>
                <div class="field template-name">
                    <label for=name_id.clone()>{t!(i18n, caption_settings.template_name)}</label>
                    <input type="text" id=name_id autocomplete="off" bind:value=fields.name
                        aria-label=label(|l| l.name.clone())
                        aria-invalid=move || fields.name_error.with(Option::is_some).to_string()
                        aria-describedby=name_err.clone() />
                    <FieldError id=name_err error=fields.name_error.into() />
                </div>
                <div class="field template-body-field">
                    <label for=body_id.clone()>{t!(i18n, caption_settings.template_body)}</label>
                    <textarea id=body_id rows="6" bind:value=fields.body
                        aria-label=label(|l| l.body.clone())
                        aria-invalid=move || fields.body_error.with(Option::is_some).to_string()
                        aria-describedby=body_described></textarea>
                    <p class="hint char-count" id=count_id class:over=over>
                        {move || t_string!(
                            i18n,
                            caption_settings.body_count,
                            count = number(i18n, count.get()),
                            max = number(i18n, BODY_MAX)
                        ).to_string()}
                    </p>
                    <FieldError id=body_err error=fields.body_error.into() />
                </div>
                <RowActions save_label=label(|l| l.save.clone()) delete_label=label(|l| l.delete.clone())
                    question=label(|l| l.question.clone()) on_delete />
            </form>
        </li>
    }
}
