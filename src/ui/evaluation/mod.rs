//! "Evaluasi": the indicators of a period beside those of a comparison
//! period, charts drawn as SVG with their numbers as tables, best times,
//! the top 5 posts, followers per month, a printable report and the
//! indicators as CSV. The numbers all come from `domain::indicators`;
//! the two periods and the platform live in the address
//! (`#/evaluasi?dari=…&sampai=…&banding_dari=…&banding_sampai=…`).
//!
//! Below them: entering metrics by hand and importing them (`entry`,
//! `import`).

mod chart;
mod entry;
mod followers;
mod import;
mod num;

use chrono::{Datelike, Months};
use leptos::prelude::*;

use crate::browser;
use crate::browser::timing;
use crate::domain::indicators::{
    indicators, indicators_csv, BestTimes, Indicators, Inputs, Key, Period, Unit,
};
use crate::domain::platform::Platform;
use crate::domain::query;
use crate::domain::time::{format_date, parse_date, Date};
use crate::domain::timezone::local_date;
use crate::i18n::*;
use crate::route::Page;
use crate::ui::format::{date_range, format_label, number, weekday_name};
use crate::ui::forms::platform_label;
use crate::ui::router::use_router;
use crate::ui::state::AppState;

use chart::{Bar, BarChart, LineChart};

/// The two periods and the platform, as the address holds them.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Choice {
    now: Period,
    before: Period,
    platform: Option<Platform>,
}

impl Choice {
    /// From the page query; missing or bad values take the defaults: this
    /// month, and the month before.
    fn from_query(q: &str, today: Date) -> Choice {
        let pairs = query::parse(q);
        let get = |k: &str| {
            pairs
                .iter()
                .find(|(key, _)| key == k)
                .and_then(|(_, v)| parse_date(v))
        };
        let this = Period::month_of(today);
        let prev = Period::month_of(
            this.from
                .checked_sub_months(Months::new(1))
                .unwrap_or(this.from),
        );
        let platform = pairs
            .iter()
            .find(|(k, _)| k == "platform")
            .and_then(|(_, v)| Platform::from_key(v));
        Choice {
            now: Period {
                from: get("dari").unwrap_or(this.from),
                to: get("sampai").unwrap_or(this.to),
            },
            before: Period {
                from: get("banding_dari").unwrap_or(prev.from),
                to: get("banding_sampai").unwrap_or(prev.to),
            },
            platform,
        }
    }

    fn to_query(self) -> String {
        let mut pairs = vec![
            ("dari".to_owned(), format_date(self.now.from)),
            ("sampai".to_owned(), format_date(self.now.to)),
            ("banding_dari".to_owned(), format_date(self.before.from)),
            ("banding_sampai".to_owned(), format_date(self.before.to)),
        ];
        if let Some(p) = self.platform {
            pairs.push(("platform".to_owned(), p.key().to_owned()));
        }
        query::format(&pairs)
    }
}

/// The indicator's name.
fn key_label(i18n: I18nContext<Locale>, key: Key) -> String {
    match key {
        Key::Posts => t_string!(i18n, evaluation.k_posts),
        Key::Published => t_string!(i18n, evaluation.k_published),
        Key::PublishedPerWeek => t_string!(i18n, evaluation.k_published_per_week),
        Key::SlotsFilled => t_string!(i18n, evaluation.k_slots_filled),
        Key::OnTime => t_string!(i18n, evaluation.k_on_time),
        Key::LongestGap => t_string!(i18n, evaluation.k_longest_gap),
        Key::PillarEvenness => t_string!(i18n, evaluation.k_pillar_evenness),
        Key::FormatEvenness => t_string!(i18n, evaluation.k_format_evenness),
        Key::Documented => t_string!(i18n, evaluation.k_documented),
        Key::ApprovedFirst => t_string!(i18n, evaluation.k_approved_first),
        Key::DaysToPublish => t_string!(i18n, evaluation.k_days_to_publish),
        Key::RateByReach => t_string!(i18n, evaluation.k_rate_by_reach),
        Key::RateByFollowers => t_string!(i18n, evaluation.k_rate_by_followers),
        Key::Popularity => t_string!(i18n, evaluation.k_popularity),
        Key::Commitment => t_string!(i18n, evaluation.k_commitment),
        Key::Virality => t_string!(i18n, evaluation.k_virality),
    }
    .to_string()
}

