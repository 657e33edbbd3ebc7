//! Numbers of the Evaluasi page in the person's language: "12,5%" and
//! "1.234,5" in Indonesian, "12.5%" and "1,234.5" in English.

use leptos_i18n::Locale as _;

use crate::domain::indicators::Unit;
use crate::i18n::*;
use crate::ui::format::number;

fn is_id(i18n: I18nContext<Locale>) -> bool {
    i18n.get_locale().as_str() == "id"
}

/// `v` with `places` decimals (trailing zeros kept off), grouped.
pub fn decimal(i18n: I18nContext<Locale>, v: f64, places: usize) -> String {
    let text = format!("{:.*}", places, v.abs());
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let frac = frac.trim_end_matches('0');
    let int: usize = int.parse().unwrap_or(0);
    let sign = if v < 0.0 && (int > 0 || !frac.is_empty()) {
        "-"
    } else {
        ""
    };
    let mark = if is_id(i18n) { ',' } else { '.' };
    if frac.is_empty() {
        format!("{sign}{}", number(i18n, int))
    } else {
        format!("{sign}{}{mark}{frac}", number(i18n, int))
    }
}

/// A share as a percentage with one decimal: "12,5%".
pub fn percent(i18n: I18nContext<Locale>, share: f64) -> String {
    format!("{}%", decimal(i18n, share * 100.0, 1))
}

/// A value of `unit`; `None` is "–".
pub fn value(i18n: I18nContext<Locale>, v: Option<f64>, unit: Unit) -> String {
    match v {
        None => "–".to_owned(),
        Some(v) => match unit {
            Unit::Percent => percent(i18n, v),
            Unit::Count => decimal(i18n, v, 0),
            Unit::Days => format!(
                "{} {}",
                decimal(i18n, v, 1),
                t_string!(i18n, evaluation.days)
            ),
            Unit::Number => decimal(i18n, v, 2),
        },
    }
}

/// A change in the value's unit, with its sign ("+2", "−12,5 poin" is
/// shown as "+/-" percentage points for shares).
pub fn change(i18n: I18nContext<Locale>, v: Option<f64>, unit: Unit) -> String {
    match v {
        None => "–".to_owned(),
        Some(v) => {
            let sign = if v > 0.0 { "+" } else { "" };
            let body = match unit {
                Unit::Percent => format!("{} pp", decimal(i18n, v * 100.0, 1)),
                _ => value(i18n, Some(v), unit),
            };
            format!("{sign}{body}")
        }
    }
}
