//! Dates, times and labels in the person's language, following the
//! glossary of `ux.md` ("Kamis, 3 Desember 2026"; "09.00" in Indonesian,
//! "09:00" in English).

use chrono::Datelike;
use leptos_i18n::Locale as _;

use crate::domain::caption::Check;
use crate::domain::coverage::{CoverageStatus, Need};
use crate::domain::idea::IdeaStage;
use crate::domain::post::{PostFormat, PostStatus};
use crate::domain::time::{Date, TimeOfDay};
use crate::domain::timezone;
use crate::i18n::*;

/// The name of a month, 1–12.
pub fn month_name(i18n: I18nContext<Locale>, month: u32) -> String {
    match month {
        1 => t_string!(i18n, month.jan),
        2 => t_string!(i18n, month.feb),
        3 => t_string!(i18n, month.mar),
        4 => t_string!(i18n, month.apr),
        5 => t_string!(i18n, month.may),
        6 => t_string!(i18n, month.jun),
        7 => t_string!(i18n, month.jul),
        8 => t_string!(i18n, month.aug),
        9 => t_string!(i18n, month.sep),
        10 => t_string!(i18n, month.oct),
        11 => t_string!(i18n, month.nov),
        _ => t_string!(i18n, month.dec),
    }
    .to_string()
}

/// The name of a weekday.
pub fn weekday_name(i18n: I18nContext<Locale>, date: Date) -> String {
    match date.weekday() {
        chrono::Weekday::Mon => t_string!(i18n, weekday.mon),
        chrono::Weekday::Tue => t_string!(i18n, weekday.tue),
        chrono::Weekday::Wed => t_string!(i18n, weekday.wed),
        chrono::Weekday::Thu => t_string!(i18n, weekday.thu),
        chrono::Weekday::Fri => t_string!(i18n, weekday.fri),
        chrono::Weekday::Sat => t_string!(i18n, weekday.sat),
        chrono::Weekday::Sun => t_string!(i18n, weekday.sun),
    }
    .to_string()
}

/// The first three letters of a weekday ("Sen", "Mon"), for grid headers.
pub fn weekday_short(i18n: I18nContext<Locale>, date: Date) -> String {
    weekday_name(i18n, date).chars().take(3).collect()
}

/// A span of days: "1–7 Desember 2026", "30 November – 6 Desember 2026",
/// or with both years when they differ.
pub fn date_range(i18n: I18nContext<Locale>, from: Date, to: Date) -> String {
    let month = |d: Date| month_name(i18n, d.month());
    if from.year() != to.year() {
        format!(
            "{} {} {} – {} {} {}",
            from.day(),
            month(from),
            from.year(),
            to.day(),
            month(to),
            to.year()
        )
    } else if from.month() != to.month() {
        format!(
            "{} {} – {} {} {}",
            from.day(),
            month(from),
            to.day(),
            month(to),
            to.year()
        )
    } else {
        format!("{}–{} {} {}", from.day(), to.day(), month(to), to.year())
    }
}

/// "Kamis, 3 Desember 2026" / "Thursday, 3 December 2026".
pub fn long_date(i18n: I18nContext<Locale>, date: Date) -> String {
    format!(
        "{}, {} {} {}",
        weekday_name(i18n, date),
        date.day(),
        month_name(i18n, date.month()),
        date.year()
    )
}

/// "Desember 2026".
pub fn month_year(i18n: I18nContext<Locale>, year: i32, month: u32) -> String {
    format!("{} {year}", month_name(i18n, month))
}

/// `n` with thousands grouped as the language writes them: "63.206" in
/// Indonesian, "63,206" in English.
pub fn number(i18n: I18nContext<Locale>, n: usize) -> String {
    let sep = if i18n.get_locale().as_str() == "id" {
        '.'
    } else {
        ','
    };
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(d);
    }
    out
}

/// "09.00" in Indonesian, "09:00" in English.
pub fn time_of_day(i18n: I18nContext<Locale>, time: TimeOfDay) -> String {
    let sep = if i18n.get_locale().as_str() == "id" {
        '.'
    } else {
        ':'
    };
    format!("{:02}{sep}{:02}", time.hour(), time.minute())
}

