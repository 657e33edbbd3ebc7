//! The hashtag sets editor ("Set tagar"): named groups of hashtags, such as
//! "Resmi", that the post editor inserts into a caption with one click.

use leptos::prelude::*;

use crate::domain::caption::settings::HashtagSet;
use crate::domain::text::clean_name;
use crate::domain::workspace::Workspace;
use crate::i18n::*;
use crate::ui::forms::{name_problem, FieldError};
use crate::ui::post_editor::focus_id;
use crate::ui::state::AppState;

use super::rows::RowActions;
use super::workspace_lists::{Row, WorkspaceList};

/// The hint on how to type hashtags, shared by every row.
const TAGS_HINT_ID: &str = "hashtag-sets-tags-hint";

/// What a set's row holds while it is being edited.
#[derive(Clone, Copy)]
struct SetFields {
    name: RwSignal<String>,
    /// As typed: spaces, commas, with or without `#`.
    tags: RwSignal<String>,
    name_error: RwSignal<Option<String>>,
    tags_error: RwSignal<Option<String>>,
}

impl SetFields {
    fn new(set: Option<&HashtagSet>) -> Self {
        Self {
            name: RwSignal::new(set.map(|s| s.name.clone()).unwrap_or_default()),
            tags: RwSignal::new(set.map(|s| s.hashtags.join(" ")).unwrap_or_default()),
            name_error: RwSignal::new(None),
            tags_error: RwSignal::new(None),
        }
    }

    /// Checks the fields and shows each problem next to its field; a name
    /// another set has (in any case) is refused, since the post editor's
    /// buttons are told apart by name. On success returns the set,
    /// normalised.
    fn validate(self, i18n: I18nContext<Locale>, others: &[HashtagSet]) -> Option<HashtagSet> {
        let name = clean_name(&self.name.get_untracked());
        let name_error = match &name {
            Err(problem) => Some(name_problem(i18n, problem)),
            Ok(n)
                if others
                    .iter()
                    .any(|s| s.name.to_lowercase() == n.to_lowercase()) =>
            {
                Some(t_string!(i18n, caption_settings.set_name_taken, name = n.clone()).to_string())
            }
            Ok(_) => None,
        };
        let set = HashtagSet::new(
            name.as_deref().unwrap_or_default(),
            &self.tags.get_untracked(),
        );
        let tags_error = set
            .hashtags
            .is_empty()
            .then(|| t_string!(i18n, caption_settings.set_no_tags).to_string());
        let ok = name_error.is_none() && tags_error.is_none();
        self.name_error.set(name_error);
        self.tags_error.set(tags_error);
        ok.then_some(set)
    }
}

type Sets = WorkspaceList<HashtagSet, SetFields>;

/// The id of a row's name input (focused when the row is added).
fn name_input_id(key: usize) -> String {
    format!("hashtag-set-{key}-name")
}

/// The hashtag sets section of the settings page.
#[component]
pub fn HashtagSetsEditor() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let list: Sets = WorkspaceList::new(
        state,
        Workspace::hashtag_sets,
        Workspace::set_hashtag_sets,
        SetFields::new,
    );
    let add = move |_| focus_id(&name_input_id(list.add()));
    view! {
        <section class="card" aria-labelledby="hashtag-sets-heading" data-testid="hashtag-sets">
            <h2 id="hashtag-sets-heading">{t!(i18n, caption_settings.sets_heading)}</h2>
            <p class="hint">{t!(i18n, caption_settings.sets_hint)}</p>
            <p class="hint" id=TAGS_HINT_ID>{t!(i18n, caption_settings.tags_hint)}</p>
            <Show
                when=move || !list.is_empty()
                fallback=move || view! { <p class="empty-note">{t!(i18n, caption_settings.no_sets)}</p> }
            >
                <ul class="schedule-list">
                    <For each=move || list.keys() key=|key| *key
                        children=move |key| list.row(key).map(|row| view! { <SetRow list row /> }) />
                </ul>
            </Show>
            <div class="add-row">
                <button type="button" class="primary" on:click=add>{t!(i18n, caption_settings.add_set)}</button>
            </div>
        </section>
    }
}

