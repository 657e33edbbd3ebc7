//! The indicators of a period and its comparison period as CSV (RFC 4180,
//! UTF-8 with BOM, CRLF), as the post export writes it.

use crate::domain::time::format_date;

use super::{change, Indicators, Key, Unit};

/// The header row, Indonesian and stable like the post export's.
pub const CSV_HEADERS: [&str; 7] = [
    "indikator",
    "satuan",
    "periode",
    "pembanding",
    "nilai",
    "nilai_pembanding",
    "perubahan",
];

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// A value as the file writes it: a share as a percentage, rounded to
/// 2 decimals with a `.`; empty when undefined.
fn cell(value: Option<f64>, unit: Unit) -> String {
    match value {
        None => String::new(),
        Some(v) => {
            let v = if unit == Unit::Percent { v * 100.0 } else { v };
            let s = format!("{:.2}", v);
            let s = s.trim_end_matches('0').trim_end_matches('.');
            if s == "-0" {
                "0".to_owned()
            } else {
                s.to_owned()
            }
        }
    }
}

/// One row per indicator of [`Key::ALL`]; the change is in the value's
/// unit (percentage points for shares).
pub fn indicators_csv(now: &Indicators, before: &Indicators) -> Vec<u8> {
    let mut writer = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(BOM.to_vec());
    let _ = writer.write_record(CSV_HEADERS);
    let period = |i: &Indicators| {
        format!(
            "{}/{}",
            format_date(i.period.from),
            format_date(i.period.to)
        )
    };
    for key in Key::ALL {
        let unit = key.unit();
        let (a, b) = (key.value(now), key.value(before));
        let unit_name = match unit {
            Unit::Percent => "%",
            Unit::Days => "hari",
            Unit::Count => "konten",
            Unit::Number => "",
        };
        let _ = writer.write_record([
            key.slug().to_owned(),
            unit_name.to_owned(),
            period(now),
            period(before),
            cell(a, unit),
            cell(b, unit),
            cell(change(a, b).absolute, unit),
        ]);
    }
    writer.into_inner().unwrap_or_default()
}
