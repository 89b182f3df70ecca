//! Typed ids: one newtype per kind of entry (policy, chip, developer, source, preset), so a chip
//! id can never be passed where a developer id is expected.
//!
//! Each id is text underneath and reads and writes exactly as the `String` it replaced: serde
//! `transparent` (the TOML and JSON are unchanged) and the same bytes in the binary codec
//! (`world.bin` is identical; a test below checks an id encodes as its text). Lookups take an
//! [`IdKey`] of their kind: the typed id, or plain text read from outside (a URL, a test's
//! literal), never another kind's id.
//!
//! Why `Deref<Target = str>`: an id is read-only text that the view prints, compares and puts in
//! attributes at many places; deref lets `&id` stand where a `&str` is expected (formatting,
//! `starts_with`, HTML) without `.as_str()` at every site. It cannot turn one kind into another —
//! deref coercion only reaches `str` — and every model function that takes an id takes its kind
//! (or an `IdKey` of it), so the one check that matters stays with the compiler.
//!
//! ```compile_fail,E0308
//! use chip_paths_model::{ChipId, DeveloperId};
//! fn developer_name(_: &DeveloperId) {}
//! let chip = ChipId::from("h20");
//! developer_name(&chip); // a chip id where a developer id is expected: does not compile
//! ```
//!
//! ```compile_fail,E0277
//! use chip_paths_model::{ChipId, World};
//! fn lookup(world: &World, chip: &ChipId) {
//!     world.developer(chip); // lookups accept their own kind (or text), not a chip id
//! }
//! ```
//!
//! ```compile_fail,E0277
//! use chip_paths_model::{ChipId, Scenario};
//! let mut scenario = Scenario::default();
//! scenario.on.insert(ChipId::from("h20")); // the switches on are policies, not chips
//! ```
//!
//! The same code with the right kinds compiles (so the three above fail for the reason given;
//! the error codes are checked where rustdoc checks them, on nightly):
//!
//! ```
//! use chip_paths_model::{ChipId, DeveloperId, PolicyId, Scenario, World};
//! fn developer_name(_: &DeveloperId) {}
//! developer_name(&DeveloperId::from("deepseek"));
//! fn lookup(world: &World, developer: &DeveloperId, chip: &ChipId) {
//!     let _ = (world.developer(developer), world.chip(chip), world.developer("deepseek"));
//! }
//! let mut scenario = Scenario::default();
//! scenario.on.insert(PolicyId::from("h20-licence"));
//! assert!(scenario.on.contains("h20-licence"));
//! ```

use super::codec::{Codec, Reader};
use serde::{Deserialize, Serialize};
use std::borrow::Borrow;
use std::fmt;
use std::ops::Deref;

/// What a lookup of ids of kind `I` accepts: an `I`, or text (`str`, `String`), or a reference
/// to one of those. Another kind's id is not an `IdKey<I>`, so it does not compile.
pub trait IdKey<I> {
    /// The id's text.
    fn key(&self) -> &str;
}

impl<I> IdKey<I> for str {
    fn key(&self) -> &str {
        self
    }
}

impl<I> IdKey<I> for String {
    fn key(&self) -> &str {
        self
    }
}

impl<I, T: IdKey<I> + ?Sized> IdKey<I> for &T {
    fn key(&self) -> &str {
        (**self).key()
    }
}

