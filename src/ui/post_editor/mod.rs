//! The post editor: one dialog over the page, opened from anywhere through the
//! [`PostEditor`] handle, that creates, edits, duplicates and deletes posts
//! and carries them through the workflow (Draf → Ditinjau → Disetujui →
//! Terjadwal → Terbit, or Batal).
//!
//! The form keeps everything typed until it is saved: a refused or failed
//! save leaves the dialog open with the text as it was. Every rule comes
//! from the domain (`post_check`, `approval`, `schedule`); typed and
//! imported text is only ever rendered as text.

mod actions;
mod check;
mod fields;
mod form;
mod labels;
mod links;
mod studio;
mod undo;
mod workflow;

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::browser;
use crate::domain::approval::WorkflowError;
use crate::domain::id::Id;
use crate::domain::post::{Post, PostData};
use crate::domain::record::Record;
use crate::domain::schedule::{post_from_slot, SlotOccurrence};
use crate::domain::time::{Date, TimeOfDay, Timestamp};
use crate::domain::workspace::Workspace;
use crate::i18n::*;
use crate::ui::forms::when_connected;
use crate::ui::overlay::Overlay;
use crate::ui::state::AppState;

use form::PostForm;
use labels::zone_offset;
use workflow::Publishing;

/// What the editor is opened on.
#[derive(Clone, Debug, PartialEq)]
pub enum EditorTarget {
    /// A new post on `date`, at `time` if given.
    New {
        /// The day it goes out.
        date: Date,
        /// The time, if the person picked one.
        time: Option<TimeOfDay>,
    },
    /// A new post filling an open slot of the posting schedule.
    FromSlot(SlotOccurrence),
    /// The stored post with this id.
    Edit(Id),
}

/// Handle to open the editor from anywhere (Copy, provided as context).
#[derive(Clone, Copy)]
pub struct PostEditor {
    target: RwSignal<Option<EditorTarget>>,
    undo: RwSignal<Option<undo::Undo>>,
}

impl PostEditor {
    /// Creates the handle and provides it: every page may open a post, and
    /// the one dialog mounted by the shell listens to it.
    pub fn provide() -> PostEditor {
        let editor = PostEditor {
            target: RwSignal::new(None),
            undo: RwSignal::new(None),
        };
        provide_context(editor);
        editor
    }

    /// Opens the editor on `target`, replacing whatever it showed.
    pub fn open(self, target: EditorTarget) {
        self.target.set(Some(target));
    }

    /// Whether a post is open (tracked).
    pub fn is_open(self) -> bool {
        self.target.with(Option::is_some)
    }

    /// The handle provided by [`PostEditor::provide`].
    pub fn use_() -> PostEditor {
        expect_context::<PostEditor>()
    }

    fn close(self) {
        self.target.set(None);
    }
}

/// What the parts of the dialog share.
#[derive(Clone, Copy)]
struct Ctx {
    i18n: I18nContext<Locale>,
    state: AppState,
    editor: PostEditor,
    form: PostForm,
    /// A save is under way; further clicks wait for it.
    busy: RwSignal<bool>,
    /// Why the last workflow step was refused.
    flow_error: RwSignal<Option<WorkflowError>>,
    /// Asking whether to close without saving.
    confirm_discard: RwSignal<bool>,
    /// Duplicating waits until the changes are saved.
    duplicate_refused: RwSignal<bool>,
    /// The last write failed; the page's notice, behind the dialog, says
    /// why.
    write_failed: RwSignal<bool>,
    /// The stored copy, when it changed (in another tab) after the form
    /// was opened: the save waits for the person to choose a version.
    conflict: RwSignal<Option<Post>>,
    /// The "Tandai terbit" panel.
    publishing: Publishing,
}

impl Ctx {
    /// Fills the form for `target` and clears what the last opening left.
    fn load(self, target: &EditorTarget) {
        let now = browser::now();
        let ws = self.state.workspace.get_untracked();
        let offset = zone_offset(&ws.timezone);
        match target {
            EditorTarget::New { date, time } => {
                self.form
                    .load(new_post(&ws, *date, *time, now), false, offset);
            }
            EditorTarget::FromSlot(occ) => {
                let mut post = post_from_slot(occ, browser::new_id(), now, String::new());
                if post.data.hashtags.is_empty() {
                    post.data.hashtags = ws.default_hashtags.clone();
                }
                self.form.load(post, false, offset);
            }
            EditorTarget::Edit(id) => {
                let found = self
                    .state
                    .posts
                    .with_untracked(|ps| ps.iter().find(|p| &p.id == id && p.is_live()).cloned());
                match found {
                    Some(post) => self.form.load(post, true, offset),
                    None => self.form.load_missing(),
                }
            }
        }
        self.flow_error.set(None);
        self.confirm_discard.set(false);
        self.duplicate_refused.set(false);
        self.write_failed.set(false);
        self.conflict.set(None);
        self.publishing.reset();
    }

    /// Closes, unless there are unsaved changes: then asks once.
    fn request_close(self) {
        if self.form.is_dirty() {
            self.confirm_discard.set(true);
            focus_id("post-keep-editing");
        } else {
            self.editor.close();
        }
    }

    /// Saves `post`; on success shows `done` (if any) and runs `then`. On
    /// failure the notice says why and the form keeps everything typed.
    fn write(self, post: Post, done: Option<String>, then: impl FnOnce(Post) + 'static) {
        self.busy.set(true);
        self.write_failed.set(false);
        spawn_local(async move {
            let saved = self.state.save(self.state.posts, post.clone()).await;
            self.busy.set(false);
            self.write_failed.set(!saved);
            if saved {
                if let Some(done) = done {
                    self.state.notify(done);
                }
                then(post);
            }
        });
    }

