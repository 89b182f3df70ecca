//! One definition per enum: `variants!` defines a field-less enum of the model and, from the
//! same list, its variants in order (`ALL`, `COUNT`), each variant's slug (the word the data
//! file, links, CSS classes and serde use) and its one-byte binary form (`codec`). Adding a
//! variant is one line in the definition; every `match` that names the variants (labels,
//! meanings, the evaluator's rules) then fails to compile until it handles the new one.

/// Defines `pub enum $name` with the derives every model enum has, and generates:
/// `ALL` (declaration order, which `Ord`, the status sort and the binary form follow), `COUNT`,
/// `slug()`, `from_slug()`, `index()`, serde's names (the slugs) and the `Codec` impl.
macro_rules! variants {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$variant_meta:meta])* $variant:ident = $slug:literal ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(
            Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash,
            serde::Deserialize, serde::Serialize,
        )]
        pub enum $name {
            $( $(#[$variant_meta])* #[serde(rename = $slug)] $variant, )+
        }

        impl $name {
            /// How many variants there are.
            pub const COUNT: usize = [$(stringify!($variant)),+].len();
            /// Every variant, in declaration order.
            pub const ALL: [$name; $name::COUNT] = [$($name::$variant),+];

            /// The stable machine name (data files, links, CSS classes): "at-risk".
            pub const fn slug(self) -> &'static str {
                match self {
                    $( $name::$variant => $slug, )+
                }
            }

            /// The variant a slug names, if any (exact, case-sensitive).
            pub fn from_slug(slug: &str) -> Option<$name> {
                $name::ALL.into_iter().find(|v| v.slug() == slug)
            }

            /// The variant's place in `ALL`.
            pub const fn index(self) -> usize {
                self as usize
            }
        }

        // The binary form holds a variant in one byte.
        const _: () = assert!($name::COUNT <= 256);

        impl $crate::codec::Codec for $name {
            fn write(&self, out: &mut Vec<u8>) {
                out.push(self.index() as u8);
            }
            fn read(input: &mut $crate::codec::Reader) -> Self {
                $name::ALL[input.variant(stringify!($name), $name::COUNT)]
            }
        }
    };
}

pub(crate) use variants;

#[cfg(test)]
mod tests {
    use crate::codec::{decode, encode};
    use crate::*;

    /// For each enum: `ALL` is in declaration order, each slug is serde's name and comes back
    /// through `from_slug`, and each variant's byte is its place in `ALL`.
    macro_rules! check {
        ($($name:ident),+) => {$(
            for (i, v) in $name::ALL.into_iter().enumerate() {
                assert_eq!(v.index(), i, "{v:?}");
                assert_eq!(serde_json::to_value(v).unwrap(), v.slug(), "{v:?}");
                assert_eq!($name::from_slug(v.slug()), Some(v), "{v:?}");
                assert_eq!(encode(&v), vec![i as u8], "{v:?}");
                assert_eq!(decode::<$name>(&[i as u8]), Ok(v), "{v:?}");
            }
            assert!(decode::<$name>(&[$name::COUNT as u8]).is_err());
            assert_eq!($name::from_slug("no-such-variant"), None);
        )+};
    }

    #[test]
    fn every_enum_has_one_list_one_slug_and_one_byte_per_variant() {
        check!(
            Confidence, Actor, Direction, Gate, Route, Workload, Status, Origin, Fitness, ErrorKind
        );
    }

    /// The binary form and the links carry these: a change here breaks old links and builds.
    #[test]
    fn slugs_and_bytes_stay_what_links_and_the_binary_form_hold() {
        let statuses: Vec<&str> = Status::ALL.into_iter().map(Status::slug).collect();
        assert_eq!(
            statuses,
            ["open", "friction", "limited", "at-risk", "blocked"]
        );
        assert_eq!(encode(&Status::Blocked), [4]);
        assert_eq!(Gate::ChinaImport.slug(), "china-import");
        assert_eq!(ErrorKind::EventSwitches.index(), 16);
        assert_eq!(Workload::from_slug("inference"), Some(Workload::Inference));
        assert_eq!(Workload::from_slug("Inference"), None);
    }
}
