//! The post's fields: each with a visible label, its problem beside it
//! (tied with `aria-describedby`), and what was typed kept as typed.

use leptos::prelude::*;

use chrono::Datelike;

use crate::domain::coverage_choice::{coverage_choices, MAX_SHOWN, NEAR_DAYS};
use crate::domain::documentation::{photos, post_lacks_documentation};
use crate::domain::id::Id;
use crate::domain::platform::Platform;
use crate::domain::post::{PostFormat, PostStatus};
use crate::domain::post_check::PostField;
use crate::domain::record::live_sorted;
use crate::domain::time::parse_date;
use crate::i18n::*;
use crate::ui::coverage::Thumbnail;
use crate::ui::format::month_name;
use crate::ui::forms::{platform_label, FieldError};

use super::check::{platform_id, Place};
use super::labels::{format_label, zone_label};
use super::links::LinkRows;
use super::Ctx;

/// Every field of the post, in the order of the plan format.
#[component]
pub(super) fn PostFields(
    /// The dialog's shared state.
    ctx: Ctx,
) -> impl IntoView {
    let i18n = ctx.i18n;
    let form = ctx.form;
    let published = move || {
        form.base.with(|b| {
            b.as_ref()
                .is_some_and(|b| b.data.status == PostStatus::Published)
        })
    };
    let zone = move || zone_label(&ctx.state.workspace.with(|w| w.timezone.clone()));
    let label = move |text: fn(I18nContext<Locale>) -> String| Signal::derive(move || text(i18n));
    view! {
        <TextField ctx place=Place::Field(PostField::Title) value=form.title
            label=label(|i| t_string!(i, editor.title).to_string()) required=true />
        <div class="form-row">
            <TextField ctx place=Place::Field(PostField::Date) value=form.date kind="date"
                label=label(|i| t_string!(i, editor.date).to_string()) required=true />
            <TextField ctx place=Place::Field(PostField::Time) value=form.time kind="time"
                label=Signal::derive(move || t_string!(i18n, editor.time, zone = zone()).to_string())
                hint=label(|i| t_string!(i, editor.time_hint).to_string()) />
        </div>
        <Platforms ctx />
        <div class="form-row">
            <FormatSelect ctx />
            <PillarSelect ctx />
        </div>
        <TextField ctx place=Place::Field(PostField::Caption) value=form.caption multiline=true
            label=label(|i| t_string!(i, editor.caption).to_string()) />
        <TextField ctx place=Place::Field(PostField::Hashtags) value=form.hashtags
            label=label(|i| t_string!(i, editor.hashtags).to_string())
            hint=label(|i| t_string!(i, editor.hashtags_hint).to_string()) />
        <super::studio::CaptionStudio ctx />
        <AssigneeSelect ctx />
        <CoverageSelect ctx />
        <Documentation ctx />
        <LinkRows ctx />
        <TextField ctx place=Place::Field(PostField::Notes) value=form.notes multiline=true
            label=label(|i| t_string!(i, editor.notes).to_string()) />
        <Show when=published>
            <fieldset>
                <legend>{t!(i18n, editor.publication)}</legend>
                <TextField ctx place=Place::Field(PostField::PublishedUrl) value=form.published_url kind="url"
                    label=label(|i| t_string!(i, editor.published_url).to_string()) />
                <TextField ctx place=Place::PublishedAt value=form.published_at kind="datetime-local"
                    label=Signal::derive(move || t_string!(i18n, editor.published_at, zone = zone()).to_string()) />
            </fieldset>
        </Show>
        <Origin ctx />
    }
}

