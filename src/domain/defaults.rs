//! What a fresh install creates by itself: the workspace and the default
//! pillars (rule 5 of the spec's Import section).
//!
//! Defaults have fixed ids and `created_at` = `updated_at` = 1970-01-01, so
//! the defaults of any two installs are the same records: any edit wins
//! over them, and importing a colleague's file into a fresh install adopts
//! the colleague's settings without duplicating pillars.
//!
//! Do not change these values once released: two installs of different
//! versions would then hold different records under the same id and the
//! same `updated_at`, and the merge would pick one by its JSON text rather
//! than by anyone's edit.

use std::collections::BTreeMap;

use crate::domain::id::Id;
use crate::domain::pillar::{Color, Pillar, PillarData};
use crate::domain::record::Record;
use crate::domain::time::Timestamp;
use crate::domain::workspace::{Language, Workspace, DEFAULT_TIMEZONE};

/// The fixed id of a fresh install's workspace.
pub const WORKSPACE_ID: &str = "workspace";

/// The office a fresh install is named after, until someone renames it.
pub const WORKSPACE_NAME: &str = "Dinas Komunikasi dan Informatika";

/// The default pillars: id, name, colour, posts a week.
///
/// Colours are distinct hues, each with a contrast of at least 4.5:1
/// against white text (WCAG AA), since pillar chips show white labels.
#[rustfmt::skip] // One row per pillar reads as the table it is.
const PILLARS: [(&str, &str, &str, u8); 8] = [
    ("pillar-kegiatan-pimpinan", "Kegiatan Pimpinan", "#0969da", 3),
    ("pillar-layanan-publik", "Layanan Publik", "#1a7f37", 2),
    ("pillar-pengumuman", "Pengumuman", "#b35900", 1),
    ("pillar-edukasi-literasi-digital", "Edukasi & Literasi Digital", "#8250df", 2),
    // Holidays come from special days, not from a weekly quota.
    ("pillar-hari-besar", "Hari Besar", "#cf222e", 0),
    ("pillar-klarifikasi-hoaks", "Klarifikasi Hoaks", "#bf3989", 1),
    ("pillar-budaya-wisata-umkm", "Budaya, Wisata & UMKM", "#0e7490", 1),
    ("pillar-capaian-pembangunan", "Capaian Pembangunan", "#57606a", 1),
];

/// The workspace a fresh install starts with.
pub fn default_workspace() -> Workspace {
    Workspace {
        id: Id::fixed(WORKSPACE_ID),
        name: WORKSPACE_NAME.to_owned(),
        timezone: DEFAULT_TIMEZONE.to_owned(),
        locale: Language::Id,
        followers: BTreeMap::new(),
        default_hashtags: Vec::new(),
        byline: String::new(),
        created_at: Timestamp::EPOCH,
        updated_at: Timestamp::EPOCH,
        extra: serde_json::Map::new(),
    }
}

/// The eight pillars a fresh install starts with, in the order the UI
/// lists them. A fresh install has no default posts, members or others.
pub fn default_pillars() -> Vec<Pillar> {
    PILLARS
        .iter()
        .map(|&(id, name, color, target)| {
            let data = PillarData {
                name: name.to_owned(),
                color: Color::parse(color).unwrap_or_default(),
                target_per_week: Some(target),
                description: String::new(),
            };
            Record::new(Id::fixed(id), Timestamp::EPOCH, data)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::text::clean_name;

    /// WCAG 2 relative luminance of an sRGB colour.
    fn luminance(color: &Color) -> f64 {
        let (r, g, b) = color.rgb();
        let linear = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
    }

    #[test]
    fn workspace_is_fixed() {
        let w = default_workspace();
        assert_eq!(w.id.as_str(), "workspace");
        assert_eq!(w.name, "Dinas Komunikasi dan Informatika");
        assert_eq!(
            (w.timezone.as_str(), w.locale),
            ("Asia/Pontianak", Language::Id)
        );
        assert_eq!(
            (w.created_at, w.updated_at),
            (Timestamp::EPOCH, Timestamp::EPOCH)
        );
        assert!(w.followers.is_empty() && w.default_hashtags.is_empty() && w.byline.is_empty());
        assert_eq!(
            w,
            default_workspace(),
            "two installs make the same workspace"
        );
        let json = serde_json::to_value(&w).unwrap();
        assert_eq!(json["created_at"], "1970-01-01T00:00:00Z");
    }

    #[test]
    fn eight_fixed_pillars() {
        let pillars = default_pillars();
        assert_eq!(pillars.len(), 8);
        assert_eq!(
            pillars,
            default_pillars(),
            "two installs make the same pillars"
        );
        let ids: Vec<&str> = pillars.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "pillar-kegiatan-pimpinan",
                "pillar-layanan-publik",
                "pillar-pengumuman",
                "pillar-edukasi-literasi-digital",
                "pillar-hari-besar",
                "pillar-klarifikasi-hoaks",
                "pillar-budaya-wisata-umkm",
                "pillar-capaian-pembangunan",
            ]
        );
        let names: Vec<&str> = pillars.iter().map(|p| p.title()).collect();
        assert_eq!(names[3], "Edukasi & Literasi Digital");
        assert_eq!(names[6], "Budaya, Wisata & UMKM");
        let targets: Vec<Option<u8>> = pillars.iter().map(|p| p.data.target_per_week).collect();
        assert_eq!(targets, [3, 2, 1, 2, 0, 1, 1, 1].map(Some));
        for p in &pillars {
            assert!(Id::parse(p.id.as_str()).is_some());
            assert_eq!(
                (p.created_at, p.updated_at),
                (Timestamp::EPOCH, Timestamp::EPOCH)
            );
            assert!(p.is_live() && p.extra.is_empty());
            assert_eq!(
                clean_name(&p.data.name).as_deref(),
                Ok(p.data.name.as_str())
            );
            assert!(p.data.target_per_week.unwrap() <= 50);
            // Parsing the colour as written must not have fallen back.
            assert!(PILLARS.iter().any(|row| row.2 == p.data.color.as_str()));
            let contrast = 1.05 / (luminance(&p.data.color) + 0.05);
            assert!(
                contrast >= 4.5,
                "{} has contrast {contrast:.2}",
                p.data.name
            );
        }
        let mut unique_ids = ids.clone();
        unique_ids.sort();
        unique_ids.dedup();
        assert_eq!(unique_ids.len(), 8);
        let mut colors: Vec<&str> = pillars.iter().map(|p| p.data.color.as_str()).collect();
        colors.sort();
        colors.dedup();
        assert_eq!(colors.len(), 8, "colours must tell pillars apart");
    }
}
