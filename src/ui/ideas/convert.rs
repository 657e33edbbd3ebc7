//! "Jadikan konten": a small dialog asking for the date (the idea's target
//! date, or one chosen), then the linked post opened in the editor.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser;
use crate::domain::ideas::make_post;
use crate::domain::time::parse_date;
use crate::i18n::*;
use crate::ui::format::long_date;
use crate::ui::forms::{modal_while, DateField};
use crate::ui::post_editor::{EditorTarget, PostEditor};
use crate::ui::state::AppState;

use super::use_board;

/// The dialog.
#[component]
pub fn ConvertDialog() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let board = use_board();
    let editor = PostEditor::use_();
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let date = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let idea = Memo::new(move |_| {
        let id = board.converting.get()?;
        state
            .ideas
            .with(|is| is.iter().find(|i| i.id == id).cloned())
    });

    modal_while(
        dialog,
        move || idea.get(),
        move |i| {
            let day = i.data.target_date.unwrap_or_else(|| board.today());
            date.set(day.to_string());
            error.set(None);
        },
    );

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(mut idea) = idea.get_untracked() else {
            return;
        };
        let Some(day) = parse_date(&date.get_untracked()) else {
            error.set(Some(t_string!(i18n, board.convert_bad_date).to_string()));
            return;
        };
        let post = make_post(&mut idea, browser::new_id(), day, browser::now());
        let post_id = post.id.clone();
        board.converting.set(None);
        spawn_local(async move {
            // The post first: an idea never points at a post that is not stored.
            if state.save(state.posts, post).await && state.save(state.ideas, idea).await {
                state.notify(
                    t_string!(i18n, board.converted, date = long_date(i18n, day)).to_string(),
                );
                editor.open(EditorTarget::Edit(post_id));
            }
        });
    };

    view! {
        <dialog node_ref=dialog class="dialog" aria-labelledby="convert-title"
            on:close=move |_| board.converting.set(None)>
            <form on:submit=on_submit novalidate>
                <h2 id="convert-title">
                    {move || idea.get().map(|i| t_string!(i18n, board.convert_title, title = i.data.title).to_string())}
                </h2>
                <DateField id="convert-date" label=Signal::derive(move || t_string!(i18n, board.convert_date).to_string()) value=date error />
                <div class="dialog-actions">
                    <button type="submit" class="primary">{t!(i18n, board.convert_submit)}</button>
                    <button type="button" on:click=move |_| board.converting.set(None)>{t!(i18n, common.cancel)}</button>
                </div>
            </form>
        </dialog>
    }
}
