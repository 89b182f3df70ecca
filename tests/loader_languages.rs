//! web/loader.js picks the bundle before any wasm runs: the English-only reader's, or the
//! classroom's, which speaks every language (docs/i18n.md, "Size"). It needs the widget's
//! language tags for that; this checks its list against `LOCALES`, so a new language cannot
//! be left on the English-only bundle.

use chip_paths_model::i18n::LOCALES;

fn list(source: &str, name: &str) -> Vec<String> {
    let start = source
        .find(&format!("const {name} = ["))
        .unwrap_or_else(|| panic!("web/loader.js has no `const {name} = [`"));
    let rest = &source[start..];
    let open = rest.find('[').expect("a list");
    let close = rest.find(']').expect("a closed list");
    rest[open + 1..close]
        .split(',')
        .map(|tag| tag.trim().trim_matches('"').to_string())
        .filter(|tag| !tag.is_empty())
        .collect()
}

#[test]
fn the_loader_knows_every_language_the_widget_speaks() {
    let source = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/web/loader.js"))
        .expect("web/loader.js");
    let real: Vec<String> = LOCALES
        .iter()
        .filter(|l| !l.pseudo)
        .map(|l| l.tag.to_string())
        .collect();
    let pseudo: Vec<String> = LOCALES
        .iter()
        .filter(|l| l.pseudo)
        .map(|l| l.tag.to_string())
        .collect();
    assert_eq!(list(&source, "LANGUAGES"), real);
    assert_eq!(list(&source, "PSEUDO_LANGUAGES"), pseudo);
}
