//! The social platforms and channels a post goes out on.

use crate::domain::keyed_enum::keyed_enum;

keyed_enum! {
    /// A platform a post is published on.
    pub enum Platform {
        /// Instagram.
        Instagram = "instagram",
        /// Facebook.
        Facebook = "facebook",
        /// TikTok.
        Tiktok = "tiktok",
        /// YouTube.
        Youtube = "youtube",
        /// X (formerly Twitter).
        X = "x",
        /// Threads.
        Threads = "threads",
        /// The office's own website.
        Website = "website",
        /// WhatsApp (channel or groups).
        Whatsapp = "whatsapp",
    }
}

impl Platform {
    /// The platform's brand name, the same in every language.
    pub fn name(&self) -> &'static str {
        match self {
            Platform::Instagram => "Instagram",
            Platform::Facebook => "Facebook",
            Platform::Tiktok => "TikTok",
            Platform::Youtube => "YouTube",
            Platform::X => "X",
            Platform::Threads => "Threads",
            Platform::Website => "Website",
            Platform::Whatsapp => "WhatsApp",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_the_spec_list() {
        let keys: Vec<&str> = Platform::ALL.iter().map(Platform::key).collect();
        assert_eq!(
            keys,
            [
                "instagram",
                "facebook",
                "tiktok",
                "youtube",
                "x",
                "threads",
                "website",
                "whatsapp"
            ]
        );
        assert!(serde_json::from_str::<Platform>("\"myspace\"").is_err());
        assert!(serde_json::from_str::<Platform>("\"Instagram\"").is_err());
        assert_eq!(serde_json::to_string(&Platform::X).unwrap(), "\"x\"");
        assert_eq!(Platform::Tiktok.name(), "TikTok");
    }
}
