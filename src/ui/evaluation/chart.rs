//! Charts drawn by the app as inline SVG, each with its numbers in a
//! table (inside a `<details>`) for screen readers and for checking.

use leptos::prelude::*;

use crate::i18n::*;

/// One bar: its label, its length (any scale ≥ 0) and the text shown.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    /// Shown at the left and in the table.
    pub label: String,
    /// The length.
    pub value: f64,
    /// The number as text.
    pub text: String,
    /// Bar colour (`#RRGGBB`), else the accent.
    pub color: Option<String>,
}

const ROW: f64 = 28.0;
const WIDTH: f64 = 320.0;
const LABEL: f64 = 118.0;
const TEXT: f64 = 64.0;

/// Horizontal bars (they suit a narrow phone screen), then the table.
#[component]
pub fn BarChart(
    /// The chart's title.
    title: String,
    /// Test id.
    id: &'static str,
    /// The bars.
    bars: Vec<Bar>,
    /// The table's column heads (label, value).
    columns: (String, String),
) -> impl IntoView {
    let i18n = use_i18n();
    let max = bars
        .iter()
        .map(|b| b.value)
        .filter(|v| v.is_finite())
        .fold(0.0_f64, f64::max);
    let height = (bars.len().max(1) as f64) * ROW;
    let span = WIDTH - LABEL - TEXT;
    let rows = bars
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let y = i as f64 * ROW;
            let len = if max > 0.0 && b.value.is_finite() {
                (b.value / max * span).max(0.0)
            } else {
                0.0
            };
            let label: String = if b.label.chars().count() > 16 {
                let mut s: String = b.label.chars().take(15).collect();
                s.push('…');
                s
            } else {
                b.label.clone()
            };
            let fill = b
                .color
                .clone()
                .unwrap_or_else(|| "var(--accent, #1f6f8b)".to_owned());
            view! {
                <g>
                    <text x="0" y=format!("{}", y + 18.0) class="eval-chart-label">{label}</text>
                    <rect x=format!("{LABEL}") y=format!("{}", y + 6.0) width=format!("{len:.1}")
                        height="16" rx="2" style:fill=fill />
                    <text x=format!("{}", LABEL + len + 4.0) y=format!("{}", y + 18.0)
                        class="eval-chart-value">{b.text.clone()}</text>
                </g>
            }
        })
        .collect_view();
    let table = bars
        .into_iter()
        .map(|b| view! { <tr><th scope="row">{b.label}</th><td>{b.text}</td></tr> })
        .collect_view();
    let (c1, c2) = columns;
    view! {
        <figure class="eval-chart" data-testid=id>
            <figcaption>{title}</figcaption>
            <svg viewBox=format!("0 0 {WIDTH} {height}") role="img" aria-hidden="true"
                preserveAspectRatio="xMinYMin meet" class="eval-svg">
                {rows}
            </svg>
            <details class="eval-table">
                <summary>{t!(i18n, evaluation.show_numbers)}</summary>
                <table>
                    <thead><tr><th scope="col">{c1}</th><th scope="col">{c2}</th></tr></thead>
                    <tbody>{table}</tbody>
                </table>
            </details>
        </figure>
    }
}

/// A line over time (one point per week; a missing value breaks nothing,
/// it is just left out), then the table.
#[component]
pub fn LineChart(
    /// The chart's title.
    title: String,
    /// Test id.
    id: &'static str,
    /// Points: label, value, text.
    points: Vec<(String, Option<f64>, String)>,
    /// The table's column heads.
    columns: (String, String),
) -> impl IntoView {
    let i18n = use_i18n();
    let (w, h, pad) = (320.0_f64, 140.0_f64, 20.0_f64);
    let max = points
        .iter()
        .filter_map(|p| p.1)
        .filter(|v| v.is_finite())
        .fold(0.0_f64, f64::max);
    let n = points.len().max(1);
    let step = if n > 1 {
        (w - 2.0 * pad) / (n - 1) as f64
    } else {
        0.0
    };
    let xy: Vec<(f64, f64, String)> = points
        .iter()
        .enumerate()
        .filter_map(|(i, (_, v, text))| {
            let v = (*v).filter(|v| v.is_finite())?;
            let y = if max > 0.0 {
                h - pad - v / max * (h - 2.0 * pad)
            } else {
                h - pad
            };
            Some((pad + i as f64 * step, y, text.clone()))
        })
        .collect();
    let line: String = xy
        .iter()
        .map(|(x, y, _)| format!("{x:.1},{y:.1}"))
        .collect::<Vec<_>>()
        .join(" ");
    let dots = xy
        .into_iter()
        .map(|(x, y, text)| {
            view! {
                <circle cx=format!("{x:.1}") cy=format!("{y:.1}") r="4" class="eval-dot" />
                <text x=format!("{x:.1}") y=format!("{:.1}", (y - 8.0).max(10.0))
                    text-anchor="middle" class="eval-chart-value">{text}</text>
            }
        })
        .collect_view();
    let table = points
        .into_iter()
        .map(|(l, _, t)| view! { <tr><th scope="row">{l}</th><td>{t}</td></tr> })
        .collect_view();
    let (c1, c2) = columns;
    view! {
        <figure class="eval-chart" data-testid=id>
            <figcaption>{title}</figcaption>
            <svg viewBox=format!("0 0 {w} {h}") role="img" aria-hidden="true" class="eval-svg">
                <line x1=format!("{pad}") y1=format!("{}", h - pad) x2=format!("{}", w - pad)
                    y2=format!("{}", h - pad) class="eval-axis" />
                <polyline points=line class="eval-line" />
                {dots}
            </svg>
            <details class="eval-table">
                <summary>{t!(i18n, evaluation.show_numbers)}</summary>
                <table>
                    <thead><tr><th scope="col">{c1}</th><th scope="col">{c2}</th></tr></thead>
                    <tbody>{table}</tbody>
                </table>
            </details>
        </figure>
    }
}
