//! The Ide page: the idea board. Quick capture at the top, the five stages
//! as columns (drag and drop, or "Pindahkan ke tahap" for keyboards and
//! phones), "Jadikan konten", the pillar balance of ready ideas, filters
//! kept in the address, and "Beri saya ide".

mod card;
mod convert;
mod edit;
mod filters;
mod prompts;

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::browser;
use crate::domain::id::Id;
use crate::domain::idea::{Idea, IdeaStage};
use crate::domain::ideas::{move_idea, new_idea, ready_by_pillar, IdeaFilter};
use crate::domain::query;
use crate::domain::record::live_sorted;
use crate::domain::text::NameProblem;
use crate::domain::time::Date;
use crate::domain::timezone::local_date;
use crate::i18n::*;
use crate::route::Page;
use crate::ui::format::stage_label;
use crate::ui::forms::{name_problem, FieldError};
use crate::ui::router::{use_router, Router};
use crate::ui::state::AppState;

/// The drag payload type: an idea id, private to Siar.
pub const DRAG_TYPE: &str = "application/x-siar-idea";

/// What the board's parts share. Copy, and captured when created: event
/// handlers run outside the reactive owner and must not look up context.
#[derive(Clone, Copy)]
pub struct Board {
    state: AppState,
    i18n: I18nContext<Locale>,
    router: Router,
    /// The idea being turned into a post, if the dialog is open.
    converting: RwSignal<Option<Id>>,
    /// The idea being edited, if the dialog is open.
    editing: RwSignal<Option<Id>>,
    /// The filter, read from the address.
    filter: Memo<IdeaFilter>,
}

impl Board {
    /// Moves an idea to `stage` and saves it.
    pub fn move_to(self, id: &Id, stage: IdeaStage) {
        let state = self.state;
        let i18n = self.i18n;
        let Some(mut idea) = state
            .ideas
            .with_untracked(|is| is.iter().find(|i| &i.id == id).cloned())
        else {
            return;
        };
        if !move_idea(&mut idea, stage, browser::now()) {
            return;
        }
        let title = idea.data.title.clone();
        spawn_local(async move {
            if state.save(state.ideas, idea).await {
                state.notify(
                    t_string!(
                        i18n,
                        board.moved,
                        title = title,
                        stage = stage_label(i18n, stage)
                    )
                    .to_string(),
                );
            }
        });
    }

    /// Adds a new idea to the inbox, with a pillar and date if given.
    pub fn add(
        self,
        title: String,
        pillar_id: Option<Id>,
        target_date: Option<Date>,
    ) -> Result<(), NameProblem> {
        let mut idea: Idea = new_idea(browser::new_id(), browser::now(), title)?;
        idea.data.pillar_id = pillar_id;
        idea.data.target_date = target_date;
        let state = self.state;
        let i18n = self.i18n;
        let title = idea.data.title.clone();
        spawn_local(async move {
            if state.save(state.ideas, idea).await {
                state.notify(t_string!(i18n, board.added, title = title).to_string());
            }
        });
        Ok(())
    }

    /// Replaces the filter in the address.
    pub fn set_filter(self, filter: &IdeaFilter) {
        let mut pairs: Vec<(String, String)> = Vec::new();
        for p in &filter.pillars {
            pairs.push(("pilar".into(), p.as_str().to_string()));
        }
        for t in &filter.tags {
            if !t.trim().is_empty() {
                pairs.push(("tag".into(), t.trim().to_string()));
            }
        }
        if !filter.text.trim().is_empty() {
            pairs.push(("cari".into(), filter.text.trim().to_string()));
        }
        self.router.go(Page::Ideas, &query::format(&pairs));
    }

    /// Today in the workspace's time zone.
    pub fn today(self) -> Date {
        local_date(
            browser::now(),
            &self.state.workspace.with_untracked(|w| w.timezone.clone()),
        )
    }
}

/// The board provided by the page.
pub fn use_board() -> Board {
    expect_context::<Board>()
}

fn filter_from(pairs: &[(String, String)]) -> IdeaFilter {
    let mut f = IdeaFilter::default();
    for (k, v) in pairs {
        match k.as_str() {
            "pilar" => {
                if let Some(id) = Id::parse(v) {
                    if !f.pillars.contains(&id) {
                        f.pillars.push(id);
                    }
                }
            }
            "tag" if !v.trim().is_empty() => f.tags.push(v.trim().to_string()),
            "cari" => f.text = v.trim().to_string(),
            _ => {}
        }
    }
    f
}

/// The ideas page.
#[component]
pub fn IdeasPage() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let router = use_router();
    let filter = Memo::new(move |_| router.query.with(|q| filter_from(&query::parse(q))));
    let board = Board {
        state,
        i18n,
        router,
        converting: RwSignal::new(None),
        editing: RwSignal::new(None),
        filter,
    };
    provide_context(board);

    let ideas = Memo::new(move |_| {
        let f = filter.get();
        state.ideas.with(|is| {
            live_sorted(is)
                .into_iter()
                .filter(|i| f.matches(i))
                .collect::<Vec<_>>()
        })
    });

    view! {
        <div class="idea-board-page">
            <h1>{t!(i18n, pages.ideas.title)}</h1>
            <QuickCapture />
            <BalanceStrip />
            <filters::IdeaFilters />
            <prompts::PromptPanel />
            <div class="board" data-testid="idea-board">
                {IdeaStage::ALL.into_iter().map(|stage| view! { <Column stage ideas /> }).collect_view()}
            </div>
            <convert::ConvertDialog />
            <edit::EditDialog />
        </div>
    }
}