/// The accessible names of a row, naming its set once it is stored.
#[derive(Clone, Default, PartialEq)]
struct Labels {
    name: String,
    tags: String,
    save: String,
    delete: String,
    question: String,
}

/// One set, edited in place and saved with its button.
#[component]
fn SetRow(list: Sets, row: Row<HashtagSet, SetFields>) -> impl IntoView {
    let i18n = use_i18n();
    let fields = row.fields;
    let stored_name = move || row.stored.with(|s| s.as_ref().map(|s| s.name.clone()));
    let labels = Signal::derive(move || match stored_name() {
        Some(name) => Labels {
            name: t_string!(i18n, caption_settings.set_name_of, name = name.clone()).to_string(),
            tags: t_string!(i18n, caption_settings.set_tags_of, name = name.clone()).to_string(),
            save: t_string!(i18n, caption_settings.save_set_of, name = name.clone()).to_string(),
            delete: t_string!(i18n, caption_settings.delete_set_of, name = name.clone())
                .to_string(),
            question: t_string!(i18n, caption_settings.delete_set_confirm, name = name).to_string(),
        },
        None => Labels {
            name: t_string!(i18n, caption_settings.set_name).to_string(),
            tags: t_string!(i18n, caption_settings.set_tags).to_string(),
            save: t_string!(i18n, caption_settings.save_new_set).to_string(),
            delete: t_string!(i18n, caption_settings.delete_new_set).to_string(),
            question: t_string!(i18n, caption_settings.discard_new_set).to_string(),
        },
    });
    let label = move |pick: fn(&Labels) -> String| Signal::derive(move || labels.with(pick));

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(set) = fields.validate(i18n, &list.stored_except(row.key)) else {
            return;
        };
        let name = set.name.clone();
        let done = if row.stored.with_untracked(Option::is_none) {
            t_string!(i18n, caption_settings.set_added, name = name.clone()).to_string()
        } else {
            t_string!(i18n, caption_settings.set_saved, name = name.clone()).to_string()
        };
        let shown = set.hashtags.join(" ");
        list.save(row.key, Some(set), done, move || {
            fields.name.set(name);
            fields.tags.set(shown);
        });
    };
    let on_delete = Callback::new(move |()| {
        let name = stored_name().unwrap_or_default();
        let done = t_string!(i18n, caption_settings.set_deleted, name = name).to_string();
        list.save(row.key, None, done, || ());
    });

    let name_id = name_input_id(row.key);
    let tags_id = format!("hashtag-set-{}-tags", row.key);
    let name_err = format!("{name_id}-error");
    let tags_err = format!("{tags_id}-error");
    let tags_described = format!("{TAGS_HINT_ID} {tags_err}");
    view! {
        <li data-testid="hashtag-set-row">
            <form class="caption-list-row set-row" on:submit=on_submit novalidate>
                <div class="field set-name">
                    <label for=name_id.clone()>{t!(i18n, caption_settings.set_name)}</label>
                    <input type="text" id=name_id autocomplete="off" bind:value=fields.name
                        aria-label=label(|l| l.name.clone())
                        aria-invalid=move || fields.name_error.with(Option::is_some).to_string()
                        aria-describedby=name_err.clone() />
                    <FieldError id=name_err error=fields.name_error.into() />
                </div>
                <div class="field set-tags">
                    <label for=tags_id.clone()>{t!(i18n, caption_settings.set_tags)}</label>
                    <input type="text" id=tags_id autocomplete="off" autocapitalize="off" spellcheck="false"
                        bind:value=fields.tags
                        aria-label=label(|l| l.tags.clone())
                        aria-invalid=move || fields.tags_error.with(Option::is_some).to_string()
                        aria-describedby=tags_described />
                    <FieldError id=tags_err error=fields.tags_error.into() />
                </div>
                <RowActions save_label=label(|l| l.save.clone()) delete_label=label(|l| l.delete.clone())
                    question=label(|l| l.question.clone()) on_delete />
            </form>
        </li>
    }
}