/// A post status from the glossary.
pub fn status_label(i18n: I18nContext<Locale>, status: PostStatus) -> String {
    match status {
        PostStatus::Draft => t_string!(i18n, status.draft),
        PostStatus::Review => t_string!(i18n, status.review),
        PostStatus::Approved => t_string!(i18n, status.approved),
        PostStatus::Scheduled => t_string!(i18n, status.scheduled),
        PostStatus::Published => t_string!(i18n, status.published),
        PostStatus::Cancelled => t_string!(i18n, status.cancelled),
    }
    .to_string()
}

/// An idea stage from the glossary.
pub fn stage_label(i18n: I18nContext<Locale>, stage: IdeaStage) -> String {
    match stage {
        IdeaStage::Inbox => t_string!(i18n, stage.inbox),
        IdeaStage::Shortlist => t_string!(i18n, stage.shortlist),
        IdeaStage::Ready => t_string!(i18n, stage.ready),
        IdeaStage::Used => t_string!(i18n, stage.used),
        IdeaStage::Archived => t_string!(i18n, stage.archived),
    }
    .to_string()
}

/// A format's name from the glossary (Foto, Carousel, Reels, …).
pub fn format_label(i18n: I18nContext<Locale>, format: PostFormat) -> String {
    match format {
        PostFormat::Photo => t_string!(i18n, editor.formats.photo),
        PostFormat::Carousel => t_string!(i18n, editor.formats.carousel),
        PostFormat::Video => t_string!(i18n, editor.formats.video),
        PostFormat::Reel => t_string!(i18n, editor.formats.reel),
        PostFormat::Story => t_string!(i18n, editor.formats.story),
        PostFormat::Infographic => t_string!(i18n, editor.formats.infographic),
        PostFormat::Article => t_string!(i18n, editor.formats.article),
        PostFormat::Live => t_string!(i18n, editor.formats.live),
        PostFormat::Text => t_string!(i18n, editor.formats.text),
    }
    .to_string()
}

/// The zone's abbreviation shown beside times (WIB, WITA, WIT).
pub fn zone_label(tz: &str) -> &'static str {
    timezone::zone(tz).map(|z| z.label).unwrap_or("WIB")
}

/// A check's label in the current language (`caption_settings.check.*`).
pub fn check_label(i18n: I18nContext<Locale>, check: Check) -> String {
    match check {
        Check::OfficialHashtag => t_string!(i18n, caption_settings.check.official_hashtag),
        Check::Byline => t_string!(i18n, caption_settings.check.byline),
        Check::Placeholders => t_string!(i18n, caption_settings.check.placeholders),
        Check::HttpsLinks => t_string!(i18n, caption_settings.check.https_links),
        Check::Spacing => t_string!(i18n, caption_settings.check.spacing),
        Check::TitleFirstLine => t_string!(i18n, caption_settings.check.title_first_line),
    }
    .to_string()
}

/// A coverage need from the glossary (Foto, Video, Wawancara, Drone,
/// Kutipan).
pub fn need_label(i18n: I18nContext<Locale>, need: Need) -> String {
    match need {
        Need::Photo => t_string!(i18n, coverage.needs.photo),
        Need::Video => t_string!(i18n, coverage.needs.video),
        Need::Interview => t_string!(i18n, coverage.needs.interview),
        Need::Drone => t_string!(i18n, coverage.needs.drone),
        Need::Quote => t_string!(i18n, coverage.needs.quote),
    }
    .to_string()
}

/// A coverage status from the glossary (Direncanakan, Sudah diliput,
/// Arsip).
pub fn coverage_status_label(i18n: I18nContext<Locale>, status: CoverageStatus) -> String {
    match status {
        CoverageStatus::Planned => t_string!(i18n, coverage.status.planned),
        CoverageStatus::Covered => t_string!(i18n, coverage.status.covered),
        CoverageStatus::Archived => t_string!(i18n, coverage.status.archived),
    }
    .to_string()
}

/// A size in bytes as people read it: "850 KB", "12,3 MB", "2,1 GB"
/// (decimal units, the language's decimal mark).
pub fn bytes(i18n: I18nContext<Locale>, n: u64) -> String {
    const UNITS: [(&str, u64); 3] = [("GB", 1_000_000_000), ("MB", 1_000_000), ("KB", 1_000)];
    let Some((unit, size)) = UNITS.into_iter().find(|(_, size)| n >= *size) else {
        return format!("{n} B");
    };
    let tenths = (n * 10 + size / 2) / size;
    let mark = if i18n.get_locale().as_str() == "id" {
        ','
    } else {
        '.'
    };
    format!("{}{mark}{} {unit}", tenths / 10, tenths % 10)
}
