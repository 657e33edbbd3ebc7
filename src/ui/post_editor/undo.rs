//! "Urungkan": a deleted post can be brought back for a few seconds from a
//! small message at the bottom of the page.
//!
//! The message waits while the pointer or keyboard focus is on it, so that
//! nobody has to race a timer to reach the button.

use std::time::Duration;

use leptos::prelude::*;

use crate::browser;
use crate::domain::post::Post;
use crate::i18n::*;

use super::focus_id;
use super::{Ctx, PostEditor};

/// How long the message stays once nobody is on it.
const SHOWN_FOR: Duration = Duration::from_secs(10);

/// A deletion that can still be undone.
#[derive(Clone, Debug, PartialEq)]
pub struct Undo {
    /// Tells one deletion's message from the next.
    seq: u64,
    /// The post as it was before it was deleted.
    previous: Post,
}

/// Offers to undo the deletion of `previous` and moves focus to the offer:
/// the post that had focus is gone.
pub(super) fn offer(editor: PostEditor, previous: Post) {
    let seq = editor
        .undo
        .with_untracked(|u| u.as_ref().map_or(0, |u| u.seq + 1));
    editor.undo.set(Some(Undo { seq, previous }));
    focus_id("post-undo");
}

/// Brings the deleted post back: saved again as it was, with an
/// `updated_at` later than the tombstone's so that it wins every merge.
fn restore(ctx: Ctx) {
    let Some(Undo { previous, .. }) = ctx.editor.undo.get_untracked() else {
        return;
    };
    let tombstone_at = ctx.state.posts.with_untracked(|ps| {
        ps.iter()
            .find(|p| p.id == previous.id)
            .map(|p| p.updated_at)
    });
    let mut restored = previous;
    restored.deleted = false;
    if let Some(at) = tombstone_at {
        restored.updated_at = restored.updated_at.max(at);
    }
    restored.touch(browser::now());
    let done = t_string!(
        ctx.i18n,
        editor.restored,
        title = restored.data.title.clone()
    )
    .to_string();
    ctx.write(restored, Some(done), move |_| {
        ctx.editor.undo.set(None);
        focus_id("main");
    });
}

/// The message with "Urungkan" after a post is deleted.
#[component]
pub(super) fn UndoToast(
    /// The dialog's shared state.
    ctx: Ctx,
) -> impl IntoView {
    let i18n = ctx.i18n;
    let undo = ctx.editor.undo;
    let held = RwSignal::new(false);
    // Each (re)start of the timer gets a number; only the latest may close.
    let timer = StoredValue::new(0u64);

    // Close the message a while after it appears or after it is let go.
    Effect::new(move |_| {
        let seq = undo.with(|u| u.as_ref().map(|u| u.seq));
        if held.get() {
            return;
        }
        let Some(seq) = seq else {
            return;
        };
        let run = timer.get_value().wrapping_add(1);
        timer.set_value(run);
        set_timeout(
            move || {
                let same = undo.with_untracked(|u| u.as_ref().map(|u| u.seq)) == Some(seq);
                if same && timer.get_value() == run && !held.get_untracked() {
                    undo.set(None);
                }
            },
            SHOWN_FOR,
        );
    });

    let dismiss = move |_| {
        undo.set(None);
        held.set(false);
        focus_id("main");
    };
    let title = move || undo.with(|u| u.as_ref().map(|u| u.previous.data.title.clone()));

    view! {
        <div class="undo-area" role="status" aria-live="polite" data-testid="undo-area">
            {move || title().map(|title| view! {
                <div
                    class="notice notice-ok undo-toast"
                    on:focusin=move |_| held.set(true)
                    on:focusout=move |_| held.set(false)
                    on:mouseenter=move |_| held.set(true)
                    on:mouseleave=move |_| held.set(false)
                >
                    <span>{t_string!(i18n, editor.deleted, title = title).to_string()}</span>
                    <button type="button" id="post-undo" data-testid="post-undo" on:click=move |_| {
                        held.set(false);
                        restore(ctx);
                    }>
                        {t!(i18n, editor.undo)}
                    </button>
                    <button type="button" class="icon-button" on:click=dismiss
                        aria-label=move || t_string!(i18n, notice.dismiss).to_string()>"×"</button>
                </div>
            })}
        </div>
    }
}