/// The plain-language explanation of an indicator.
fn key_explain(i18n: I18nContext<Locale>, key: Key) -> String {
    match key {
        Key::Posts => t_string!(i18n, evaluation.e_posts),
        Key::Published => t_string!(i18n, evaluation.e_published),
        Key::PublishedPerWeek => t_string!(i18n, evaluation.e_published_per_week),
        Key::SlotsFilled => t_string!(i18n, evaluation.e_slots_filled),
        Key::OnTime => t_string!(i18n, evaluation.e_on_time),
        Key::LongestGap => t_string!(i18n, evaluation.e_longest_gap),
        Key::PillarEvenness => t_string!(i18n, evaluation.e_pillar_evenness),
        Key::FormatEvenness => t_string!(i18n, evaluation.e_format_evenness),
        Key::Documented => t_string!(i18n, evaluation.e_documented),
        Key::ApprovedFirst => t_string!(i18n, evaluation.e_approved_first),
        Key::DaysToPublish => t_string!(i18n, evaluation.e_days_to_publish),
        Key::RateByReach => t_string!(i18n, evaluation.e_rate_by_reach),
        Key::RateByFollowers => t_string!(i18n, evaluation.e_rate_by_followers),
        Key::Popularity => t_string!(i18n, evaluation.e_popularity),
        Key::Commitment => t_string!(i18n, evaluation.e_commitment),
        Key::Virality => t_string!(i18n, evaluation.e_virality),
    }
    .to_string()
}

/// Why a value is "–".
fn why_none(i18n: I18nContext<Locale>, key: Key) -> String {
    match key {
        Key::RateByFollowers | Key::Popularity | Key::Commitment | Key::Virality => {
            t_string!(i18n, evaluation.why_followers)
        }
        Key::RateByReach => t_string!(i18n, evaluation.why_reach),
        _ => t_string!(i18n, evaluation.why_none),
    }
    .to_string()
}

/// The sections and their indicators.
fn sections(i18n: I18nContext<Locale>) -> Vec<(String, Vec<Key>)> {
    vec![
        (
            t_string!(i18n, evaluation.section_consistency).to_string(),
            vec![
                Key::Posts,
                Key::Published,
                Key::PublishedPerWeek,
                Key::SlotsFilled,
                Key::OnTime,
                Key::LongestGap,
            ],
        ),
        (
            t_string!(i18n, evaluation.section_variety).to_string(),
            vec![Key::PillarEvenness, Key::FormatEvenness],
        ),
        (
            t_string!(i18n, evaluation.section_documentation).to_string(),
            vec![Key::Documented],
        ),
        (
            t_string!(i18n, evaluation.section_workflow).to_string(),
            vec![Key::ApprovedFirst, Key::DaysToPublish],
        ),
        (
            t_string!(i18n, evaluation.section_engagement).to_string(),
            vec![
                Key::RateByReach,
                Key::RateByFollowers,
                Key::Popularity,
                Key::Commitment,
                Key::Virality,
            ],
        ),
    ]
}

