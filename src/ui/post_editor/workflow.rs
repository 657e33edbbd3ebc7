//! The post's place in the workflow (Draf, Ditinjau, Disetujui, Terjadwal,
//! Terbit, Batal), its approval, and the buttons that move it on.
//!
//! A step saves the form together with the new status, so that what was
//! approved or published is exactly what is on screen. Which steps are
//! offered, and whether one is allowed, is the domain's decision
//! (`domain::approval`).

use leptos::prelude::*;

use crate::browser;
use crate::domain::approval::{
    approval_state, approve, can_approve, next_statuses, publish, set_status, ApprovalState,
    WorkflowError,
};
use crate::domain::post::PostStatus;
use crate::domain::time::Timestamp;
use crate::i18n::*;
use crate::ui::format::status_label;
use crate::ui::forms::{role_label, FieldError};

use super::actions::post_to_save;
use super::focus_id;
use super::labels::{
    from_local_input, stamp, status_action, to_local_input, workflow_error, zone_label,
};
use super::Ctx;

/// What the "Tandai terbit" panel holds.
#[derive(Clone, Copy)]
pub struct Publishing {
    open: RwSignal<bool>,
    url: RwSignal<String>,
    at: RwSignal<String>,
    at_unreadable: RwSignal<bool>,
}

impl Publishing {
    /// A closed, empty panel.
    pub fn new() -> Self {
        Publishing {
            open: RwSignal::new(false),
            url: RwSignal::new(String::new()),
            at: RwSignal::new(String::new()),
            at_unreadable: RwSignal::new(false),
        }
    }

    /// Closes and empties the panel.
    pub fn reset(self) {
        self.open.set(false);
        self.url.set(String::new());
        self.at.set(String::new());
        self.at_unreadable.set(false);
    }
}

/// One move along the workflow.
enum Step {
    /// To a status that needs nothing but the move.
    To(PostStatus),
    /// Approval by the member using this device.
    Approve,
    /// Published at `url`, at `at`.
    Publish { url: String, at: Timestamp },
}

/// Checks the form, applies `step` and saves both. A refusal is shown in
/// words and nothing is saved.
fn run(ctx: Ctx, step: Step) {
    if ctx.busy.get_untracked() {
        return;
    }
    ctx.flow_error.set(None);
    let Some(data) = ctx.form.valid() else {
        return;
    };
    let now = browser::now();
    let Some(mut post) = post_to_save(ctx, data, now) else {
        return;
    };
    let ws = ctx.state.workspace.get_untracked();
    let result = match &step {
        Step::To(status) => set_status(&mut post, *status, &ws, now),
        Step::Approve => match untrack(|| ctx.state.current_member()) {
            Some(member) => approve(&mut post, &member, &ws, now),
            None => Err(WorkflowError::NotAllowed),
        },
        Step::Publish { url, at } => publish(&mut post, url, *at, &ws, now),
    };
    if let Err(error) = result {
        ctx.flow_error.set(Some(error));
        if error == WorkflowError::BadUrl {
            focus_id("publish-url");
        }
        return;
    }
    let i18n = ctx.i18n;
    let done = match step {
        Step::To(status) => t_string!(
            i18n,
            editor.status_done,
            status = status_label(i18n, status)
        )
        .to_string(),
        Step::Approve => t_string!(i18n, editor.approved_done).to_string(),
        Step::Publish { .. } => t_string!(i18n, editor.published_done).to_string(),
    };
    ctx.write(post, Some(done), move |post| {
        ctx.form.load(post, true, ctx.offset());
        ctx.publishing.reset();
        focus_id("post-status-heading");
    });
}

