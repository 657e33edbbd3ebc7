//! Saving, duplicating and deleting the open post, and the buttons that
//! do it.

use leptos::prelude::*;

use crate::browser;
use crate::domain::approval::set_caption;
use crate::domain::post::{Post, PostData, PostStatus};
use crate::domain::record::Record;
use crate::domain::text::NAME_MAX_CHARS;
use crate::domain::time::Timestamp;
use crate::i18n::*;

use super::check::copy_form_fields;
use super::{undo, Ctx, EditorTarget};

/// The post to write: for a stored post, the record as stored now (unknown
/// fields, metrics and all) with the form's fields copied in and the
/// caption set through the approval rules; for a new post, a new record.
pub(super) fn post_to_save(ctx: Ctx, data: PostData, now: Timestamp) -> Option<Post> {
    let base = ctx.form.base.get_untracked()?;
    if !ctx.form.stored.get_untracked() {
        return Some(Record::new(base.id, now, data));
    }
    let mut post = stored(ctx, &base).unwrap_or(base);
    copy_form_fields(&data, &mut post.data);
    // An approval of another caption no longer holds: the post goes back
    // to review (the domain decides).
    set_caption(&mut post, data.caption, now);
    post.touch(now);
    Some(post)
}

/// The record with `base`'s id as stored now, if any: looked up on
/// `base`'s date first, where it almost always still is.
fn stored(ctx: Ctx, base: &Post) -> Option<Post> {
    ctx.state
        .posts
        .with_untracked(|ps| ps.find(&base.id, base.data.date).cloned())
}

/// Saves the form and closes the dialog; refused, with focus on the first
/// problem, while a field has one. When the stored post changed after the
/// form was opened (another tab saved it), asks first which version wins.
pub(super) fn save(ctx: Ctx) {
    if let Some(newer) = changed_elsewhere(ctx) {
        ctx.conflict.set(Some(newer));
        super::focus_id("post-conflict-mine");
        return;
    }
    save_anyway(ctx);
}

/// The stored copy of the open post, if it is not the one the form was
/// filled from.
fn changed_elsewhere(ctx: Ctx) -> Option<Post> {
    if !ctx.form.stored.get_untracked() {
        return None;
    }
    let base = ctx.form.base.get_untracked()?;
    stored(ctx, &base).filter(|now| now.updated_at != base.updated_at)
}

/// Saves the form over whatever is stored: the form's fields win, the
/// stored copy keeps what the form does not show (metrics, photos).
fn save_anyway(ctx: Ctx) {
    if ctx.busy.get_untracked() {
        return;
    }
    let Some(data) = ctx.form.valid() else {
        return;
    };
    let Some(post) = post_to_save(ctx, data, browser::now()) else {
        return;
    };
    let done = t_string!(ctx.i18n, editor.saved).to_string();
    ctx.write(post, Some(done), move |_| ctx.editor.close());
}

/// A copy of `source` as a new draft: new id, no approval, nothing
/// published, title marked as a copy.
fn copy_of(ctx: Ctx, source: &Post, now: Timestamp) -> Post {
    let mut data = source.data.clone();
    data.title = copy_title(ctx, &source.data.title);
    data.status = PostStatus::Draft;
    data.approval = None;
    data.published_url = None;
    data.published_at = None;
    data.metrics = None;
    Record::new(browser::new_id(), now, data)
}

/// "Judul (salinan)", shortening the title so that the copy's title stays
/// within the limit.
fn copy_title(ctx: Ctx, title: &str) -> String {
    let suffix_len = t_string!(ctx.i18n, editor.copy_title, title = "")
        .to_string()
        .chars()
        .count();
    let room = NAME_MAX_CHARS.saturating_sub(suffix_len);
    let short: String = title.chars().take(room).collect();
    t_string!(ctx.i18n, editor.copy_title, title = short.trim_end()).to_string()
}

