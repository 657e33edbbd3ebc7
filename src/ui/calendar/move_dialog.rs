//! Moving a post to another day: by dragging, or with "Pindahkan ke…" and
//! a date for people who cannot drag (keyboard, screen readers, phones).

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser;
use crate::domain::calendar::reschedule;
use crate::domain::id::Id;
use crate::domain::time::{parse_date, Date};
use crate::i18n::*;
use crate::ui::format::long_date;
use crate::ui::forms::{modal_while, DateField};
use crate::ui::state::AppState;

/// Which post is being moved, shared by the chips and the dialog.
#[derive(Clone, Copy)]
pub struct MoveTarget {
    post: RwSignal<Option<Id>>,
    // Held here because drops arrive in event handlers, outside components.
    state: AppState,
    i18n: I18nContext<Locale>,
}

impl MoveTarget {
    /// Creates and provides the move target.
    pub fn provide() -> MoveTarget {
        let target = MoveTarget {
            post: RwSignal::new(None),
            state: expect_context::<AppState>(),
            i18n: use_i18n(),
        };
        provide_context(target);
        target
    }

    /// Opens the "Pindahkan ke…" dialog for a post.
    pub fn open(self, id: Id) {
        self.post.set(Some(id));
    }

    /// Moves a post to `date`, keeping its time of day, and saves it.
    pub fn move_to(self, id: Id, date: Date) {
        let state = self.state;
        let i18n = self.i18n;
        let Some(mut post) = state
            .posts
            .with_untracked(|ps| ps.iter().find(|p| p.id == id).cloned())
        else {
            return;
        };
        if post.data.date == date {
            return;
        }
        reschedule(&mut post, date, browser::now());
        let title = post.data.title.clone();
        spawn_local(async move {
            if state.save(state.posts, post).await {
                state.notify(
                    t_string!(i18n, cal.moved, title = title, date = long_date(i18n, date))
                        .to_string(),
                );
            }
        });
    }
}

/// The "Pindahkan ke…" dialog.
#[component]
pub fn MoveDialog() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let target = expect_context::<MoveTarget>();
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let date = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let post = Memo::new(move |_| {
        let id = target.post.get()?;
        state
            .posts
            .with(|ps| ps.iter().find(|p| p.id == id).cloned())
    });

    modal_while(
        dialog,
        move || post.get(),
        move |p| {
            date.set(p.data.date.to_string());
            error.set(None);
        },
    );

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(p) = post.get_untracked() else {
            return;
        };
        match parse_date(&date.get_untracked()) {
            Some(to) => {
                target.move_to(p.id, to);
                target.post.set(None);
            }
            None => error.set(Some(t_string!(i18n, cal.move_bad_date).to_string())),
        }
    };

    view! {
        <dialog node_ref=dialog class="dialog" aria-labelledby="move-title" on:close=move |_| target.post.set(None)>
            <form on:submit=on_submit novalidate>
                <h2 id="move-title">
                    {move || post.get().map(|p| t_string!(i18n, cal.move_title, title = p.data.title).to_string())}
                </h2>
                <DateField id="move-date" label=Signal::derive(move || t_string!(i18n, cal.move_date).to_string()) value=date error />
                <div class="dialog-actions">
                    <button type="submit" class="primary">{t!(i18n, cal.move_submit)}</button>
                    <button type="button" on:click=move |_| target.post.set(None)>{t!(i18n, common.cancel)}</button>
                </div>
            </form>
        </dialog>
    }
}
