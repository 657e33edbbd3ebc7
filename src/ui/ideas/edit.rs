//! Editing an idea: title, description, pillar, tags and target date, in a
//! small dialog.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser;
use crate::domain::id::Id;
use crate::domain::record::live_sorted;
use crate::domain::text::clean_name;
use crate::domain::time::parse_date;
use crate::i18n::*;
use crate::ui::forms::{modal_while, name_problem, DateField, FieldError};
use crate::ui::state::AppState;

use super::use_board;

/// Longest tag kept, in characters.
const TAG_MAX: usize = 100;
/// Longest description, in characters (the plan format's limit for notes).
const DESCRIPTION_MAX: usize = 20_000;

/// Tags typed as a comma-separated list: trimmed, without a leading `#`,
/// empty and repeated ones (without regard to case) left out.
fn parse_tags(s: &str) -> Vec<String> {
    let mut tags: Vec<String> = Vec::new();
    for t in s.split(',') {
        let t: String = t
            .trim()
            .trim_start_matches('#')
            .trim()
            .chars()
            .take(TAG_MAX)
            .collect();
        if !t.is_empty() && !tags.iter().any(|x| x.to_lowercase() == t.to_lowercase()) {
            tags.push(t);
        }
    }
    tags
}

/// The dialog.
#[component]
pub fn EditDialog() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let board = use_board();
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let title = RwSignal::new(String::new());
    let description = RwSignal::new(String::new());
    let pillar = RwSignal::new(String::new());
    let tags = RwSignal::new(String::new());
    let date = RwSignal::new(String::new());
    let title_error = RwSignal::new(None::<String>);
    let date_error = RwSignal::new(None::<String>);
    let pillars = Memo::new(move |_| state.pillars.with(|ps| live_sorted(ps)));
    let idea = Memo::new(move |_| {
        let id = board.editing.get()?;
        state
            .ideas
            .with(|is| is.iter().find(|i| i.id == id).cloned())
    });

    modal_while(
        dialog,
        move || idea.get(),
        move |i| {
            title.set(i.data.title.clone());
            description.set(i.data.description.clone());
            pillar.set(
                i.data
                    .pillar_id
                    .as_ref()
                    .map(|p| p.as_str().to_string())
                    .unwrap_or_default(),
            );
            tags.set(i.data.tags.join(", "));
            date.set(
                i.data
                    .target_date
                    .map(|d| d.to_string())
                    .unwrap_or_default(),
            );
            title_error.set(None);
            date_error.set(None);
        },
    );

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(mut idea) = idea.get_untracked() else {
            return;
        };
        let name = clean_name(&title.get_untracked());
        title_error.set(name.as_ref().err().map(|p| name_problem(i18n, p)));
        let raw_date = date.get_untracked();
        let target = if raw_date.trim().is_empty() {
            Ok(None)
        } else {
            parse_date(raw_date.trim()).map(Some).ok_or(())
        };
        date_error.set(
            target
                .is_err()
                .then(|| t_string!(i18n, board.convert_bad_date).to_string()),
        );
        let (Ok(name), Ok(target)) = (name, target) else {
            return;
        };
        idea.data.title = name;
        idea.data.description = description
            .get_untracked()
            .trim()
            .chars()
            .take(DESCRIPTION_MAX)
            .collect();
        idea.data.pillar_id = Id::parse(&pillar.get_untracked());
        idea.data.tags = parse_tags(&tags.get_untracked());
        idea.data.target_date = target;
        idea.touch(browser::now());
        board.editing.set(None);
        spawn_local(async move {
            if state.save(state.ideas, idea).await {
                state.notify(t_string!(i18n, board.saved).to_string());
            }
        });
    };

    view! {
        <dialog node_ref=dialog class="dialog" aria-labelledby="idea-edit-title"
            on:close=move |_| board.editing.set(None)>
            <form on:submit=on_submit novalidate data-testid="idea-editor">
                <h2 id="idea-edit-title">{t!(i18n, board.edit_title)}</h2>
                <div class="field">
                    <label for="idea-title">{t!(i18n, board.field_title)}</label>
                    <input id="idea-title" type="text" bind:value=title
                        aria-invalid=move || title_error.with(Option::is_some).to_string()
                        aria-describedby="idea-title-error" />
                    <FieldError id="idea-title-error".to_string() error=title_error.into() />
                </div>
                <div class="field">
                    <label for="idea-description">{t!(i18n, board.field_description)}</label>
                    <textarea id="idea-description" rows="4" bind:value=description></textarea>
                </div>
                <div class="field">
                    <label for="idea-pillar">{t!(i18n, board.field_pillar)}</label>
                    <select id="idea-pillar" bind:value=pillar>
                        <option value="">{move || t_string!(i18n, board.no_pillar).to_string()}</option>
                        {move || pillars.get().into_iter().map(|p| {
                            let v = p.id.as_str().to_string();
                            let selected = pillar.get_untracked() == v;
                            view! { <option value=v selected=selected>{p.data.name}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="idea-tags">{t!(i18n, board.field_tags)}</label>
                    <input id="idea-tags" type="text" bind:value=tags aria-describedby="idea-tags-hint" />
                    <p class="hint" id="idea-tags-hint">{t!(i18n, board.field_tags_hint)}</p>
                </div>
                <DateField id="idea-date" label=Signal::derive(move || t_string!(i18n, board.field_date).to_string()) value=date error=date_error />
                <div class="dialog-actions">
                    <button type="submit" class="primary">{t!(i18n, common.save)}</button>
                    <button type="button" on:click=move |_| board.editing.set(None)>{t!(i18n, common.cancel)}</button>
                </div>
            </form>
        </dialog>
    }
}