/// Defines an id newtype with the API of the `String` it replaces: see the module's notes.
macro_rules! ids {
    ($( $(#[$doc:meta])* $name:ident; )*) => {$(
        $(#[$doc])*
        #[derive(
            Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
        )]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            pub fn new(id: impl Into<String>) -> Self {
                $name(id.into())
            }
            pub fn as_str(&self) -> &str {
                &self.0
            }
            pub fn into_string(self) -> String {
                self.0
            }
        }

        impl IdKey<$name> for $name {
            fn key(&self) -> &str {
                &self.0
            }
        }

        impl Deref for $name {
            type Target = str;
            fn deref(&self) -> &str {
                &self.0
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<String> for $name {
            fn from(id: String) -> Self {
                $name(id)
            }
        }

        impl From<&str> for $name {
            fn from(id: &str) -> Self {
                $name(id.to_owned())
            }
        }

        impl From<$name> for String {
            fn from(id: $name) -> String {
                id.0
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.0 == other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.0 == *other
            }
        }

        impl PartialEq<String> for $name {
            fn eq(&self, other: &String) -> bool {
                &self.0 == other
            }
        }

        impl PartialEq<$name> for str {
            fn eq(&self, other: &$name) -> bool {
                self == other.0
            }
        }

        impl PartialEq<$name> for &str {
            fn eq(&self, other: &$name) -> bool {
                *self == other.0
            }
        }

        impl PartialEq<$name> for String {
            fn eq(&self, other: &$name) -> bool {
                *self == other.0
            }
        }

        /// Exactly the bytes of the `String` it replaced: `world.bin` does not change.
        impl Codec for $name {
            fn write(&self, out: &mut Vec<u8>) {
                self.0.write(out);
            }
            fn read(input: &mut Reader) -> Self {
                $name(String::read(input))
            }
        }
    )*};
}

ids! {
    /// A policy's id (`[[policies]] id`): what a switch, an event and a question name.
    PolicyId;
    /// A chip's id (`[[chips]] id`).
    ChipId;
    /// A developer's id (`[[developers]] id`): also a student's pick in the classroom.
    DeveloperId;
    /// A source's id (`[[sources]] id`): what every claim cites.
    SourceId;
    /// A preset's id (`[[presets]] id`): a named date.
    PresetId;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codec::{decode, encode};
    use std::collections::HashMap;

    #[test]
    fn an_id_encodes_exactly_as_its_text() {
        for text in ["", "h20", "deepseek", "é-ü", &"x".repeat(300)] {
            let string = text.to_string();
            assert_eq!(encode(&ChipId::from(text)), encode(&string), "{text:?}");
            assert_eq!(encode(&vec![PolicyId::from(text)]), encode(&vec![string]));
            assert_eq!(
                decode::<DeveloperId>(&encode(&text.to_string())),
                Ok(text.into())
            );
        }
    }

    #[test]
    fn an_id_is_its_text_in_json() {
        let id = SourceId::from("ft-2025-08-14");
        assert_eq!(serde_json::to_string(&id).unwrap(), "\"ft-2025-08-14\"");
        let back: SourceId = serde_json::from_str("\"ft-2025-08-14\"").unwrap();
        assert_eq!(back, id);
    }

    #[test]
    fn an_id_compares_prints_and_looks_up_as_text() {
        let id = DeveloperId::from("deepseek");
        let (text, owned): (&str, String) = ("deepseek", "deepseek".into());
        assert_eq!(id, text);
        assert_eq!(text, id);
        assert_eq!(id, *text);
        assert_eq!(id, owned);
        assert_eq!(owned, id);
        assert_ne!(id, "tencent");
        assert_eq!(id.to_string(), "deepseek");
        assert_eq!(format!("{id}"), "deepseek");
        assert!(id.starts_with("deep"), "derefs to str");
        let names: HashMap<DeveloperId, &str> = [(id.clone(), "DeepSeek")].into_iter().collect();
        assert_eq!(names.get("deepseek"), Some(&"DeepSeek"), "Borrow<str>");
        assert_eq!(String::from(id.clone()), "deepseek");
        assert_eq!(id.into_string(), "deepseek");
    }

    #[test]
    fn ids_order_as_their_text() {
        let mut ids = ["b", "a-b", "a", "B"].map(PolicyId::from);
        ids.sort();
        assert_eq!(ids.map(String::from), ["B", "a", "a-b", "b"]);
    }

    #[test]
    fn a_key_is_the_id_or_text() {
        fn key<K: IdKey<ChipId> + ?Sized>(k: &K) -> &str {
            k.key()
        }
        let chip = ChipId::from("h20");
        let text = String::from("h20");
        assert_eq!(key(&chip), "h20");
        assert_eq!(key("h20"), "h20");
        assert_eq!(key(&text), "h20");
        assert_eq!(key(&&chip), "h20");
    }
}
