//! "Buat konten": draft posts from a coverage, one per platform or one for
//! several, their captions filled from the coverage by a template.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser;
use crate::domain::caption::template::all_templates;
use crate::domain::coverage_posts::posts_from_coverage;
use crate::domain::platform::Platform;
use crate::i18n::*;
use crate::ui::forms::{modal_while, platform_label};
use crate::ui::post_editor::{focus_id, EditorTarget, PostEditor};

use super::CoverageUi;

/// The template chosen first: the usual post after a leadership activity.
const DEFAULT_TEMPLATE: &str = "tpl-kegiatan-pimpinan";

/// The dialog.
#[component]
pub(super) fn MakePostsDialog(
    /// The page's shared state.
    ui: CoverageUi,
) -> impl IntoView {
    let i18n = ui.i18n;
    let state = ui.state;
    let editor = PostEditor::use_();
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let platforms = RwSignal::new(vec![Platform::Instagram, Platform::Facebook]);
    let split = RwSignal::new(false);
    let template = RwSignal::new(DEFAULT_TEMPLATE.to_string());
    let error = RwSignal::new(None::<String>);
    let coverage = Memo::new(move |_| {
        let id = ui.making.get()?;
        state
            .coverage
            .with(|cs| cs.iter().find(|c| c.id == id && c.is_live()).cloned())
    });
    let templates = Memo::new(move |_| {
        let lang = i18n.get_locale().as_str();
        state.workspace.with(|ws| all_templates(ws, lang))
    });

    modal_while(
        dialog,
        move || coverage.with(|c| c.as_ref().map(|_| ())),
        move |()| {
            error.set(None);
            focus_id("make-posts-heading");
        },
    );

    let create = move |_| {
        let Some(c) = coverage.get_untracked() else {
            return;
        };
        let chosen = platforms.get_untracked();
        if chosen.is_empty() {
            error.set(Some(t_string!(i18n, coverage.make_no_platform).to_string()));
            return;
        }
        let body = templates.with_untracked(|ts| {
            ts.iter()
                .find(|t| t.id == template.get_untracked())
                .map(|t| t.body.clone())
        });
        let ws = state.workspace.get_untracked();
        let mut new_id = browser::new_id;
        let posts = posts_from_coverage(
            &c,
            &chosen,
            split.get_untracked(),
            body.as_deref(),
            &ws,
            &mut new_id,
            browser::now(),
        );
        let count = posts.len();
        let first = posts.first().map(|p| p.id.clone());
        spawn_local(async move {
            if state.save_all(state.posts, posts).await {
                ui.making.set(None);
                state.notify(t_string!(i18n, coverage.made_posts, count = count).to_string());
                // One post: open it to finish the caption; several: they
                // are on the calendar, each to open from there.
                if let (1, Some(id)) = (count, first) {
                    editor.open(EditorTarget::Edit(id));
                }
            }
        });
    };

    view! {
        <dialog node_ref=dialog class="dialog" aria-labelledby="make-posts-heading"
            data-testid="make-posts" on:close=move |_| ui.making.set(None)>
            <h2 id="make-posts-heading" tabindex="-1">{move || coverage.get().map(|c| {
                t_string!(i18n, coverage.make_heading, title = c.data.title).to_string()
            })}</h2>
            <fieldset class="platform-choices">
                <legend>{t!(i18n, editor.platforms)}</legend>
                {Platform::ALL.into_iter().map(|p| view! {
                    <label class="choice">
                        <input type="checkbox" value=p.key()
                            prop:checked=move || platforms.with(|ps| ps.contains(&p))
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                platforms.update(|ps| { ps.retain(|x| *x != p); if on { ps.push(p); } });
                                error.set(None);
                            } />
                        {move || platform_label(i18n, p)}
                    </label>
                }).collect_view()}
            </fieldset>
            <fieldset>
                <legend>{t!(i18n, coverage.make_how)}</legend>
                <label class="choice">
                    <input type="radio" name="make-split" prop:checked=move || !split.get()
                        on:change=move |_| split.set(false) />
                    {t!(i18n, coverage.make_one)}
                </label>
                <label class="choice">
                    <input type="radio" name="make-split" prop:checked=move || split.get()
                        on:change=move |_| split.set(true) />
                    {t!(i18n, coverage.make_each)}
                </label>
            </fieldset>
            <div class="field">
                <label for="make-template">{t!(i18n, studio.template)}</label>
                <select id="make-template" on:change=move |ev| template.set(event_target_value(&ev))>
                    <option value="" prop:selected=move || template.with(String::is_empty)>{t!(i18n, coverage.make_no_template)}</option>
                    {move || templates.get().into_iter().map(|t| {
                        let id = t.id.clone();
                        view! { <option value=t.id prop:selected=move || template.with(|c| *c == id)>{t.name}</option> }
                    }).collect_view()}
                </select>
            </div>
            <p class="field-error" role="alert" hidden=move || error.with(Option::is_none)>{move || error.get()}</p>
            <div class="dialog-actions">
                <button type="button" class="primary" data-testid="make-posts-confirm" on:click=create>
                    {t!(i18n, coverage.make_confirm)}
                </button>
                <button type="button" on:click=move |_| ui.making.set(None)>{t!(i18n, common.cancel)}</button>
            </div>
        </dialog>
    }
}