/// The status, the approval, and the workflow's buttons.
#[component]
pub(super) fn WorkflowSection(
    /// The dialog's shared state.
    ctx: Ctx,
) -> impl IntoView {
    let i18n = ctx.i18n;
    let form = ctx.form;
    let state = ctx.state;
    let status = Memo::new(move |_| {
        form.base
            .with(|b| b.as_ref().map(|b| b.data.status).unwrap_or_default())
    });
    // From the form as typed: an edited caption changes what is offered.
    let next = Memo::new(move |_| {
        form.checked.with(|c| {
            c.as_ref()
                .map(|c| next_statuses(&c.data))
                .unwrap_or_default()
        })
    });
    let approval = Memo::new(move |_| {
        form.checked.with(|c| {
            c.as_ref().and_then(|c| {
                c.data
                    .approval
                    .clone()
                    .map(|a| (a, approval_state(&c.data)))
            })
        })
    });
    let me = Memo::new(move |_| state.current_member());
    let may_approve = move || {
        me.with(|m| {
            m.as_ref()
                .is_some_and(|m| m.data.active && can_approve(m.data.role))
        })
    };
    let tz = move || state.workspace.with(|w| w.timezone.clone());

    let approved_by = move || {
        approval.get().map(|(a, _)| {
            let name = state
                .members
                .with(|ms| {
                    ms.iter()
                        .find(|m| m.id == a.by)
                        .map(|m| m.data.name.clone())
                })
                .unwrap_or_else(|| t_string!(i18n, editor.unknown_member).to_string());
            let when = stamp(i18n, a.at, &tz());
            t_string!(i18n, editor.approved_by, name = name, when = when).to_string()
        })
    };
    let out_of_date = move || {
        approval
            .with(|a| matches!(a, Some((_, ApprovalState::OutOfDate))))
            .then(|| t_string!(i18n, editor.approval_out_of_date).to_string())
    };
    // Why "Setujui" is not offered to this person.
    let approve_hint = move || {
        if !next.with(|n| n.contains(&PostStatus::Approved)) || may_approve() {
            return None;
        }
        Some(match me.get() {
            None => t_string!(i18n, editor.approve_choose_member).to_string(),
            Some(m) if !m.data.active => {
                t_string!(i18n, editor.approve_inactive, name = m.data.name.clone()).to_string()
            }
            Some(m) => t_string!(
                i18n,
                editor.approve_role,
                name = m.data.name.clone(),
                role = role_label(i18n, m.data.role)
            )
            .to_string(),
        })
    };
    let general_error = move || {
        ctx.flow_error.get().and_then(|e| {
            // A bad address is shown beside the address field instead.
            let beside_url = e == WorkflowError::BadUrl && ctx.publishing.open.get();
            (!beside_url).then(|| workflow_error(i18n, e))
        })
    };

    let button = move |to: PostStatus| {
        let action = move || status_action(i18n, to);
        match to {
            PostStatus::Approved => may_approve().then(|| {
                view! {
                    <button type="button" class="primary" data-testid="post-approve"
                        on:click=move |_| run(ctx, Step::Approve)>{action}</button>
                }
                .into_any()
            }),
            PostStatus::Published => Some(
                view! {
                    <button type="button" data-testid="post-publish"
                        aria-expanded=move || ctx.publishing.open.get().to_string()
                        aria-controls="publish-panel"
                        on:click=move |_| open_publishing(ctx)>{action}</button>
                }
                .into_any(),
            ),
            other => Some(
                view! {
                    <button type="button" data-status=other.key()
                        on:click=move |_| run(ctx, Step::To(other))>{action}</button>
                }
                .into_any(),
            ),
        }
    };

    view! {
        <section class="post-workflow" aria-labelledby="post-status-heading">
            <h3 id="post-status-heading" tabindex="-1">
                {t!(i18n, editor.status)}" "
                <span class=move || format!("badge status-{}", status.get().key()) data-testid="post-status">
                    {move || status_label(i18n, status.get())}
                </span>
            </h3>
            <p class="hint" hidden=move || approval.with(Option::is_none) data-testid="post-approval">
                {approved_by}
            </p>
            <div role="status" aria-live="polite">
                {move || out_of_date().map(|text| view! {
                    <p class="warning" data-testid="approval-out-of-date">{text}</p>
                })}
            </div>
            <div class="workflow-actions" role="group"
                aria-label=move || t_string!(i18n, editor.workflow_label).to_string()>
                {move || next.get().into_iter().map(button).collect_view()}
            </div>
            {move || approve_hint().map(|text| view! { <p class="hint">{text}</p> })}
            <PublishPanel ctx />
            <p class="field-error" role="alert" data-testid="workflow-error"
                hidden=move || general_error().is_none()>{general_error}</p>
        </section>
    }
}