fn duplicate(ctx: Ctx) {
    if ctx.busy.get_untracked() || !ctx.form.stored.get_untracked() {
        return;
    }
    // The copy is made of the stored post: unsaved changes would be lost.
    if ctx.form.is_dirty() {
        ctx.duplicate_refused.set(true);
        return;
    }
    let Some(source) = ctx.form.base.get_untracked().and_then(|b| stored(ctx, &b)) else {
        return;
    };
    let copy = copy_of(ctx, &source, browser::now());
    let done = t_string!(ctx.i18n, editor.duplicated).to_string();
    ctx.write(copy, Some(done), move |copy| {
        ctx.editor.open(EditorTarget::Edit(copy.id));
    });
}

fn delete(ctx: Ctx) {
    if ctx.busy.get_untracked() || !ctx.form.stored.get_untracked() {
        return;
    }
    let Some(previous) = ctx.form.base.get_untracked().and_then(|b| stored(ctx, &b)) else {
        return;
    };
    let mut tombstone = previous.clone();
    tombstone.tombstone(browser::now());
    ctx.write(tombstone, None, move |_| {
        ctx.editor.close();
        undo::offer(ctx.editor, previous);
    });
}

/// Save, close, and for a stored post duplicate and delete.
#[component]
pub(super) fn ActionBar(
    /// The dialog's shared state.
    ctx: Ctx,
) -> impl IntoView {
    let i18n = ctx.i18n;
    let form = ctx.form;
    let discard = move |_| {
        ctx.confirm_discard.set(false);
        ctx.editor.close();
    };
    let keep_editing = move |_| {
        ctx.confirm_discard.set(false);
        super::focus_id("post-title");
    };
    let keep_mine = move |_| {
        ctx.conflict.set(None);
        save_anyway(ctx);
    };
    let take_stored = move |_| {
        if let Some(newer) = ctx.conflict.get_untracked() {
            ctx.form.load(newer, true, ctx.offset());
        }
        ctx.conflict.set(None);
        super::focus_id("post-title");
    };
    view! {
        <div class="dialog-actions">
            <button type="submit" class="primary" data-testid="post-save">{t!(i18n, common.save)}</button>
            <button type="button" on:click=move |_| ctx.request_close()>{t!(i18n, common.cancel)}</button>
            <Show when=move || form.stored.get()>
                <button type="button" data-testid="post-duplicate" on:click=move |_| duplicate(ctx)>
                    {t!(i18n, editor.duplicate)}
                </button>
                <button type="button" class="danger" data-testid="post-delete" on:click=move |_| delete(ctx)>
                    {t!(i18n, editor.delete)}
                </button>
            </Show>
        </div>
        <p class="field-error" role="alert" data-testid="post-write-failed" hidden=move || !ctx.write_failed.get()>
            {t!(i18n, editor.write_failed)}
        </p>
        <p class="hint" role="status">
            {move || ctx.duplicate_refused.get().then(|| t_string!(i18n, editor.duplicate_unsaved).to_string())}
        </p>
        <Show when=move || ctx.conflict.with(Option::is_some)>
            <div class="confirm" role="alertdialog" aria-labelledby="post-conflict-text" data-testid="post-conflict">
                <span id="post-conflict-text">{t!(i18n, editor.conflict_question)}</span>
                <button type="button" id="post-conflict-mine" class="primary" on:click=keep_mine>{t!(i18n, editor.conflict_keep_mine)}</button>
                <button type="button" on:click=take_stored>{t!(i18n, editor.conflict_take_stored)}</button>
            </div>
        </Show>
        <Show when=move || ctx.confirm_discard.get()>
            <div class="confirm" role="group" aria-labelledby="post-discard-text">
                <span id="post-discard-text">{t!(i18n, editor.discard_question)}</span>
                <button type="button" class="danger" on:click=discard>{t!(i18n, editor.discard)}</button>
                <button type="button" id="post-keep-editing" on:click=keep_editing>{t!(i18n, editor.keep_editing)}</button>
            </div>
        </Show>
    }
}
