//! "Tugas saya": what the member using this device has to do, day by day —
//! the coverage they are crew of and the posts assigned to them. The
//! intern opens it on a phone in the field, so it is one column, with the
//! where, when and what to capture of each coverage at a glance.
//!
//! Who "me" is comes from the header's "Saya" select (there is no login);
//! which records are tasks is decided by `domain::tasks::my_tasks`.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::browser;
use crate::domain::coverage::Coverage;
use crate::domain::documentation::is_overdue;
use crate::domain::post::Post;
use crate::domain::tasks::{my_tasks, TaskDay};
use crate::domain::time::{Date, TimeOfDay};
use crate::domain::timezone::local_date;
use crate::i18n::*;
use crate::route::Page;
use crate::ui::calendar::PlatformIcons;
use crate::ui::format::{long_date, need_label, status_label, time_of_day};
use crate::ui::post_editor::{EditorTarget, PostEditor};
use crate::ui::state::AppState;

/// The "Tugas saya" page.
#[component]
pub fn TasksPage() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let me = Memo::new(move |_| state.current_member());
    let today = Memo::new(move |_| {
        local_date(
            browser::now(),
            &state.workspace.with(|w| w.timezone.clone()),
        )
    });
    let days = Memo::new(move |_| {
        let Some(member) = me.get() else {
            return Vec::new();
        };
        let today = today.get();
        state.coverage.with(|coverage| {
            state
                .posts
                .with(|posts| my_tasks(&member.id, coverage, posts, today))
        })
    });

    view! {
        <div class="tasks-page">
            <h1>{t!(i18n, tasks.title)}</h1>
            {move || match me.get() {
                None => view! { <NobodyChosen /> }.into_any(),
                Some(member) => {
                    let name = member.data.name;
                    view! {
                        <Show
                            when=move || !days.with(Vec::is_empty)
                            fallback={
                                let name = name.clone();
                                move || view! { <NothingToDo name=name.clone() /> }
                            }
                        >
                            <p class="lead tasks-lead">
                                {
                                    let name = name.clone();
                                    move || t_string!(i18n, tasks.for_member, name = name.clone()).to_string()
                                }
                            </p>
                            <p class="tasks-summary" data-testid="tasks-summary">
                                {move || summary(i18n, days)}
                            </p>
                            <DayList days today />
                        </Show>
                    }
                    .into_any()
                }
            }}
        </div>
    }
}

/// "Liputan: 4 · Konten: 2".
fn summary(i18n: I18nContext<Locale>, days: Memo<Vec<TaskDay>>) -> String {
    let (coverage, posts) = days.with(|ds| {
        ds.iter().fold((0, 0), |(c, p), d| {
            (c + d.coverage.len(), p + d.posts.len())
        })
    });
    t_string!(i18n, tasks.summary, coverage = coverage, posts = posts).to_string()
}

/// Nobody is chosen in "Saya": says what the page is for and where to
/// choose, with a button that takes the focus there.
#[component]
fn NobodyChosen() -> impl IntoView {
    let i18n = use_i18n();
    let focus_who = move |_| {
        let select = document()
            .get_element_by_id("who-am-i")
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(select) = select {
            select.scroll_into_view();
            let _ = select.focus();
        }
    };
    view! {
        <section class="empty-state tasks-nobody" aria-labelledby="tasks-nobody-title" data-testid="tasks-nobody">
            <h2 id="tasks-nobody-title">{t!(i18n, tasks.nobody_title)}</h2>
            <p>{t!(i18n, tasks.nobody_body)}</p>
            <button type="button" class="primary" on:click=focus_who>{t!(i18n, tasks.nobody_button)}</button>
        </section>
    }
}

/// The member has nothing to do.
#[component]
fn NothingToDo(
    /// The member's name.
    name: String,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="empty-state tasks-empty" aria-labelledby="tasks-empty-title" data-testid="tasks-empty">
            <h2 id="tasks-empty-title">{t!(i18n, tasks.empty_title)}</h2>
            <p>{move || t_string!(i18n, tasks.empty_body, name = name.clone()).to_string()}</p>
        </section>
    }
}