/// A labelled input or text area, with its problem and an optional hint.
#[component]
fn TextField(
    /// The dialog's shared state.
    ctx: Ctx,
    /// Which field it is; gives its id and its problems.
    place: Place,
    /// What is typed.
    value: RwSignal<String>,
    /// The visible label.
    label: Signal<String>,
    /// The input's type (`text`, `date`, `time`, `url`, …).
    #[prop(default = "text")]
    kind: &'static str,
    /// A text area rather than a one-line input.
    #[prop(optional)]
    multiline: bool,
    /// Whether the field must be filled.
    #[prop(optional)]
    required: bool,
    /// A line of help under the label.
    #[prop(optional)]
    hint: Option<Signal<String>>,
) -> impl IntoView {
    let form = ctx.form;
    let id = place.dom_id();
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let described_by = match hint {
        Some(_) => format!("{hint_id} {error_id}"),
        None => error_id.clone(),
    };
    let error = Signal::derive(move || form.message(ctx.i18n, place, None));
    let invalid = move || error.with(Option::is_some).to_string();
    let on_input = move |ev: leptos::ev::Event| {
        value.set(event_target_value(&ev));
        form.touch(place);
    };
    let control = if multiline {
        view! {
            <textarea id=id rows="5" aria-invalid=invalid aria-describedby=described_by.clone()
                prop:value=value on:input=on_input></textarea>
        }
        .into_any()
    } else {
        view! {
            <input id=id type=kind autocomplete="off" required=required
                aria-invalid=invalid aria-describedby=described_by.clone()
                prop:value=value on:input=on_input />
        }
        .into_any()
    };
    view! {
        <div class="field">
            <label for=id>{label}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{h}</p> })}
            {control}
            <FieldError id=error_id error />
        </div>
    }
}

/// The platforms, as checkboxes: at least one.
#[component]
fn Platforms(
    /// The dialog's shared state.
    ctx: Ctx,
) -> impl IntoView {
    let i18n = ctx.i18n;
    let form = ctx.form;
    let place = Place::Field(PostField::Platforms);
    let error_id = format!("{}-error", place.dom_id());
    let error = Signal::derive(move || form.message(i18n, place, None));
    view! {
        <fieldset class="platform-choices" id=place.dom_id()>
            <legend>{t!(i18n, editor.platforms)}</legend>
            {Platform::ALL.into_iter().map(|platform| {
                let toggle = move |ev: leptos::ev::Event| {
                    let on = event_target_checked(&ev);
                    form.platforms.update(|ps| {
                        ps.retain(|p| *p != platform);
                        if on {
                            ps.push(platform);
                        }
                    });
                    form.touch(place);
                };
                view! {
                    <label class="choice">
                        <input type="checkbox" id=platform_id(platform) value=platform.key()
                            aria-invalid=move || error.with(Option::is_some).to_string()
                            aria-describedby=error_id.clone()
                            prop:checked=move || form.platforms.with(|ps| ps.contains(&platform))
                            on:change=toggle />
                        {move || platform_label(i18n, platform)}
                    </label>
                }
            }).collect_view()}
            <FieldError id=error_id.clone() error />
        </fieldset>
    }
}

/// The format: optional.
#[component]
fn FormatSelect(
    /// The dialog's shared state.
    ctx: Ctx,
) -> impl IntoView {
    let i18n = ctx.i18n;
    let form = ctx.form;
    let on_change = move |ev: leptos::ev::Event| {
        form.format
            .set(PostFormat::from_key(&event_target_value(&ev)));
    };
    view! {
        <div class="field">
            <label for="post-format">{t!(i18n, editor.format)}</label>
            <select id="post-format" on:change=on_change>
                <option value="" prop:selected=move || form.format.get().is_none()>
                    {t!(i18n, editor.no_format)}
                </option>
                {PostFormat::ALL.into_iter().map(|f| view! {
                    <option value=f.key() prop:selected=move || form.format.get() == Some(f)>
                        {move || format_label(i18n, f)}
                    </option>
                }).collect_view()}
            </select>
        </div>
    }
}

/// A select of records by id: "none", the live choices, and the current
/// value under `unknown` when it is not among them.
#[component]
fn IdSelect(
    /// The select's id.
    id: &'static str,
    /// The visible label.
    label: Signal<String>,
    /// The chosen id.
    value: RwSignal<Option<Id>>,
    /// The label of "none".
    none: Signal<String>,
    /// The ids and names offered.
    choices: Memo<Vec<(Id, String)>>,
    /// The label of a chosen id that is not offered.
    unknown: Signal<String>,
) -> impl IntoView {
    let on_change = move |ev: leptos::ev::Event| value.set(Id::parse(&event_target_value(&ev)));
    let stray = move || {
        value
            .get()
            .filter(|v| !choices.with(|cs| cs.iter().any(|(id, _)| id == v)))
    };
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <select id=id on:change=on_change>
                <option value="" prop:selected=move || value.with(Option::is_none)>{none}</option>
                {move || choices.get().into_iter().map(|(choice, name)| {
                    let key = choice.as_str().to_string();
                    view! {
                        <option value=key prop:selected=move || value.with(|v| v.as_ref() == Some(&choice))>
                            {name}
                        </option>
                    }
                }).collect_view()}
                {move || stray().map(|v| view! {
                    <option value=v.as_str().to_string() prop:selected=true>{unknown}</option>
                })}
            </select>
        </div>
    }
}