    /// The workspace zone's offset from UTC, in minutes.
    fn offset(self) -> i32 {
        self.state
            .workspace
            .with_untracked(|w| zone_offset(&w.timezone))
    }
}

/// A blank post on `date`, with the workspace's default hashtags.
fn new_post(ws: &Workspace, date: Date, time: Option<TimeOfDay>, now: Timestamp) -> Post {
    let mut data = PostData::draft(String::new(), date, Vec::new());
    data.time = time;
    data.hashtags = ws.default_hashtags.clone();

    Record::new(browser::new_id(), now, data)
}

/// The dialog itself; mounted once by the shell.
#[component]
pub fn PostEditorDialog() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let editor = PostEditor::use_();
    let ctx = Ctx {
        i18n,
        state,
        editor,
        form: PostForm::new(state),
        busy: RwSignal::new(false),
        flow_error: RwSignal::new(None),
        confirm_discard: RwSignal::new(false),
        duplicate_refused: RwSignal::new(false),
        write_failed: RwSignal::new(false),
        conflict: RwSignal::new(None),
        publishing: Publishing::new(),
    };
    let form = ctx.form;
    let dialog = NodeRef::<leptos::html::Dialog>::new();

    // Shown over the page as a modal, without the browser's modal mode
    // (see `ui/overlay.rs`): opened whenever a post is opened, closed when
    // the editor closes. Escape or a phone's back gesture asks to close,
    // which never throws away typed text.
    let overlay = Overlay::new(move || ctx.request_close());
    Effect::new(move |_| {
        let target = editor.target.get();
        let Some(d) = dialog.get() else {
            return;
        };
        match target {
            Some(target) => {
                ctx.load(&target);
                when_connected(&d, move |d| {
                    overlay.open(d);
                    focus_id("post-title");
                });
            }
            None => {
                let post = form
                    .base
                    .with_untracked(|b| b.as_ref().map(|p| p.id.clone()));
                if overlay.close(&d) == Some(false) {
                    restore_focus(post);
                }
            }
        }
    });
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        if let Some(d) = dialog.get_untracked() {
            overlay.on_keydown(&ev, &d, || ctx.request_close());
        }
    };
    let heading = move || {
        if form.stored.get() || form.missing.get() {
            t_string!(i18n, editor.edit_heading).to_string()
        } else {
            t_string!(i18n, editor.new_heading).to_string()
        }
    };

    view! {
        // Dims the page and takes its clicks; keeps focus in the dialog.
        <div class="overlay-backdrop" hidden=move || !editor.is_open()
            on:mousedown=|ev: leptos::ev::MouseEvent| ev.prevent_default()></div>
        <dialog
            node_ref=dialog
            class="dialog overlay post-editor"
            aria-labelledby="post-editor-heading"
            data-testid="post-editor"
            on:keydown=on_keydown
            on:close=move |_| editor.close()
        >
            <h2 id="post-editor-heading">{heading}</h2>
            <Show
                when=move || !form.missing.get()
                fallback=move || view! {
                    <p role="alert">{t!(i18n, editor.missing)}</p>
                    <div class="dialog-actions">
                        <button type="button" class="primary" on:click=move |_| editor.close()>
                            {t!(i18n, editor.close)}
                        </button>
                    </div>
                }
            >
                <form novalidate on:submit=move |ev: leptos::ev::SubmitEvent| {
                    ev.prevent_default();
                    actions::save(ctx);
                }>
                    <workflow::WorkflowSection ctx />
                    <fields::PostFields ctx />
                    <actions::ActionBar ctx />
                </form>
            </Show>
        </dialog>
        <undo::UndoToast ctx />
    }
}

/// Puts keyboard focus back after the dialog closed. The browser returns it
/// to what opened the dialog, unless that is gone: a calendar chip is drawn
/// anew when its post changes (chips are keyed by what they show), so
/// focus then goes to the new chip of the same post.
fn restore_focus(post: Option<Id>) {
    let Some(post) = post else { return };
    request_animation_frame(move || {
        let doc = document();
        // Lost: on the page itself, gone, or still on a control of the
        // closed dialog (the browser moves it off only at the next frame).
        let lost = doc.active_element().is_none_or(|active| {
            doc.body().is_some_and(|body| active == *body)
                || !active.is_connected()
                || active
                    .closest("dialog:not([open])")
                    .ok()
                    .flatten()
                    .is_some()
        });
        if !lost {
            return;
        }
        let Ok(chips) = doc.query_selector_all("[data-post-id]") else {
            return;
        };
        let chip = (0..chips.length())
            .filter_map(|i| chips.item(i)?.dyn_into::<web_sys::Element>().ok())
            .find(|e| e.get_attribute("data-post-id").as_deref() == Some(post.as_str()));
        let button = chip
            .and_then(|c| c.query_selector(".chip-open").ok().flatten())
            .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(button) = button {
            let _ = button.focus();
        }
    });
}

/// Moves keyboard focus to the element with `id`, once the view has caught
/// up with the change that made it.
pub fn focus_id(id: &str) {
    let id = id.to_string();
    request_animation_frame(move || {
        let element = document()
            .get_element_by_id(&id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(element) = element {
            let _ = element.focus();
        }
    });
}
