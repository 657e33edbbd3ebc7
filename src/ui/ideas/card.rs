//! One idea on the board: draggable, with "Pindahkan ke tahap" for people
//! who cannot drag, and "Jadikan konten".

use leptos::prelude::*;

use crate::domain::id::Id;
use crate::domain::idea::{Idea, IdeaStage};
use crate::i18n::*;
use crate::ui::format::{long_date, stage_label};
use crate::ui::post_editor::{EditorTarget, PostEditor};
use crate::ui::state::AppState;

use super::{use_board, DRAG_TYPE};

/// The colour and name of a pillar, if it is live.
pub fn pillar_of(state: AppState, id: Option<&Id>) -> Option<(String, String)> {
    let id = id?;
    state.pillars.with(|ps| {
        ps.iter()
            .find(|p| &p.id == id && p.is_live())
            .map(|p| (p.data.color.as_str().to_string(), p.data.name.clone()))
    })
}

/// An idea card.
#[component]
pub fn IdeaCard(idea: Idea) -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let board = use_board();
    let editor = PostEditor::use_();
    let id = idea.id.clone();
    let data = idea.data;
    let stage = data.stage;
    let title = data.title.clone();
    let pillar = pillar_of(state, data.pillar_id.as_ref());
    let color = pillar
        .as_ref()
        .map(|(c, _)| c.clone())
        .unwrap_or_else(|| "#8c959f".into());
    let target = data.target_date;
    let post_id = data.post_id.clone();
    let select_id = format!("idea-stage-{}", id.as_str());
    let drag_id = id.clone();
    let move_id = id.clone();
    let convert_id = id.clone();
    let move_title = title.clone();
    let convert_title = title.clone();
    let open_title = title.clone();
    let edit_title = title.clone();
    let edit_id = id.clone();
    view! {
        <li
            class=format!("idea-card stage-{}", stage.key())
            draggable="true"
            data-testid="idea"
            data-idea-id=id.as_str().to_string()
            style:border-left-color=color
            on:dragstart=move |ev: leptos::ev::DragEvent| {
                if let Some(dt) = ev.data_transfer() {
                    let _ = dt.set_data(DRAG_TYPE, drag_id.as_str());
                    dt.set_effect_allowed("move");
                }
            }
        >
            <span class="idea-title">{title}</span>
            {pillar.map(|(c, name)| view! {
                <span class="idea-pillar">
                    <span class="pillar-dot" style:background-color=c aria-hidden="true"></span>
                    {name}
                </span>
            })}
            {(!data.description.is_empty()).then(|| view! {
                <span class="idea-desc">{data.description.clone()}</span>
            })}
            {(!data.tags.is_empty()).then(|| view! {
                <ul class="idea-tags" aria-label=move || t_string!(i18n, board.tags).to_string()>
                    {data.tags.iter().map(|t| view! { <li>"#"{t.clone()}</li> }).collect_view()}
                </ul>
            })}
            {target.map(|d| view! {
                <span class="hint idea-date">
                    {move || t_string!(i18n, board.target, date = long_date(i18n, d)).to_string()}
                </span>
            })}
            <div class="idea-actions">

                <select id=select_id class="idea-move"
                    aria-label=move || t_string!(i18n, board.move_label, title = move_title.clone()).to_string() on:change=move |ev| {
                    if let Some(s) = IdeaStage::from_key(&event_target_value(&ev)) {
                        board.move_to(&move_id, s);
                    }
                }>
                    {IdeaStage::ALL.into_iter().map(|s| view! {
                        <option value=s.key() selected=s == stage>{move || stage_label(i18n, s)}</option>
                    }).collect_view()}
                </select>
                <button type="button"
                    aria-label=move || t_string!(i18n, board.edit_for, title = edit_title.clone()).to_string()
                    on:click=move |_| board.editing.set(Some(edit_id.clone()))>
                    {t!(i18n, board.edit)}
                </button>
                {match post_id {
                    Some(pid) => view! {
                        <span class="idea-used" data-testid="idea-used">{t!(i18n, board.used_note)}</span>
                        <button type="button" class="link-button"
                            aria-label=move || t_string!(i18n, board.open_post_for, title = open_title.clone()).to_string()
                            on:click=move |_| editor.open(EditorTarget::Edit(pid.clone()))>
                            {t!(i18n, board.open_post)}
                        </button>
                    }.into_any(),
                    None => view! {
                        <button type="button" class="make-post"
                            aria-label=move || t_string!(i18n, board.make_post_for, title = convert_title.clone()).to_string()
                            on:click=move |_| board.converting.set(Some(convert_id.clone()))>
                            {t!(i18n, board.make_post)}
                        </button>
                    }.into_any(),
                }}
            </div>
        </li>
    }
}
