//! The languages the widget speaks: one line each. Adding a language is a `locales/TAG.ftl`
//! file and one line in [`LOCALES`] (docs/i18n.md). Plain `std` only: the model crate's build
//! script compiles this file too (`#[path]`), to check each file's plural categories.

/// CLDR plural categories a variant key may name (`[one]`, `*[other]`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plural {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl Plural {
    pub const ALL: [Plural; 6] = [
        Plural::Zero,
        Plural::One,
        Plural::Two,
        Plural::Few,
        Plural::Many,
        Plural::Other,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Plural::Zero => "zero",
            Plural::One => "one",
            Plural::Two => "two",
            Plural::Few => "few",
            Plural::Many => "many",
            Plural::Other => "other",
        }
    }

    pub fn from_name(name: &str) -> Option<Plural> {
        Plural::ALL.into_iter().find(|p| p.name() == name)
    }
}

/// How a language picks the plural category of a whole number (CLDR's cardinal rules, for
/// the integers the widget counts with).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PluralRule {
    /// English and most Germanic languages: 1 is `one`, everything else `other`.
    OneOther,
    /// Chinese, Japanese, Korean: every number is `other`.
    OtherOnly,
}

impl PluralRule {
    pub fn category(self, n: usize) -> Plural {
        match self {
            PluralRule::OneOther if n == 1 => Plural::One,
            PluralRule::OneOther | PluralRule::OtherOnly => Plural::Other,
        }
    }

    /// The categories a message in this language may use as variant keys.
    pub fn categories(self) -> &'static [Plural] {
        match self {
            PluralRule::OneOther => &[Plural::One, Plural::Other],
            PluralRule::OtherOnly => &[Plural::Other],
        }
    }
}

/// One language: its BCP 47 tag (also the file name, `locales/{tag}.ftl`), its name in itself
/// (for the picker), its plural rule, and whether it is a test pseudo-locale generated from
/// English at build time (no file of its own; hidden from the picker).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LocaleInfo {
    pub tag: &'static str,
    pub name: &'static str,
    pub plural: PluralRule,
    pub pseudo: bool,
}

/// Every language. English first: it is the source every other file is checked against, and
/// the one compiled into the widget.
pub const LOCALES: &[LocaleInfo] = &[
    LocaleInfo {
        tag: "en",
        name: "English",
        plural: PluralRule::OneOther,
        pseudo: false,
    },
    LocaleInfo {
        tag: "zh-CN",
        name: "简体中文",
        plural: PluralRule::OtherOnly,
        pseudo: false,
    },
    // Every English string ~40% longer and wrapped in ⟦ ⟧: for layout and coverage tests.
    LocaleInfo {
        tag: "x-long",
        name: "x-long",
        plural: PluralRule::OneOther,
        pseudo: true,
    },
];

/// The registered language with this tag (exact, as files and URLs write it).
pub fn locale_info(tag: &str) -> Option<&'static LocaleInfo> {
    LOCALES.iter().find(|l| l.tag == tag)
}

#[cfg(test)]
mod tests {
    /// Every path the build script names in a `cargo:rerun-if-changed` line exists (read from
    /// the output cargo keeps beside OUT_DIR). A missing one makes cargo rerun the script, and
    /// recompile this crate and every crate above it, on every build: it named the
    /// pseudo-locale's file, which does not exist (`locales/x-long.ftl`), so every release
    /// build and every `cargo run --example` recompiled the model and the widget's crate.
    #[test]
    fn the_build_script_watches_only_files_that_exist() {
        let output = std::path::Path::new(env!("OUT_DIR")).join("../output");
        let text = std::fs::read_to_string(&output)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", output.display()));
        let watched: Vec<&str> = text
            .lines()
            .filter_map(|l| l.strip_prefix("cargo:rerun-if-changed="))
            .collect();
        assert!(
            watched.iter().any(|p| p.ends_with("en.ftl")),
            "build.rs names the message files: {watched:?}"
        );
        let missing: Vec<&&str> = watched
            .iter()
            .filter(|p| !std::path::Path::new(p).exists())
            .collect();
        assert!(
            missing.is_empty(),
            "build.rs watches files that do not exist: {missing:?}"
        );
    }
}
