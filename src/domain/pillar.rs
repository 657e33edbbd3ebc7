//! Content pillars: the categories a plan balances its posts across.

use serde::de::{self, Unexpected};
use serde::{Deserialize, Deserializer, Serialize};

use crate::domain::record::{Record, RecordData, RecordKind};

/// A colour written `#rrggbb`.
///
/// Parsing accepts either case and keeps lowercase, so that the same colour
/// is always the same text: records are compared as canonical JSON in a
/// merge, and `#1F6FEB` against `#1f6feb` would otherwise be a difference.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct Color(String);

impl Color {
    /// Reads `#rrggbb` in either case, or `None`.
    pub fn parse(s: &str) -> Option<Color> {
        let b = s.as_bytes();
        let ok = b.len() == 7 && b[0] == b'#' && b[1..].iter().all(u8::is_ascii_hexdigit);
        ok.then(|| Color(s.to_ascii_lowercase()))
    }

    /// The colour as written, `#rrggbb` in lowercase.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The red, green and blue components.
    pub fn rgb(&self) -> (u8, u8, u8) {
        // parse() let only six hex digits in, so these cannot fail.
        let part = |i: usize| u8::from_str_radix(&self.0[i..i + 2], 16).unwrap_or(0);
        (part(1), part(3), part(5))
    }
}

/// A neutral grey, for a pillar written without a colour (the schema lets
/// other tools leave it out).
impl Default for Color {
    fn default() -> Self {
        Color("#57606a".to_owned())
    }
}

impl<'de> Deserialize<'de> for Color {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = String::deserialize(deserializer)?;
        Color::parse(&s)
            .ok_or_else(|| de::Error::invalid_value(Unexpected::Str(&s), &"a colour #RRGGBB"))
    }
}

/// The fields of a pillar.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PillarData {
    /// Name, 1–200 characters after trimming.
    pub name: String,
    /// Colour of the pillar's posts in the calendar.
    #[serde(default)]
    pub color: Color,
    /// How many posts a week the office aims for (0–50), if it has a target.
    #[serde(default)]
    pub target_per_week: Option<u8>,
    /// What belongs in this pillar.
    #[serde(default)]
    pub description: String,
}

/// A content pillar record.
pub type Pillar = Record<PillarData>;

impl RecordData for PillarData {
    const KIND: RecordKind = RecordKind::Pillar;

    fn title(&self) -> &str {
        &self.name
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn color_parses_either_case_and_keeps_lowercase() {
        let c = Color::parse("#1F6FEB").unwrap();
        assert_eq!(c.as_str(), "#1f6feb");
        assert_eq!(c.rgb(), (0x1f, 0x6f, 0xeb));
        assert_eq!(serde_json::to_string(&c).unwrap(), "\"#1f6feb\"");
        assert_eq!(serde_json::from_str::<Color>("\"#1F6feb\"").unwrap(), c);
        for bad in [
            "1f6feb",
            "#1f6fe",
            "#1f6feb0",
            "#1f6fgb",
            "#fff",
            "",
            "#1f6fe\u{e9}",
        ] {
            assert_eq!(Color::parse(bad), None, "{bad:?} was accepted");
        }
        assert!(serde_json::from_str::<Color>("\"red\"").is_err());
        assert!(Color::parse(Color::default().as_str()).is_some());
    }

    #[test]
    fn only_name_is_required() {
        let p: PillarData = serde_json::from_str(r#"{"name":"Hari Besar"}"#).unwrap();
        assert_eq!(p.color, Color::default());
        assert_eq!(p.target_per_week, None);
        assert_eq!(p.description, "");
        let p: PillarData =
            serde_json::from_str(r##"{"name":"X","target_per_week":null,"color":"#AABBCC"}"##)
                .unwrap();
        assert_eq!((p.target_per_week, p.color.as_str()), (None, "#aabbcc"));
        assert!(
            serde_json::from_str::<PillarData>(r#"{"name":"X","target_per_week":-1}"#).is_err()
        );
    }
}
