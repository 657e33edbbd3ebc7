//! The Tim page: add members, rename them, change their role, deactivate
//! and delete them (a tombstone, so the deletion reaches colleagues).

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser;
use crate::domain::id::Id;
use crate::domain::member::Role;
use crate::domain::member::{Member, MemberData};
use crate::domain::record::{live_sorted, Record};
use crate::domain::text::clean_name;
use crate::i18n::*;
use crate::ui::forms::{name_problem, role_label, FieldError};
use crate::ui::state::{stored_record, AppState};

/// The team page.
#[component]
pub fn TeamPage() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let members = Memo::new(move |_| state.members.with(|ms| live_sorted(ms)));
    let ids =
        Memo::new(move |_| members.with(|ms| ms.iter().map(|m| m.id.clone()).collect::<Vec<_>>()));

    view! {
        <h1>{t!(i18n, team.title)}</h1>
        <p class="lead">{t!(i18n, team.intro)}</p>
        <AddMemberForm />
        <section aria-labelledby="members-heading">
            <h2 id="members-heading">{t!(i18n, team.list_heading)}</h2>
            <Show
                when=move || !ids.with(Vec::is_empty)
                fallback=move || view! { <p class="empty-note">{t!(i18n, team.empty)}</p> }
            >
                <ul class="member-list" data-testid="member-list">
                    <For each=move || ids.get() key=|id| id.clone() children=move |id| view! { <MemberRow id /> } />
                </ul>
            </Show>
        </section>
    }
}

/// The form that adds a member. What was typed stays until it is saved.
#[component]
fn AddMemberForm() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let (name, set_name) = signal(String::new());
    let (role, set_role) = signal(Role::Editor);
    let (error, set_error) = signal(None::<String>);

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let clean = match clean_name(&name.get_untracked()) {
            Ok(n) => n,
            Err(problem) => {
                set_error.set(Some(name_problem(i18n, &problem)));
                return;
            }
        };
        set_error.set(None);
        let member = Record::new(
            browser::new_id(),
            browser::now(),
            MemberData {
                name: clean.clone(),
                role: role.get_untracked(),
                active: true,
            },
        );
        spawn_local(async move {
            if state.save(state.members, member).await {
                set_name.set(String::new());
                state.notify(t_string!(i18n, team.added, name = clean).to_string());
            }
        });
    };

    view! {
        <form class="card add-form" on:submit=on_submit novalidate>
            <h2>{t!(i18n, team.add_heading)}</h2>
            <div class="form-row">
                <div class="field">
                    <label for="new-member-name">{t!(i18n, team.name_label)}</label>
                    <input
                        id="new-member-name"
                        type="text"
                        autocomplete="off"
                        required
                        aria-invalid=move || error.with(Option::is_some).to_string()
                        aria-describedby="new-member-name-error"
                        prop:value=name
                        on:input=move |ev| {
                            set_name.set(event_target_value(&ev));
                            set_error.set(None);
                        }
                    />
                    <FieldError id="new-member-name-error".to_string() error=error.into() />
                </div>
                <div class="field">
                    <label for="new-member-role">{t!(i18n, team.role_label)}</label>
                    <select id="new-member-role" on:change=move |ev| {
                        if let Some(r) = Role::from_key(&event_target_value(&ev)) {
                            set_role.set(r);
                        }
                    }>
                        {Role::ALL.into_iter().map(|r| view! {
                            <option value=r.key() selected=move || role.get() == r>
                                {move || role_label(i18n, r)}
                            </option>
                        }).collect_view()}
                    </select>
                </div>
                <button type="submit" class="primary">{t!(i18n, team.add_button)}</button>
            </div>
        </form>
    }
}

