//! The office's brand as a workspace setting.
//!
//! The plan format has no field for it, so it travels as the extra
//! workspace field `brand` (an object), which every reader keeps and writes
//! back, like the caption settings (`caption::settings`). It is read field
//! by field and leniently: a colour that is not `#RRGGBB`, a font Siar does
//! not bundle or a logo id that cannot be a photo id falls back to the
//! default's value for that field alone, never an error. Fields a newer
//! version added to the object stay as they were.

use serde_json::{Map, Value};

use super::{Brand, FONTS};
use crate::domain::documentation::is_photo_id;
use crate::domain::workspace::Workspace;

/// Workspace field holding the brand.
pub const BRAND_KEY: &str = "brand";

/// Whether `s` is a colour as the brand stores it: `#` and six hex digits
/// (either case).
pub fn is_hex_colour(s: &str) -> bool {
    s.len() == 7 && s.starts_with('#') && s.bytes().skip(1).all(|b| b.is_ascii_hexdigit())
}

/// `value` of `object[key]` if it is a valid colour (lowercased), else
/// `fallback`.
fn colour(object: &Map<String, Value>, key: &str, fallback: &str) -> String {
    object
        .get(key)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| is_hex_colour(s))
        .unwrap_or(fallback)
        .to_ascii_lowercase()
}

/// `brand` with every field this version cannot use replaced by the
/// default's.
fn repaired(brand: &Brand) -> Brand {
    let object = match serde_json::to_value(brand) {
        Ok(Value::Object(object)) => object,
        _ => Map::new(),
    };
    read(&object)
}

/// The brand held in `object`, field by field.
fn read(object: &Map<String, Value>) -> Brand {
    let default = Brand::default();
    let font = object
        .get("font")
        .and_then(Value::as_str)
        .filter(|f| FONTS.contains(f))
        .map_or(default.font.clone(), str::to_owned);
    let logo_id = object
        .get("logo_id")
        .and_then(Value::as_str)
        .filter(|id| is_photo_id(id))
        .map(str::to_owned);
    Brand {
        primary: colour(object, "primary", &default.primary),
        accent: colour(object, "accent", &default.accent),
        ink: colour(object, "ink", &default.ink),
        paper: colour(object, "paper", &default.paper),
        font,
        logo_id,
    }
}

impl Workspace {
    /// The office's brand; the default one where nothing (valid) is set.
    pub fn brand(&self) -> Brand {
        match self.extra.get(BRAND_KEY) {
            Some(Value::Object(object)) => read(object),
            _ => Brand::default(),
        }
    }

    /// Stores `brand` (invalid fields as the default's). The caller marks
    /// the workspace edited. Unknown fields of the stored object stay; the
    /// default brand with nothing else in the object removes the field, so
    /// a workspace never branded exports as before.
    pub fn set_brand(&mut self, brand: &Brand) {
        let brand = repaired(brand);
        let mut object = match self.extra.remove(BRAND_KEY) {
            Some(Value::Object(object)) => object,
            _ => Map::new(),
        };
        for (key, value) in [
            ("primary", &brand.primary),
            ("accent", &brand.accent),
            ("ink", &brand.ink),
            ("paper", &brand.paper),
            ("font", &brand.font),
        ] {
            object.insert(key.to_owned(), Value::from(value.as_str()));
        }
        match &brand.logo_id {
            Some(id) => object.insert("logo_id".to_owned(), Value::from(id.as_str())),
            None => object.remove("logo_id"),
        };
        let known = ["primary", "accent", "ink", "paper", "font"];
        let only_default =
            brand == Brand::default() && object.keys().all(|k| known.contains(&k.as_str()));
        if !only_default {
            self.extra
                .insert(BRAND_KEY.to_owned(), Value::Object(object));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::defaults::default_workspace;
    use crate::domain::documentation::photo_id;
    use serde_json::json;

    fn office() -> Brand {
        Brand {
            primary: "#7a1f1f".into(),
            accent: "#e0b100".into(),
            ink: "#111111".into(),
            paper: "#fafafa".into(),
            font: "Inter".into(),
            logo_id: Some(photo_id(b"logo")),
        }
    }

    #[test]
    fn the_brand_round_trips_through_the_workspace_json() {
        let mut ws = default_workspace();
        assert_eq!(ws.brand(), Brand::default());
        ws.set_brand(&office());
        let json = serde_json::to_value(&ws).unwrap();
        assert_eq!(json[BRAND_KEY]["primary"], "#7a1f1f");
        assert_eq!(json[BRAND_KEY]["font"], "Inter");
        let back: Workspace = serde_json::from_value(json).unwrap();
        assert_eq!(back.brand(), office());

        ws.set_brand(&Brand::default());
        assert!(
            !ws.extra.contains_key(BRAND_KEY),
            "the default brand leaves no field"
        );
    }

    #[test]
    fn invalid_fields_fall_back_one_by_one() {
        let mut ws = default_workspace();
        ws.extra.insert(
            BRAND_KEY.into(),
            json!({"primary": "#7A1F1F", "accent": "red", "ink": "#12345", "paper": 7,
                   "font": "Comic Sans MS", "logo_id": "../logo.png"}),
        );
        let d = Brand::default();
        assert_eq!(
            ws.brand(),
            Brand {
                primary: "#7a1f1f".into(),
                ..d.clone()
            }
        );
        ws.extra.insert(BRAND_KEY.into(), json!("blue"));
        assert_eq!(ws.brand(), d);
        ws.extra.insert(
            BRAND_KEY.into(),
            json!({"font": "Inter", "accent": " #ABCDEF "}),
        );
        assert_eq!(ws.brand().font, "Inter");
        assert_eq!(ws.brand().accent, "#abcdef");
        assert_eq!(ws.brand().primary, d.primary);
    }

    #[test]
    fn setting_repairs_invalid_fields_and_keeps_unknown_ones() {
        let mut ws = default_workspace();
        ws.extra.insert(
            BRAND_KEY.into(),
            json!({"logo_id": photo_id(b"old"), "secondary_font": "Lora"}),
        );
        let mut brand = office();
        brand.accent = "#GGGGGG".into();
        brand.font = "Arial".into();
        brand.logo_id = None;
        ws.set_brand(&brand);
        let stored = &ws.extra[BRAND_KEY];
        assert_eq!(stored["accent"], Brand::default().accent);
        assert_eq!(stored["font"], FONTS[0]);
        assert!(stored.get("logo_id").is_none(), "the logo was removed");
        assert_eq!(stored["secondary_font"], "Lora");
        assert_eq!(ws.brand().primary, "#7a1f1f");

        ws.set_brand(&Brand::default());
        assert_eq!(
            ws.extra[BRAND_KEY]["secondary_font"], "Lora",
            "an object with unknown fields stays"
        );
    }

    #[test]
    fn colours_are_hash_and_six_hex_digits() {
        for good in ["#000000", "#0b4f8a", "#ABCDEF"] {
            assert!(is_hex_colour(good), "{good}");
        }
        for bad in ["", "#fff", "0b4f8a", "#0b4f8a0", "#0b4f8g", "#0b4f8é"] {
            assert!(!is_hex_colour(bad), "{bad}");
        }
    }
}
