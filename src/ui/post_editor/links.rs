//! The post's links (documentation folders, drafts): rows of a label and
//! an address, added and removed in place.

use leptos::prelude::*;

use crate::domain::post_check::PostField;
use crate::i18n::*;
use crate::ui::forms::FieldError;

use super::check::{link_url_id, LinkRow, Place};
use super::focus_id;
use super::Ctx;

const PLACE: Place = Place::Field(PostField::Links);

/// The link rows and the button that adds one.
#[component]
pub(super) fn LinkRows(
    /// The dialog's shared state.
    ctx: Ctx,
) -> impl IntoView {
    let i18n = ctx.i18n;
    let form = ctx.form;
    let keys = Memo::new(move |_| {
        form.links
            .with(|ls| ls.iter().map(|l| l.key).collect::<Vec<_>>())
    });
    let add = move |_| {
        let key = form.new_key();
        form.links.update(|ls| {
            ls.push(LinkRow {
                key,
                label: String::new(),
                url: String::new(),
                extra: Default::default(),
            })
        });
        focus_id(&label_id(key));
    };
    view! {
        <fieldset class="post-links" id=PLACE.dom_id()>
            <legend>{t!(i18n, editor.links)}</legend>
            <p class="hint">{t!(i18n, editor.links_hint)}</p>
            <ul class="link-rows">
                <For each=move || keys.get() key=|k| *k children=move |key| view! { <LinkRowView ctx key /> } />
            </ul>
            <button type="button" id="post-add-link" on:click=add>{t!(i18n, editor.add_link)}</button>
        </fieldset>
    }
}

fn label_id(key: u32) -> String {
    format!("post-link-{key}-label")
}

/// One link: its label, its address, a remove button and its problem.
#[component]
fn LinkRowView(
    /// The dialog's shared state.
    ctx: Ctx,
    /// The row's key in the form.
    key: u32,
) -> impl IntoView {
    let i18n = ctx.i18n;
    let form = ctx.form;
    let number = move || {
        form.links
            .with(|ls| ls.iter().position(|l| l.key == key).map_or(0, |i| i + 1))
    };
    let field = move |pick: fn(&LinkRow) -> String| {
        move || {
            form.links.with(|ls| {
                ls.iter()
                    .find(|l| l.key == key)
                    .map(pick)
                    .unwrap_or_default()
            })
        }
    };
    let set = move |apply: fn(&mut LinkRow, String)| {
        move |ev: leptos::ev::Event| {
            let text = event_target_value(&ev);
            form.links.update(|ls| {
                if let Some(row) = ls.iter_mut().find(|l| l.key == key) {
                    apply(row, text);
                }
            });
            form.touch(PLACE);
        }
    };
    let remove = move |_| {
        form.links.update(|ls| ls.retain(|l| l.key != key));
        form.touch(PLACE);
        focus_id("post-add-link");
    };
    let error_id = format!("post-link-{key}-error");
    let error = Signal::derive(move || form.message(i18n, PLACE, Some(key)));
    let invalid = move || error.with(Option::is_some).to_string();
    view! {
        <li class="link-row">
            <div class="field">
                <label for=label_id(key)>{move || t_string!(i18n, editor.link_label, n = number()).to_string()}</label>
                <input id=label_id(key) type="text" autocomplete="off"
                    prop:value=field(|l| l.label.clone()) on:input=set(|l, t| l.label = t) />
            </div>
            <div class="field">
                <label for=link_url_id(key)>{move || t_string!(i18n, editor.link_url, n = number()).to_string()}</label>
                <input id=link_url_id(key) type="url" inputmode="url" autocomplete="off" placeholder="https://"
                    aria-invalid=invalid aria-describedby=error_id.clone()
                    prop:value=field(|l| l.url.clone()) on:input=set(|l, t| l.url = t) />
            </div>
            <button type="button" class="danger" on:click=remove
                aria-label=move || t_string!(i18n, editor.remove_link_of, n = number()).to_string()>
                {t!(i18n, editor.remove_link)}
            </button>
            <FieldError id=error_id.clone() error />
        </li>
    }
}