/// One member, editable in place. The row stays mounted while the record
/// changes, so keyboard focus is not lost after a save.
#[component]
fn MemberRow(id: Id) -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let record = stored_record(state.members, id.clone());

    let name = move || record.with(|r| r.as_ref().map(|m| m.data.name.clone()).unwrap_or_default());
    let (error, set_error) = signal(None::<String>);
    let (confirming, set_confirming) = signal(false);
    let dom_id = format!("member-{}", id.as_str());
    let error_id = format!("{dom_id}-name-error");

    // Every change starts from the stored record, is stamped, and saved.
    let update = move |change: Box<dyn FnOnce(&mut Member)>, done: String| {
        let Some(mut member) = record.get_untracked() else {
            return;
        };
        change(&mut member);
        member.touch(browser::now());
        spawn_local(async move {
            if state.save(state.members, member).await {
                state.notify(done);
            }
        });
    };

    let rename = move |ev: leptos::ev::Event| match clean_name(&event_target_value(&ev)) {
        Ok(new_name) if new_name == name() => set_error.set(None),
        Ok(new_name) => {
            set_error.set(None);
            update(
                Box::new(move |m| m.data.name = new_name),
                t_string!(i18n, team.saved).to_string(),
            );
        }
        Err(problem) => set_error.set(Some(name_problem(i18n, &problem))),
    };
    let change_role = move |ev: leptos::ev::Event| {
        let Some(role) = Role::from_key(&event_target_value(&ev)) else {
            return;
        };
        update(
            Box::new(move |m| m.data.role = role),
            t_string!(i18n, team.saved).to_string(),
        );
    };
    let toggle_active = move |_| {
        update(
            Box::new(|m| m.data.active = !m.data.active),
            t_string!(i18n, team.saved).to_string(),
        );
    };
    let delete = move |_| {
        set_confirming.set(false);
        let done = t_string!(i18n, team.deleted, name = name()).to_string();
        update(Box::new(|m| m.tombstone(browser::now())), done);
    };

    let active = move || record.with(|r| r.as_ref().is_some_and(|m| m.data.active));
    let role = move || record.with(|r| r.as_ref().map(|m| m.data.role.key()).unwrap_or("editor"));

    view! {
        <li class="member-row" class:inactive=move || !active() data-testid="member-row">
            <div class="field member-name">
                <input
                    id=format!("{dom_id}-name")
                    type="text"
                    aria-label=move || t_string!(i18n, team.rename_label, name = name()).to_string()
                    aria-invalid=move || error.with(Option::is_some).to_string()
                    aria-describedby=error_id.clone()
                    prop:value=name
                    on:change=rename
                />
                <FieldError id=error_id.clone() error=error.into() />
            </div>
            <select
                aria-label=move || t_string!(i18n, team.role_of, name = name()).to_string()
                on:change=change_role
                prop:value=role
            >
                {Role::ALL.into_iter().map(|r| view! {
                    <option value=r.key() selected=move || role() == r.key()>{move || role_label(i18n, r)}</option>
                }).collect_view()}
            </select>
            <span class="badge" class:badge-muted=move || !active()>
                {move || if active() { t_string!(i18n, team.status_active) } else { t_string!(i18n, team.status_inactive) }}
            </span>
            <button type="button" on:click=toggle_active>
                {move || if active() { t_string!(i18n, team.deactivate) } else { t_string!(i18n, team.activate) }}
            </button>
            <Show
                when=move || confirming.get()
                fallback=move || view! {
                    <button
                        type="button"
                        class="danger"
                        aria-label=move || t_string!(i18n, team.delete_label, name = name()).to_string()
                        on:click=move |_| set_confirming.set(true)
                    >
                        {t!(i18n, team.delete)}
                    </button>
                }
            >
                <div class="confirm" role="group">
                    <span>{move || t_string!(i18n, team.delete_confirm, name = name()).to_string()}</span>
                    <button type="button" class="danger" on:click=delete>{t!(i18n, team.delete)}</button>
                    <button type="button" on:click=move |_| set_confirming.set(false)>{t!(i18n, common.cancel)}</button>
                </div>
            </Show>
        </li>
    }
}