/// The days with work, earliest first.
#[component]
fn DayList(
    /// The member's tasks by day.
    days: Memo<Vec<TaskDay>>,
    /// Today in the workspace's time zone.
    today: Memo<Date>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <ol class="task-days" data-testid="task-days">
            <For each=move || days.get() key=|day| day.date children=move |day: TaskDay| {
                    let date = day.date;
                    // The day stays mounted while its tasks change; each
                    // item is keyed by its last edit.
                    let coverage = move || {
                        days.with(|ds| ds.iter().find(|d| d.date == date).map(|d| d.coverage.clone()).unwrap_or_default())
                    };
                    let posts = move || {
                        days.with(|ds| ds.iter().find(|d| d.date == date).map(|d| d.posts.clone()).unwrap_or_default())
                    };
                    let heading_id = format!("task-day-{date}");
                    let labelled_by = heading_id.clone();
                    view! {
                        <li class="task-day" class:today=move || date == today.get()
                            class:overdue=move || date < today.get()
                            data-date=date.to_string() aria-labelledby=labelled_by>
                            <h2 id=heading_id class="task-day-title">
                                <span>{move || long_date(i18n, date)}</span>
                                {move || (date == today.get()).then(|| view! {
                                    <span class="task-mark mark-today">{t!(i18n, tasks.today)}</span>
                                })}
                                {move || (date < today.get()).then(|| view! {
                                    <span class="task-mark mark-overdue">{t!(i18n, tasks.overdue)}</span>
                                })}
                            </h2>
                            <ul class="task-list">
                                <For each=coverage key=|c| (c.id.clone(), c.updated_at)
                                    children=move |coverage| view! { <CoverageTask coverage today /> } />
                                <For each=posts key=|p| (p.id.clone(), p.updated_at)
                                    children=|post| view! { <PostTask post /> } />
                            </ul>
                        </li>
                    }
                } />
        </ol>
    }
}

/// "09.00", or "Tanpa jam" for an activity or post without a time.
fn time_text(i18n: I18nContext<Locale>, time: Option<TimeOfDay>) -> String {
    match time {
        Some(t) => time_of_day(i18n, t),
        None => t_string!(i18n, tasks.no_time).to_string(),
    }
}

/// A coverage to attend: where, when, who, what to capture. Opens the
/// coverage record on the Liputan page.
#[component]
fn CoverageTask(
    /// The coverage record.
    coverage: Coverage,
    /// Today in the workspace's time zone.
    today: Memo<Date>,
) -> impl IntoView {
    let i18n = use_i18n();
    let href = format!("{}?buka={}", Page::Coverage.href(), coverage.id.as_str());
    let data = coverage.data;
    let overdue_data = data.clone();
    let overdue = move || is_overdue(&overdue_data, today.get());
    let time = data.time;
    let needs = data.needs;
    view! {
        <li class="task-item task-coverage" data-testid="task-coverage" data-coverage-id=coverage.id.as_str().to_string()>
            <a class="task-open" href=href>
                <span class="task-time">{move || time_text(i18n, time)}</span>
                <span class="task-kind">{t!(i18n, tasks.coverage)}</span>
                <span class="task-title">{data.title}</span>
            </a>
            {move || overdue().then(|| view! {
                <span class="task-mark mark-overdue" data-testid="task-overdue">{t!(i18n, tasks.overdue)}</span>
            })}
            <dl class="task-facts">
                {(!data.location.trim().is_empty()).then(|| view! {
                    <div>
                        <dt>{t!(i18n, tasks.location)}</dt>
                        <dd data-field="location">{data.location}</dd>
                    </div>
                })}
                {(!data.officials.trim().is_empty()).then(|| view! {
                    <div>
                        <dt>{t!(i18n, tasks.officials)}</dt>
                        <dd data-field="officials">{data.officials}</dd>
                    </div>
                })}
            </dl>
            {(!needs.is_empty()).then(|| view! {
                <ul class="task-needs" aria-label=move || t_string!(i18n, tasks.needs).to_string()>
                    {needs.into_iter().map(|need| view! {
                        <li class="need-chip" data-need=need.key()>{move || need_label(i18n, need)}</li>
                    }).collect_view()}
                </ul>
            })}
        </li>
    }
}

/// A post to prepare: opens the post editor.
#[component]
fn PostTask(
    /// The post.
    post: Post,
) -> impl IntoView {
    let i18n = use_i18n();
    let editor = PostEditor::use_();
    let id = post.id.clone();
    let data = post.data;
    let time = data.time;
    let status = data.status;
    view! {
        <li class="task-item task-post" data-testid="task-post" data-post-id=post.id.as_str().to_string()>
            <button type="button" class="task-open" on:click=move |_| editor.open(EditorTarget::Edit(id.clone()))>
                <span class="task-time">{move || time_text(i18n, time)}</span>
                <span class="task-kind">{t!(i18n, tasks.post)}</span>
                <span class="task-title">{data.title}</span>
            </button>
            <div class="task-post-meta">
                <span class=format!("task-status status-{}", status.key()) data-testid="task-status">
                    <span class="visually-hidden">{t!(i18n, tasks.status)}": "</span>
                    {move || status_label(i18n, status)}
                </span>
                <span class="task-platforms" aria-label=move || t_string!(i18n, tasks.platforms).to_string() role="group">
                    <PlatformIcons platforms=data.platforms />
                </span>
            </div>
        </li>
    }
}
