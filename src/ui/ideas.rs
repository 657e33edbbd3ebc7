//! The Ide page. For now the ideas listed by stage; the board with drag
//! and drop, quick capture and prompts come with the idea-board issue.

use leptos::prelude::*;

use crate::domain::idea::IdeaStage;
use crate::domain::record::live_sorted;
use crate::i18n::*;
use crate::ui::format::{long_date, stage_label};
use crate::ui::state::AppState;

/// The ideas page.
#[component]
pub fn IdeasPage() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let ideas = Memo::new(move |_| state.ideas.with(|is| live_sorted(is)));
    view! {
        <h1>{t!(i18n, pages.ideas.title)}</h1>
        <p class="hint">{t!(i18n, idea_list.note)}</p>
        <div class="stages">
            {IdeaStage::ALL.into_iter().map(|stage| {
                let in_stage = Memo::new(move |_| {
                    ideas.with(|is| is.iter().filter(|i| i.data.stage == stage).cloned().collect::<Vec<_>>())
                });
                let heading_id = format!("stage-{}", stage.key());
                view! {
                    <section class="stage card" aria-labelledby=heading_id.clone() data-stage=stage.key()>
                        <h2 id=heading_id.clone()>
                            {move || stage_label(i18n, stage)}
                            " (" {move || in_stage.with(Vec::len)} ")"
                        </h2>
                        <Show
                            when=move || !in_stage.with(Vec::is_empty)
                            fallback=move || view! { <p class="empty-note">{t!(i18n, idea_list.empty)}</p> }
                        >
                            <ul class="idea-list">
                                {move || in_stage.get().into_iter().map(|idea| {
                                    let target = idea.data.target_date;
                                    view! {
                                        <li data-testid="idea">
                                            <span class="idea-title">{idea.data.title.clone()}</span>
                                            {target.map(|d| view! {
                                                <span class="hint">
                                                    {move || t_string!(i18n, idea_list.target, date = long_date(i18n, d)).to_string()}
                                                </span>
                                            })}
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        </Show>
                    </section>
                }
            }).collect_view()}
        </div>
    }
}