/// The Evaluasi page.
#[component]
pub fn EvaluationPage() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let router = use_router();
    let today = local_date(
        browser::now(),
        &state.workspace.with_untracked(|w| w.timezone.clone()),
    );
    let choice = Memo::new(move |_| router.query.with(|q| Choice::from_query(q, today)));
    let go = move |c: Choice| router.go(Page::Evaluation, &c.to_query());
    let compute = move |period: Period, platform: Option<Platform>| {
        state.posts.with(|posts| {
            state.coverage.with(|coverage| {
                state.slots.with(|slots| {
                    state.workspace.with(|workspace| {
                        indicators(
                            Inputs {
                                posts,
                                coverage,
                                slots,
                                workspace,
                            },
                            period,
                            platform,
                        )
                    })
                })
            })
        })
    };
    let now = Memo::new(move |_| {
        let c = choice.get();
        timing::measure(timing::INDICATORS, || compute(c.now, c.platform))
    });
    let before = Memo::new(move |_| {
        let c = choice.get();
        compute(c.before, c.platform)
    });

    let date_input = move |id: &'static str,
                           label: String,
                           get: fn(&Choice) -> Date,
                           set: fn(&mut Choice, Date)| {
        view! {
            <div class="eval-field">
                <label for=id>{label}</label>
                <input id=id type="date" prop:value=move || format_date(get(&choice.get()))
                    on:change=move |ev| {
                        if let Some(d) = parse_date(&event_target_value(&ev)) {
                            let mut c = choice.get_untracked();
                            set(&mut c, d);
                            go(c);
                        }
                    } />
            </div>
        }
    };

    let download_csv = move |_| {
        let (a, b) = (now.get_untracked(), before.get_untracked());
        let bytes = indicators_csv(&a, &b);
        let name = format!(
            "siar-indikator-{}-{}.csv",
            format_date(a.period.from),
            format_date(a.period.to)
        );
        if browser::download(&name, "text/csv;charset=utf-8", &bytes).is_err() {
            state.notify(t_string!(i18n, evaluation.csv_failed).to_string());
        }
    };
    let print = move |_| {
        let _ = window().print();
    };

    view! {
        <div class="eval-page">
            <h1>{t!(i18n, evaluation.title)}</h1>
            <p class="eval-cover" data-testid="eval-cover">
                {move || {
                    let c = choice.get();
                    format!(
                        "{} — {} — {}: {} · {}: {}",
                        t_string!(i18n, evaluation.report),
                        state.workspace.with(|w| w.name.clone()),
                        t_string!(i18n, evaluation.period),
                        date_range(i18n, c.now.from, c.now.to),
                        t_string!(i18n, evaluation.compare),
                        date_range(i18n, c.before.from, c.before.to),
                    )
                }}
            </p>
            <div class="eval-controls">
                <fieldset class="eval-periods">
                    <legend>{t!(i18n, evaluation.period)}</legend>
                    {date_input("eval-from", t_string!(i18n, evaluation.from).to_string(),
                        |c| c.now.from, |c, d| c.now.from = d)}
                    {date_input("eval-to", t_string!(i18n, evaluation.to).to_string(),
                        |c| c.now.to, |c, d| c.now.to = d)}
                </fieldset>
                <fieldset class="eval-periods">
                    <legend>{t!(i18n, evaluation.compare)}</legend>
                    {date_input("eval-compare-from", t_string!(i18n, evaluation.compare_from).to_string(),
                        |c| c.before.from, |c, d| c.before.from = d)}
                    {date_input("eval-compare-to", t_string!(i18n, evaluation.compare_to).to_string(),
                        |c| c.before.to, |c, d| c.before.to = d)}
                </fieldset>
                <div class="eval-field">
                    <label for="eval-platform">{t!(i18n, evaluation.platform)}</label>
                    <select id="eval-platform"
                        prop:value=move || choice.get().platform.map(|p| p.key()).unwrap_or("")
                        on:change=move |ev| {
                            let mut c = choice.get_untracked();
                            c.platform = Platform::from_key(&event_target_value(&ev));
                            go(c);
                        }>
                        <option value="">{t!(i18n, evaluation.all_platforms)}</option>
                        {Platform::ALL.into_iter().map(|p| view! {
                            <option value=p.key()
                                selected=move || choice.get().platform == Some(p)>
                                {platform_label(i18n, p)}
                            </option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="eval-actions">
                    <button type="button" on:click=print>{t!(i18n, evaluation.print)}</button>
                    <button type="button" on:click=download_csv>{t!(i18n, evaluation.csv)}</button>
                </div>
            </div>
            {move || {
                let (a, b) = (now.get(), before.get());
                view! {
                    <IndicatorSections now=a.clone() before=b.clone() />
                    <Charts now=a.clone() />
                    <BestTimesView now=a.clone() />
                    <TopPosts now=a />
                }
            }}
            <followers::FollowersEditor month=Signal::derive(move || {
                let from = choice.get().now.from;
                format!("{:04}-{:02}", from.year(), from.month())
            }) />
            <div class="eval-input">
                <entry::MetricsEntry />
                <import::MetricsImport />
            </div>
        </div>
    }
}

/// The indicators by section, each as a card with both periods and the change.
#[component]
fn IndicatorSections(now: Indicators, before: Indicators) -> impl IntoView {
    let i18n = use_i18n();
    sections(i18n)
        .into_iter()
        .map(|(title, keys)| {
            let cards = keys
                .into_iter()
                .map(|key| {
                    let unit = key.unit();
                    let (a, b) = (key.value(&now), key.value(&before));
                    let ch = crate::domain::indicators::change(a, b);
                    let reason = why_none(i18n, key);
                    let cell = move |v: Option<f64>| {
                        let text = num::value(i18n, v, unit);
                        match v {
                            Some(_) => view! { <span class="eval-value">{text}</span> }.into_any(),
                            None => view! {
                                <span class="eval-value eval-none" title=reason.clone()
                                    aria-label=reason.clone() tabindex="0">{text}</span>
                            }
                            .into_any(),
                        }
                    };
                    let relative = ch
                        .relative
                        .filter(|_| unit != Unit::Percent)
                        .map(|r| format!(" ({}{})", if r > 0.0 { "+" } else { "" }, num::percent(i18n, r)))
                        .unwrap_or_default();
                    view! {
                        <li class="eval-card" data-testid=format!("ind-{}", key.slug())>
                            <div class="eval-card-head">
                                <h3>{key_label(i18n, key)}</h3>
                                <details class="eval-explain">
                                    <summary>
                                        <span aria-hidden="true">"?"</span>
                                        <span class="visually-hidden">{t!(i18n, evaluation.what_is_this)}</span>
                                    </summary>
                                    <p>{key_explain(i18n, key)}</p>
                                </details>
                            </div>
                            <dl class="eval-pair">
                                <div><dt>{t!(i18n, evaluation.period)}</dt>
                                    <dd data-testid="now">{cell(a)}</dd></div>
                                <div><dt>{t!(i18n, evaluation.compare)}</dt>
                                    <dd data-testid="before">{cell(b)}</dd></div>
                                <div><dt>{t!(i18n, evaluation.col_change)}</dt>
                                    <dd data-testid="change">{format!("{}{relative}", num::change(i18n, ch.absolute, unit))}</dd></div>
                            </dl>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="eval-section">
                    <h2>{title}</h2>
                    <ul class="eval-cards">{cards}</ul>
                </section>
            }
        })
        .collect_view()
}

/// Published per week, pillar and format mix, engagement per week.
#[component]
fn Charts(now: Indicators) -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let pillars = state.pillars.get_untracked();
    let week_label = move |d: Date| {
        format!(
            "{} {}",
            d.day(),
            crate::ui::format::month_name(i18n, d.month())
                .chars()
                .take(3)
                .collect::<String>()
        )
    };
    let weeks: Vec<Bar> = now
        .weeks
        .iter()
        .map(|w| Bar {
            label: week_label(w.start),
            value: w.published as f64,
            text: number(i18n, w.published),
            color: None,
        })
        .collect();
    let pillar_bars: Vec<Bar> = now
        .pillar_mix
        .iter()
        .map(|s| {
            let found = s
                .key
                .as_ref()
                .and_then(|id| pillars.iter().find(|p| &p.id == id && p.is_live()));
            let label = match (&s.key, found) {
                (None, _) => t_string!(i18n, evaluation.no_pillar).to_string(),
                (Some(_), None) => t_string!(i18n, evaluation.unknown_pillar).to_string(),
                (Some(_), Some(p)) => p.data.name.clone(),
            };
            Bar {
                label,
                value: s.share,
                text: format!(
                    "{} ({})",
                    num::percent(i18n, s.share),
                    number(i18n, s.count)
                ),
                color: found.map(|p| p.data.color.as_str().to_owned()),
            }
        })
        .collect();
    let format_bars: Vec<Bar> = now
        .format_mix
        .iter()
        .map(|s| Bar {
            label: s
                .key
                .map(|f| format_label(i18n, f))
                .unwrap_or_else(|| t_string!(i18n, evaluation.no_format).to_string()),
            value: s.share,
            text: format!(
                "{} ({})",
                num::percent(i18n, s.share),
                number(i18n, s.count)
            ),
            color: None,
        })
        .collect();
    let points: Vec<(String, Option<f64>, String)> = now
        .weeks
        .iter()
        .map(|w| {
            (
                week_label(w.start),
                w.engagement,
                num::value(i18n, w.engagement, Unit::Percent),
            )
        })
        .collect();
    let week_col = t_string!(i18n, evaluation.col_week).to_string();
    view! {
        <section class="eval-section eval-charts">
            <h2>{t!(i18n, evaluation.charts)}</h2>
            <div class="eval-chart-grid">
                <BarChart title=t_string!(i18n, evaluation.chart_weeks).to_string() id="chart-weeks"
                    bars=weeks columns=(week_col.clone(), t_string!(i18n, evaluation.col_count).to_string()) />
                <BarChart title=t_string!(i18n, evaluation.chart_pillars).to_string() id="chart-pillars"
                    bars=pillar_bars columns=(t_string!(i18n, evaluation.col_pillar).to_string(), t_string!(i18n, evaluation.col_share).to_string()) />
                <BarChart title=t_string!(i18n, evaluation.chart_formats).to_string() id="chart-formats"
                    bars=format_bars columns=(t_string!(i18n, evaluation.col_format).to_string(), t_string!(i18n, evaluation.col_share).to_string()) />
                <LineChart title=t_string!(i18n, evaluation.chart_engagement).to_string() id="chart-engagement"
                    points=points columns=(week_col, t_string!(i18n, evaluation.col_rate).to_string()) />
            </div>
        </section>
    }
}

/// Best weekday and time blocks, or why there are none yet.
#[component]
fn BestTimesView(now: Indicators) -> impl IntoView {
    let i18n = use_i18n();
    let body = match now.best_times {
        BestTimes::NotEnough(n) => view! {
            <p data-testid="best-not-enough">
                {format!("{} {}", t_string!(i18n, evaluation.best_not_enough), number(i18n, n))}
            </p>
        }
        .into_any(),
        BestTimes::Cells(cells) => {
            // Any date with the right weekday gives its name: 2026-12-07 is a Monday.
            let monday = Date::from_ymd_opt(2026, 12, 7).unwrap_or_default();
            let rows = cells
                .into_iter()
                .take(5)
                .map(|c| {
                    let day = monday + chrono::Days::new(u64::from(c.weekday.saturating_sub(1)));
                    let sep = if i18n.get_locale() == Locale::id { "." } else { ":" };
                    view! {
                        <tr>
                            <td>{weekday_name(i18n, day)}</td>
                            <td>{format!("{:02}{sep}00–{:02}{sep}00", c.block * 3, c.block * 3 + 3)}</td>
                            <td>{num::percent(i18n, c.median_rate)}</td>
                            <td>{number(i18n, c.posts)}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <table class="eval-best" data-testid="best-times">
                    <thead><tr>
                        <th scope="col">{t!(i18n, evaluation.col_day)}</th>
                        <th scope="col">{t!(i18n, evaluation.col_time)}</th>
                        <th scope="col">{t!(i18n, evaluation.col_rate)}</th>
                        <th scope="col">{t!(i18n, evaluation.col_count)}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            }
            .into_any()
        }
    };
    view! {
        <section class="eval-section">
            <h2>{t!(i18n, evaluation.best_times)}</h2>
            <p class="eval-help">{t!(i18n, evaluation.best_times_help)}</p>
            {body}
        </section>
    }
}

/// The five published posts with the most interactions.
#[component]
fn TopPosts(now: Indicators) -> impl IntoView {
    let i18n = use_i18n();
    let body = if now.top.is_empty() {
        view! { <p>{t!(i18n, evaluation.top_empty)}</p> }.into_any()
    } else {
        let rows = now
            .top
            .into_iter()
            .map(|p| {
                view! {
                    <tr>
                        <td class="eval-top-title">{p.title}</td>
                        <td>{format!("{} {}", p.date.day(), crate::ui::format::month_name(i18n, p.date.month()))}</td>
                        <td>{number(i18n, p.interactions as usize)}</td>
                        <td>{p.reach.map(|r| number(i18n, r as usize)).unwrap_or_else(|| "–".to_owned())}</td>
                        <td>{num::value(i18n, p.rate, Unit::Percent)}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <div class="eval-scroll">
                <table class="eval-top" data-testid="top-posts">
                    <thead><tr>
                        <th scope="col">{t!(i18n, evaluation.col_title)}</th>
                        <th scope="col">{t!(i18n, evaluation.col_date)}</th>
                        <th scope="col">{t!(i18n, evaluation.col_interactions)}</th>
                        <th scope="col">{t!(i18n, evaluation.col_reach)}</th>
                        <th scope="col">{t!(i18n, evaluation.col_rate)}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
        .into_any()
    };
    view! {
        <section class="eval-section eval-top-section">
            <h2>{t!(i18n, evaluation.top)}</h2>
            {body}
        </section>
    }
}