/// One stage: a column that accepts dropped ideas.
#[component]
fn Column(stage: IdeaStage, ideas: Memo<Vec<Idea>>) -> impl IntoView {
    let i18n = use_i18n();
    let board = use_board();
    let in_stage = Memo::new(move |_| {
        ideas.with(|is| {
            is.iter()
                .filter(|i| i.data.stage == stage)
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let heading_id = format!("stage-{}", stage.key());
    let over = RwSignal::new(false);
    view! {
        <section
            class="board-column"
            class:drop-over=move || over.get()
            aria-labelledby=heading_id.clone()
            data-stage=stage.key()
            data-testid="stage"
            on:dragover=move |ev: leptos::ev::DragEvent| {
                if carries_idea(&ev) {
                    ev.prevent_default();
                    over.set(true);
                }
            }
            on:dragleave=move |_| over.set(false)
            on:drop=move |ev: leptos::ev::DragEvent| {
                over.set(false);
                let Some(dt) = ev.data_transfer() else { return };
                let Ok(id) = dt.get_data(DRAG_TYPE) else { return };
                if id.is_empty() {
                    return;
                }
                ev.prevent_default();
                if let Some(id) = Id::parse(&id) {
                    board.move_to(&id, stage);
                }
            }
        >
            <h2 id=heading_id.clone()>
                {move || stage_label(i18n, stage)}
                " (" {move || in_stage.with(Vec::len)} ")"
            </h2>
            <Show
                when=move || !in_stage.with(Vec::is_empty)
                fallback=move || view! { <p class="empty-note">{t!(i18n, board.empty)}</p> }
            >
                <ul class="board-cards">
                    <For each=move || in_stage.get() key=|i| (i.id.clone(), i.updated_at) let:idea>
                        <card::IdeaCard idea />
                    </For>
                </ul>
            </Show>
        </section>
    }
}

fn carries_idea(ev: &leptos::ev::DragEvent) -> bool {
    ev.data_transfer()
        .map(|dt| dt.types().includes(&DRAG_TYPE.into(), 0))
        .unwrap_or(false)
}

/// "Catat ide": one field, Enter saves to the inbox. Alt+I, or `n` when
/// not typing, focuses it.
#[component]
fn QuickCapture() -> impl IntoView {
    let i18n = use_i18n();
    let board = use_board();
    let text = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let input = NodeRef::<leptos::html::Input>::new();

    // The shortcut itself is handled app-wide by the shell, which raises
    // the request and comes to this page; the field takes the focus.
    let request = expect_context::<CaptureRequest>();
    Effect::new(move |_| {
        if request.0.get() {
            if let Some(el) = input.get() {
                let _ = el.focus();
                request.0.set(false);
            }
        }
    });

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match board.add(text.get_untracked(), None, None) {
            Ok(()) => {
                text.set(String::new());
                error.set(None);
            }
            Err(p) => error.set(Some(name_problem(i18n, &p))),
        }
    };
    view! {
        <form class="quick-capture card" on:submit=on_submit novalidate data-testid="quick-capture">
            <div class="field">
                <label for="idea-capture">{t!(i18n, board.capture_label)}</label>
                <div class="capture-row">
                    <input id="idea-capture" type="text" node_ref=input bind:value=text
                        autocomplete="off" maxlength="400"
                        placeholder=move || t_string!(i18n, board.capture_placeholder).to_string()
                        aria-invalid=move || error.with(Option::is_some).to_string()
                        aria-describedby="idea-capture-hint idea-capture-error" />
                    <button type="submit" class="primary">{t!(i18n, board.capture_submit)}</button>
                </div>
                <FieldError id="idea-capture-error".to_string() error=error.into() />
                <p class="hint" id="idea-capture-hint">{t!(i18n, board.capture_hint)}</p>
            </div>
        </form>
    }
}

/// Whether a key press happens while the person types in a field.
/// A request, from the app-wide shortcut, to focus the quick capture.
#[derive(Clone, Copy)]
pub struct CaptureRequest(pub RwSignal<bool>);

/// Whether a key press goes into a field (so a plain-letter shortcut must
/// not fire).
pub(crate) fn typing(ev: &web_sys::KeyboardEvent) -> bool {
    let Some(el) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return false;
    };
    let tag = el.tag_name().to_ascii_lowercase();
    matches!(tag.as_str(), "input" | "textarea" | "select")
        || el.get_attribute("contenteditable").is_some()
}

/// How many ready ideas each pillar has.
#[component]
fn BalanceStrip() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let rows = Memo::new(move |_| {
        let pillars = state.pillars.with(|ps| live_sorted(ps));
        let counts = state.ideas.with(|is| ready_by_pillar(is, &pillars));
        counts
            .into_iter()
            .filter_map(|(id, n)| {
                pillars
                    .iter()
                    .find(|p| p.id == id)
                    .map(|p| (p.data.name.clone(), p.data.color.as_str().to_string(), n))
            })
            .collect::<Vec<_>>()
    });
    view! {
        <section class="balance-strip card" aria-labelledby="balance-heading" data-testid="pillar-balance">
            <h2 id="balance-heading">{t!(i18n, board.balance_title)}</h2>
            <ul>
                {move || rows.get().into_iter().map(|(name, color, n)| {
                    let aria = name.clone();
                    view! {
                        <li class:thin=n == 0
                            aria-label=move || t_string!(i18n, board.balance_item, pillar = aria.clone(), n = n).to_string()>
                            <span class="pillar-dot" style:background-color=color aria-hidden="true"></span>
                            <span class="balance-name" aria-hidden="true">{name}</span>
                            <span class="balance-count" aria-hidden="true">{n}</span>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}
