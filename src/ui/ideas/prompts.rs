//! "Beri saya ide": three prompts for the pillars thin this week, never the
//! same one first twice in a row, and the coming special days as dated
//! prompts; each added to the inbox in one click.

use chrono::Datelike;
use leptos::prelude::*;
use leptos_i18n::Locale as _;

use crate::domain::id::Id;
use crate::domain::prompts::{library, pick, special_day_prompts, Prompt};
use crate::domain::schedule::pillar_weeks;
use crate::i18n::*;
use crate::ui::format::month_name;
use crate::ui::forms::name_problem;
use crate::ui::state::AppState;

use super::card::pillar_of;
use super::use_board;

/// Prompts shown per press.
const PER_PRESS: usize = 3;
/// Days ahead for special days.
const DAYS_AHEAD: u32 = 30;

/// The prompts panel.
#[component]
pub fn PromptPanel() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let board = use_board();
    let shown = RwSignal::new(Vec::<Prompt>::new());
    let last = RwSignal::new(None::<String>);

    let give = move |_| {
        let today = board.today();
        let monday =
            today - chrono::Duration::days(i64::from(today.weekday().num_days_from_monday()));
        let thin: Vec<Id> = state.posts.with_untracked(|ps| {
            state.pillars.with_untracked(|pl| {
                pillar_weeks(pl, ps, &[monday])
                    .into_iter()
                    .filter(|w| w.below_target())
                    .map(|w| w.pillar_id)
                    .collect()
            })
        });
        let seed = js_sys::Date::now() as u64;
        let picked: Vec<Prompt> = pick(
            library(),
            &thin,
            last.get_untracked().as_deref(),
            seed,
            PER_PRESS,
        )
        .into_iter()
        .cloned()
        .collect();
        last.set(picked.first().map(|p| p.id.clone()));
        shown.set(picked);
    };

    let days = Memo::new(move |_| {
        state
            .special_days
            .with(|sd| special_day_prompts(sd, board.today(), DAYS_AHEAD))
    });
    let error = RwSignal::new(None::<String>);
    let add = move |title: String, pillar: Option<Id>, date| match board.add(title, pillar, date) {
        Ok(()) => error.set(None),
        Err(p) => error.set(Some(name_problem(i18n, &p))),
    };

    view! {
        <section class="prompt-panel card" aria-labelledby="prompts-heading" data-testid="prompts">
            <h2 id="prompts-heading">{t!(i18n, board.prompts_title)}</h2>
            <button type="button" class="primary" on:click=give data-testid="give-ideas">{t!(i18n, board.give_ideas)}</button>
            <p class="field-error" role="alert" hidden=move || error.with(Option::is_none)>{move || error.get().unwrap_or_default()}</p>
            <ul class="prompt-list" aria-live="polite">
                {move || shown.get().into_iter().map(|p| {
                    let text = move || {
                        if i18n.get_locale().as_str() == "id" { p.id_text.clone() } else { p.en_text.clone() }
                    };
                    let text = Signal::derive(text);
                    let pillar = pillar_of(state, Some(&p.pillar_id));
                    let pillar_id = pillar.is_some().then(|| p.pillar_id.clone());
                    view! {
                        <li class="prompt" data-testid="prompt">
                            <span class="prompt-text">{text}</span>
                            {pillar.map(|(c, name)| view! {
                                <span class="idea-pillar">
                                    <span class="pillar-dot" style:background-color=c aria-hidden="true"></span>
                                    {name}
                                </span>
                            })}
                            <button type="button"
                                aria-label=move || t_string!(i18n, board.add_prompt_for, text = text.get()).to_string()
                                on:click=move |_| add(text.get_untracked(), pillar_id.clone(), None)>
                                {t!(i18n, board.add_prompt)}
                            </button>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <Show when=move || !days.with(Vec::is_empty)>
                <h3>{t!(i18n, board.special_days)}</h3>
                <ul class="prompt-list" data-testid="dated-prompts">
                    {move || days.get().into_iter().map(|d| {
                        let date = d.date;
                        let name = d.name.clone();
                        let title = Signal::derive(move || {
                            t_string!(i18n, board.special_day_prompt, name = name.clone(),
                                date = format!("{} {}", date.day(), month_name(i18n, date.month()))).to_string()
                        });
                        view! {
                            <li class="prompt">
                                <span class="prompt-text">{title}</span>
                                <button type="button"
                                    aria-label=move || t_string!(i18n, board.add_prompt_for, text = title.get()).to_string()
                                    on:click=move |_| add(title.get_untracked(), None, Some(date))>
                                    {t!(i18n, board.add_prompt)}
                                </button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </Show>
        </section>
    }
}