fn open_publishing(ctx: Ctx) {
    let p = ctx.publishing;
    if p.at.get_untracked().is_empty() {
        p.at.set(to_local_input(browser::now(), ctx.offset()));
    }
    p.open.set(true);
    focus_id("publish-url");
}

/// Asks for the published post's address and time, then marks it Terbit.
#[component]
fn PublishPanel(
    /// The dialog's shared state.
    ctx: Ctx,
) -> impl IntoView {
    let i18n = ctx.i18n;
    let p = ctx.publishing;
    let confirm = move || {
        let Some(at) = from_local_input(&p.at.get_untracked(), ctx.offset()) else {
            p.at_unreadable.set(true);
            focus_id("publish-at");
            return;
        };
        p.at_unreadable.set(false);
        let url = p.url.get_untracked().trim().to_string();
        run(ctx, Step::Publish { url, at });
    };
    // Enter in either field publishes rather than submitting the form.
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Enter" {
            ev.prevent_default();
            confirm();
        }
    };
    let url_error = Signal::derive(move || {
        (ctx.flow_error.get() == Some(WorkflowError::BadUrl))
            .then(|| workflow_error(i18n, WorkflowError::BadUrl))
    });
    let at_error = Signal::derive(move || {
        p.at_unreadable
            .get()
            .then(|| t_string!(i18n, editor.published_at_unreadable).to_string())
    });
    let zone = move || zone_label(&ctx.state.workspace.with(|w| w.timezone.clone()));
    let cancel = move |_| {
        p.reset();
        ctx.flow_error.set(None);
        focus_id("post-publish");
    };
    view! {
        <Show when=move || p.open.get()>
            <div class="publish-panel" id="publish-panel" role="group" aria-labelledby="publish-heading">
                <h4 id="publish-heading">{t!(i18n, editor.publish_heading)}</h4>
                <div class="field">
                    <label for="publish-url">{t!(i18n, editor.published_url)}</label>
                    <input id="publish-url" type="url" inputmode="url" autocomplete="off"
                        placeholder="https://"
                        aria-invalid=move || url_error.with(Option::is_some).to_string()
                        aria-describedby="publish-url-error"
                        prop:value=p.url
                        on:input=move |ev| p.url.set(event_target_value(&ev))
                        on:keydown=on_key />
                    <FieldError id="publish-url-error".to_string() error=url_error />
                </div>
                <div class="field">
                    <label for="publish-at">
                        {move || t_string!(i18n, editor.published_at, zone = zone()).to_string()}
                    </label>
                    <input id="publish-at" type="datetime-local"
                        aria-invalid=move || at_error.with(Option::is_some).to_string()
                        aria-describedby="publish-at-error"
                        prop:value=p.at
                        on:input=move |ev| p.at.set(event_target_value(&ev))
                        on:keydown=on_key />
                    <FieldError id="publish-at-error".to_string() error=at_error />
                </div>
                <div class="dialog-actions">
                    <button type="button" class="primary" data-testid="post-publish-confirm"
                        on:click=move |_| confirm()>{t!(i18n, editor.action.publish)}</button>
                    <button type="button" on:click=cancel>{t!(i18n, common.cancel)}</button>
                </div>
            </div>
        </Show>
    }
}
