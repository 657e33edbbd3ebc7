//! Enums written in plan files as fixed lowercase strings.

/// Declares a `Copy` enum whose variants are written in plan files as the
/// given strings, with `ALL` (declaration order, which is the spec's order
/// and the order the UI lists them in), `key()` and `from_key()`.
///
/// One macro rather than a hand-written copy per enum, so that the serde
/// name and `key()` can never disagree. Extra attributes on the enum or on
/// a variant (docs, `#[derive(Default)]` with `#[default]`) pass through.
macro_rules! keyed_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $(
                $(#[$vmeta:meta])*
                $variant:ident = $key:literal,
            )+
        }
    ) => {
        $(#[$meta])*
        #[derive(
            Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord,
            serde::Serialize, serde::Deserialize,
        )]
        pub enum $name {
            $(
                $(#[$vmeta])*
                #[serde(rename = $key)]
                $variant,
            )+
        }

        impl $name {
            /// Every value, in the order the spec lists them.
            pub const ALL: [$name; [$($key),+].len()] = [$($name::$variant),+];

            /// The string that stands for this value in plan files.
            pub fn key(&self) -> &'static str {
                match self {
                    $($name::$variant => $key,)+
                }
            }

            /// The value written as `key` in plan files, if there is one.
            pub fn from_key(key: &str) -> Option<Self> {
                match key {
                    $($key => Some($name::$variant),)+
                    _ => None,
                }
            }
        }
    };
}

pub(crate) use keyed_enum;

#[cfg(test)]
mod tests {
    keyed_enum! {
        /// A test enum.
        #[derive(Default)]
        pub enum Fruit {
            /// An apple.
            Apple = "apple",
            /// A durian, the default because it is the king of fruits.
            #[default]
            Durian = "durian",
        }
    }

    #[test]
    fn key_serde_and_all_agree() {
        assert_eq!(Fruit::ALL, [Fruit::Apple, Fruit::Durian]);
        for fruit in Fruit::ALL {
            let json = serde_json::to_string(&fruit).unwrap();
            assert_eq!(json, format!("\"{}\"", fruit.key()));
            assert_eq!(Fruit::from_key(fruit.key()), Some(fruit));
            assert_eq!(serde_json::from_str::<Fruit>(&json).unwrap(), fruit);
        }
        assert_eq!(Fruit::default(), Fruit::Durian);
        assert_eq!(Fruit::from_key("Apple"), None);
        assert!(serde_json::from_str::<Fruit>("\"Apple\"").is_err());
    }
}
