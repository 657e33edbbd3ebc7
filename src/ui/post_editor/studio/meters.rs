//! The live counters (used/limit per platform, amber near the limit, red
//! over it) and the workspace's checklist, with one line that says whether
//! the caption may be approved.

use leptos::prelude::*;

use crate::domain::caption::count::{meters, Level, Measure, Meter, Unit};
use crate::domain::caption::CheckFailure;
use crate::domain::platform::Platform;
use crate::i18n::*;
use crate::ui::format::{check_label, number};
use crate::ui::forms::platform_label;

use super::Studio;

/// One row of counters per chosen platform.
#[component]
pub(super) fn Meters(
    /// The studio's shared state.
    studio: Studio,
) -> impl IntoView {
    let i18n = studio.ctx.i18n;
    let rows = Memo::new(move |_| {
        studio.post.with(|p| {
            let all = p.as_ref().map(meters).unwrap_or_default();
            let mut rows: Vec<(Platform, Vec<Meter>)> = Vec::new();
            for m in all {
                match rows.last_mut() {
                    Some((platform, ms)) if *platform == m.platform => ms.push(m),
                    _ => rows.push((m.platform, vec![m])),
                }
            }
            rows
        })
    });
    view! {
        <div class="studio-meters" data-testid="caption-meters">
            <h4>{t!(i18n, studio.meters)}</h4>
            <Show when=move || rows.with(Vec::is_empty)>
                <p class="hint">{t!(i18n, studio.no_meters)}</p>
            </Show>
            <ul class="meter-rows">
                {move || rows.get().into_iter().map(|(platform, ms)| view! {
                    <li class="meter-row" data-platform=platform.key()>
                        <span class="meter-platform">{platform_label(i18n, platform)}</span>
                        <ul class="meter-list">
                            {ms.into_iter().map(|m| meter_view(i18n, m)).collect_view()}
                        </ul>
                    </li>
                }).collect_view()}
            </ul>
        </div>
    }
}

/// "Keterangan 281/280 karakter berbobot · melebihi batas".
fn meter_view(i18n: I18nContext<Locale>, m: Meter) -> impl IntoView {
    let level = match m.level {
        Level::Ok => "ok",
        Level::Near => "near",
        Level::Over => "over",
    };
    let measure = measure_label(i18n, m.platform, m.measure);
    let unit = unit_label(i18n, m.unit);
    let state = match m.level {
        Level::Ok => None,
        Level::Near => Some(t_string!(i18n, studio.level_near).to_string()),
        Level::Over => Some(t_string!(i18n, studio.level_over).to_string()),
    };
    // A limit of none ("no < or >") reads as a finding, not a fraction.
    let count = if m.limit == 0 {
        if m.used == 0 {
            t_string!(i18n, studio.none_found).to_string()
        } else {
            t_string!(i18n, studio.found, n = m.used).to_string()
        }
    } else {
        format!("{}/{} {unit}", number(i18n, m.used), number(i18n, m.limit))
    };
    view! {
        <li class=format!("meter meter-{level}") data-measure=measure_key(m.measure) data-level=level>
            <span class="meter-name">{measure}</span>" "
            <span class="meter-count">{count}</span>
            {state.map(|s| view! { <span class="meter-state">{format!(" · {s}")}</span> })}
        </li>
    }
}

/// A stable name of the measure for tests and styles.
fn measure_key(m: Measure) -> &'static str {
    match m {
        Measure::Caption => "caption",
        Measure::Title => "title",
        Measure::Hashtags => "hashtags",
        Measure::Links => "links",
        Measure::AngleBrackets => "angle-brackets",
    }
}

fn measure_label(i18n: I18nContext<Locale>, platform: Platform, m: Measure) -> String {
    match m {
        Measure::Caption if platform == Platform::Youtube => {
            t_string!(i18n, studio.measure.description)
        }
        Measure::Caption => t_string!(i18n, studio.measure.caption),
        Measure::Title => t_string!(i18n, studio.measure.title),
        Measure::Hashtags => t_string!(i18n, studio.measure.hashtags),
        Measure::Links => t_string!(i18n, studio.measure.links),
        Measure::AngleBrackets => t_string!(i18n, studio.measure.angle_brackets),
    }
    .to_string()
}

fn unit_label(i18n: I18nContext<Locale>, u: Unit) -> String {
    match u {
        Unit::Chars => t_string!(i18n, studio.unit.chars),
        Unit::Weighted => t_string!(i18n, studio.unit.weighted),
        Unit::Bytes => t_string!(i18n, studio.unit.bytes),
        Unit::Items => t_string!(i18n, studio.unit.items),
    }
    .to_string()
}

/// The workspace's checks, each passed or failed with where, and whether
/// the caption may be approved.
#[component]
pub(super) fn Checklist(
    /// The studio's shared state.
    studio: Studio,
) -> impl IntoView {
    let i18n = studio.ctx.i18n;
    let state = studio.ctx.state;
    let enabled = Memo::new(move |_| state.workspace.with(|ws| ws.enabled_checks()));
    let summary = move || {
        studio.readiness.with(|r| {
            let count = r.over.len() + r.failures.len();
            if count == 0 {
                t_string!(i18n, studio.ready).to_string()
            } else {
                t_string!(i18n, studio.not_ready, count = count).to_string()
            }
        })
    };
    let ready = move || studio.readiness.with(|r| r.is_ready());
    view! {
        <div class="studio-checks">
            <h4>{t!(i18n, studio.checks)}</h4>
            <ul class="check-list" data-testid="caption-checks">
                {move || enabled.get().into_iter().map(|check| {
                    let failures = move || studio.readiness.with(|r| {
                        r.failures.iter().filter(|f| f.check == check).cloned().collect::<Vec<_>>()
                    });
                    view! {
                        <li class=move || if failures().is_empty() { "check pass" } else { "check fail" }
                            data-check=check.key()>
                            <span aria-hidden="true">{move || if failures().is_empty() { "✓ " } else { "✗ " }}</span>
                            <span class="visually-hidden">{move || if failures().is_empty() {
                                t_string!(i18n, studio.check_passed).to_string()
                            } else {
                                t_string!(i18n, studio.check_failed).to_string()
                            }}</span>
                            {check_label(i18n, check)}
                            {move || {
                                let mut details: Vec<String> = Vec::new();
                for d in failures().iter().filter_map(|f| detail(i18n, f)) {
                    if !details.contains(&d) {
                        details.push(d);
                    }
                }
                                (!details.is_empty()).then(|| view! {
                                    <span class="check-detail">{format!(": {}", details.join("; "))}</span>
                                })
                            }}
                        </li>
                    }
                }).collect_view()}
            </ul>
            <p role="status" aria-live="polite" data-testid="caption-readiness"
                class=move || if ready() { "readiness ready" } else { "readiness not-ready" }>
                {summary}
            </p>
        </div>
    }
}

/// Where a check failed: "baris 3" or the text it is about.
fn detail(i18n: I18nContext<Locale>, f: &CheckFailure) -> Option<String> {
    match (&f.text, f.line) {
        (Some(text), _) => Some(format!("“{text}”")),
        (None, Some(line)) => Some(t_string!(i18n, studio.line, n = line).to_string()),
        (None, None) => None,
    }
}