/// The content pillar: one of the live pillars, or none.
#[component]
fn PillarSelect(
    /// The dialog's shared state.
    ctx: Ctx,
) -> impl IntoView {
    let i18n = ctx.i18n;
    let state = ctx.state;
    let choices = Memo::new(move |_| {
        state.pillars.with(|ps| {
            live_sorted(ps)
                .into_iter()
                .map(|p| (p.id, p.data.name))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <IdSelect id="post-pillar" value=ctx.form.pillar_id choices
            label=Signal::derive(move || t_string!(i18n, editor.pillar).to_string())
            none=Signal::derive(move || t_string!(i18n, editor.no_pillar).to_string())
            unknown=Signal::derive(move || t_string!(i18n, editor.unknown_pillar).to_string()) />
    }
}

/// Who is responsible: one of the active members, or nobody. A member
/// who left still shows by name, marked as inactive.
#[component]
fn AssigneeSelect(
    /// The dialog's shared state.
    ctx: Ctx,
) -> impl IntoView {
    let i18n = ctx.i18n;
    let state = ctx.state;
    let form = ctx.form;
    let choices = Memo::new(move |_| {
        state.members.with(|ms| {
            live_sorted(ms)
                .into_iter()
                .filter(|m| m.data.active)
                .map(|m| (m.id, m.data.name))
                .collect::<Vec<_>>()
        })
    });
    let unknown = Signal::derive(move || {
        let id = form.assignee_id.get();
        let former = state.members.with(|ms| {
            ms.iter()
                .find(|m| Some(&m.id) == id.as_ref() && m.is_live())
                .map(|m| m.data.name.clone())
        });
        match former {
            Some(name) => t_string!(i18n, editor.inactive_member, name = name).to_string(),
            None => t_string!(i18n, editor.unknown_member).to_string(),
        }
    });
    view! {
        <IdSelect id="post-assignee" value=form.assignee_id choices unknown
            label=Signal::derive(move || t_string!(i18n, editor.assignee).to_string())
            none=Signal::derive(move || t_string!(i18n, editor.no_assignee).to_string()) />
    }
}

/// The coverage record the post reports on: its place, officials and
/// date fill the caption templates. Offers the activities around the
/// post's day, or those matching what is typed in "Cari liputan"
/// (`domain::coverage_choice`): a list of every activity of the years
/// would be unreadable and slow to draw.
#[component]
fn CoverageSelect(
    /// The dialog's shared state.
    ctx: Ctx,
) -> impl IntoView {
    let i18n = ctx.i18n;
    let state = ctx.state;
    let form = ctx.form;
    let query = RwSignal::new(String::new());
    // Another post opened: its own search starts empty.
    Effect::new(move |_| {
        form.base.track();
        query.set(String::new());
    });
    let offered = Memo::new(move |_| {
        let day = form.date.with(|d| parse_date(d));
        state.coverage.with(|cs| {
            let found = query.with(|q| {
                form.coverage_id
                    .with(|chosen| coverage_choices(cs, day, q, chosen.as_ref()))
            });
            let shown = found
                .shown
                .into_iter()
                .map(|c| {
                    let date = format!(
                        "{} {}",
                        c.data.date.day(),
                        month_name(i18n, c.data.date.month())
                    );
                    (c.id.clone(), format!("{} ({date})", c.data.title))
                })
                .collect::<Vec<_>>();
            (shown, found.matched, found.more)
        })
    });
    let choices = Memo::new(move |_| offered.with(|(shown, ..)| shown.clone()));
    let hint = move || {
        let (count, more) = offered.with(|(_, matched, more)| (*matched, *more));
        if query.with(|q| q.trim().is_empty()) {
            t_string!(i18n, editor.coverage_near, days = NEAR_DAYS).to_string()
        } else if more > 0 {
            t_string!(i18n, editor.coverage_more, shown = MAX_SHOWN, count = more).to_string()
        } else if count == 0 {
            t_string!(i18n, editor.coverage_none_found).to_string()
        } else {
            t_string!(i18n, editor.coverage_found, count = count).to_string()
        }
    };
    view! {
        <IdSelect id="post-coverage" value=form.coverage_id choices
            label=Signal::derive(move || t_string!(i18n, editor.coverage).to_string())
            none=Signal::derive(move || t_string!(i18n, editor.no_coverage).to_string())
            unknown=Signal::derive(move || t_string!(i18n, editor.from_unknown_coverage).to_string()) />
        <div class="field">
            <label for="post-coverage-search">{t!(i18n, editor.coverage_search)}</label>
            <input type="search" id="post-coverage-search" aria-describedby="post-coverage-hint"
                prop:value=move || query.get()
                on:input=move |ev| query.set(event_target_value(&ev)) />
            <p class="hint" id="post-coverage-hint" aria-live="polite" data-testid="coverage-choice-hint">{hint}</p>
        </div>
    }
}

/// The documentation of the chosen coverage (photo thumbnails, links), and
/// a warning when a photo or video post has none.
#[component]
fn Documentation(
    /// The dialog's shared state.
    ctx: Ctx,
) -> impl IntoView {
    let i18n = ctx.i18n;
    let state = ctx.state;
    let form = ctx.form;
    let coverage = Memo::new(move |_| {
        let id = form.coverage_id.get()?;
        state
            .coverage
            .with(|cs| cs.iter().find(|c| c.id == id && c.is_live()).cloned())
    });
    // The post's own images (designs attached to it), then its coverage's.
    let pictures = Memo::new(move |_| {
        let mut all = form
            .base
            .with(|b| b.as_ref().map(photos).unwrap_or_default());
        all.extend(coverage.with(|c| c.as_ref().map(photos).unwrap_or_default()));
        all
    });
    let summary = move || {
        coverage.with(|c| {
            c.as_ref().map(|c| {
                let ps = photos(c);
                let cleared = ps.iter().filter(|p| p.cleared).count();
                t_string!(
                    i18n,
                    editor.documentation,
                    photos = ps.len(),
                    cleared = cleared,
                    links = c.data.links.len()
                )
                .to_string()
            })
        })
    };
    let lacking = move || {
        form.checked.with(|c| {
            c.as_ref().is_some_and(|c| {
                // The post as typed, with the photos attached to the record.
                let post = form.base.with(|b| {
                    b.clone().map(|mut b| {
                        b.data = c.data.clone();
                        b
                    })
                });
                post.is_some_and(|p| state.coverage.with(|cs| post_lacks_documentation(&p, cs)))
            })
        })
    };
    view! {
        {move || summary().map(|s| view! { <p class="hint" data-testid="post-documentation">{s}</p> })}
        <ul class="post-photos">
            <For each=move || pictures.get() key=|p| p.id.clone() let:p>
                <li><Thumbnail id=p.id.clone() alt=p.caption.clone() /></li>
            </For>
        </ul>
        <Show when=lacking>
            <p class="warning" data-testid="post-no-documentation">{t!(i18n, editor.no_documentation)}</p>
        </Show>
    }
}

/// Read-only: the idea the post was made from.
#[component]
fn Origin(
    /// The dialog's shared state.
    ctx: Ctx,
) -> impl IntoView {
    let i18n = ctx.i18n;
    let state = ctx.state;
    let form = ctx.form;
    let idea = move || {
        let id = form
            .base
            .with(|b| b.as_ref().and_then(|b| b.data.idea_id.clone()))?;
        let title = state.ideas.with(|is| {
            is.iter()
                .find(|i| i.id == id && i.is_live())
                .map(|i| i.data.title.clone())
        });
        Some(match title {
            Some(title) => t_string!(i18n, editor.from_idea, title = title).to_string(),
            None => t_string!(i18n, editor.from_unknown_idea).to_string(),
        })
    };
    view! {
        {move || idea().map(|text| view! { <p class="hint" data-testid="post-idea">{text}</p> })}
    }
}
