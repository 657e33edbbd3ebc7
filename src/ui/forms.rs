//! Pieces shared by the forms: translated problems and a labelled field
//! whose error message sits next to it and is tied to it for screen readers.

use leptos::prelude::*;

use crate::domain::member::Role;
use crate::domain::platform::Platform;
use crate::domain::record::RecordKind;
use crate::domain::text::NameProblem;
use crate::domain::validate::ProblemKind;
use crate::i18n::*;
use crate::ui::plan_files::problems::problem_sentence;

/// The sentence for a problem with a name, in the current language.
pub fn name_problem(i18n: I18nContext<Locale>, problem: &NameProblem) -> String {
    match problem {
        NameProblem::Empty => t_string!(i18n, problem.name_empty).to_string(),
        NameProblem::TooLong { max } => {
            t_string!(i18n, problem.name_too_long, max = *max).to_string()
        }
    }
}

/// A role's name in the current language (glossary of `ux.md`).
pub fn role_label(i18n: I18nContext<Locale>, role: Role) -> String {
    match role {
        Role::Admin => t_string!(i18n, role.admin),
        Role::Editor => t_string!(i18n, role.editor),
        Role::Reviewer => t_string!(i18n, role.reviewer),
        Role::Intern => t_string!(i18n, role.intern),
    }
    .to_string()
}

/// The error message under a field, announced when it appears.
#[component]
pub fn FieldError(
    /// The id the field points to with `aria-describedby`.
    id: String,
    /// The message, if the field has a problem.
    error: Signal<Option<String>>,
) -> impl IntoView {
    view! {
        <p class="field-error" id=id role="alert" hidden=move || error.with(Option::is_none)>
            {move || error.get().unwrap_or_default()}
        </p>
    }
}

/// A platform's proper name (the website is "Situs web" in Indonesian).
pub fn platform_label(i18n: I18nContext<Locale>, platform: Platform) -> String {
    match platform {
        Platform::Instagram => t_string!(i18n, platform.instagram),
        Platform::Facebook => t_string!(i18n, platform.facebook),
        Platform::Tiktok => t_string!(i18n, platform.tiktok),
        Platform::Youtube => t_string!(i18n, platform.youtube),
        Platform::X => t_string!(i18n, platform.x),
        Platform::Threads => t_string!(i18n, platform.threads),
        Platform::Website => t_string!(i18n, platform.website),
        Platform::Whatsapp => t_string!(i18n, platform.whatsapp),
    }
    .to_string()
}

/// A record kind's name in the current language, for the import preview.
pub fn kind_label(i18n: I18nContext<Locale>, kind: RecordKind) -> String {
    match kind {
        RecordKind::Member => t_string!(i18n, kind.members),
        RecordKind::Pillar => t_string!(i18n, kind.pillars),
        RecordKind::Post => t_string!(i18n, kind.posts),
        RecordKind::Idea => t_string!(i18n, kind.ideas),
        RecordKind::Coverage => t_string!(i18n, kind.coverage),
        RecordKind::SpecialDay => t_string!(i18n, kind.special_days),
        RecordKind::Slot => t_string!(i18n, kind.slots),
    }
    .to_string()
}

/// The chips of the active filters: each with a button that removes it,
/// then "clear all". `chips` pairs a chip's text with the filter without
/// it; `apply` shows a filter. Shared by the calendar and the idea board.
pub fn filter_chips<F>(
    i18n: I18nContext<Locale>,
    chips: Vec<(String, F)>,
    apply: impl Fn(&F) + Copy + Send + Sync + 'static,
) -> impl IntoView
where
    F: Default + Send + Sync + 'static,
{
    let any = !chips.is_empty();
    view! {
        {chips.into_iter().map(|(label, without)| {
            let aria = t_string!(i18n, cal.remove_filter, name = label.clone()).to_string();
            view! {
                <li class="chip">
                    <span>{label}</span>
                    <button type="button" aria-label=aria on:click=move |_| apply(&without)>"×"</button>
                </li>
            }
        }).collect_view()}
        {any.then(|| view! {
            <li><button type="button" class="link-button" on:click=move |_| apply(&F::default())>
                {t!(i18n, cal.clear_filters)}
            </button></li>
        })}
    }
}

/// A labelled date input with its error beside it (the move, convert and
/// idea dialogs).
#[component]
pub fn DateField(
    /// The input's id; the error's id is derived from it.
    id: &'static str,
    /// The visible label.
    label: Signal<String>,
    /// The typed value (`YYYY-MM-DD` from the browser's date input).
    value: RwSignal<String>,
    /// The problem with it, if any.
    error: RwSignal<Option<String>>,
) -> impl IntoView {
    let error_id = format!("{id}-error");
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <input id=id type="date" bind:value=value
                aria-invalid=move || error.with(Option::is_some).to_string()
                aria-describedby=error_id.clone() />
            <FieldError id=error_id error=error.into() />
        </div>
    }
}

/// The sentence shown under a field: the import's words for the problem,
/// as a sentence of its own ("Tidak boleh kosong.").
pub fn field_sentence(i18n: I18nContext<Locale>, kind: &ProblemKind) -> String {
    // Beside a field, an empty date or address reads better as "must not
    // be empty" than as "is missing" or `"" is not an http address`.
    let sentence = match kind {
        ProblemKind::Missing => problem_sentence(i18n, &ProblemKind::Empty),
        ProblemKind::BadUrl { value } if value.trim().is_empty() => {
            problem_sentence(i18n, &ProblemKind::Empty)
        }
        other => problem_sentence(i18n, other),
    };
    let mut chars = sentence.chars();
    match chars.next() {
        Some(first) => format!("{}{}.", first.to_uppercase(), chars.as_str()),
        None => sentence,
    }
}

/// Opens `dialog` as a modal, then runs `then`; see [`when_connected`].
pub fn show_modal(dialog: &web_sys::HtmlDialogElement, then: impl FnOnce() + 'static) {
    when_connected(dialog, move |d| {
        if !d.open() {
            let _ = d.show_modal();
        }
        then();
    });
}

/// Runs `open` on `dialog` now, or on the next frame if it is not in the
/// document yet: a dialog that loaded a moment ago with its chunk
/// (`ui/lazy.rs`) may not be, and a detached dialog cannot open.
pub fn when_connected(
    dialog: &web_sys::HtmlDialogElement,
    open: impl FnOnce(&web_sys::HtmlDialogElement) + 'static,
) {
    if dialog.is_connected() {
        open(dialog);
    } else {
        let dialog = dialog.clone();
        request_animation_frame(move || open(&dialog));
    }
}

/// Keeps a native modal `<dialog>` in step with what it shows: opened (after
/// `on_open` fills it) when `current()` becomes `Some`, closed when it
/// becomes `None`. A change while it stays open does not refill the form,
/// so nothing typed is overwritten.
pub fn modal_while<T: 'static>(
    dialog: NodeRef<leptos::html::Dialog>,
    current: impl Fn() -> Option<T> + 'static,
    on_open: impl Fn(T) + 'static,
) {
    Effect::new(move |_| {
        let value = current();
        let Some(d) = dialog.get() else {
            return;
        };
        match value {
            Some(v) if !d.open() => {
                untrack(|| on_open(v));
                show_modal(&d, || {});
            }
            None if d.open() => d.close(),
            _ => {}
        }
    });
}
