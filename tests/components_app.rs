//! The whole explainer rendered natively (SSR) with the real data: the first screen's parts are
//! there, the link's state is honoured, and a malformed link falls back with a notice.

use chip_paths::app::{Explainer, ExplainerProps};
use yew::LocalServerRenderer;

mod common;
use common::world_ref as world;

async fn render(query: &str) -> String {
    LocalServerRenderer::<Explainer>::with_props(ExplainerProps {
        world: world(),
        query: Some(query.to_string().into()),
    })
    .hydratable(false)
    .render()
    .await
}

#[tokio::test]
async fn the_starting_report_switches_come_first_named_by_their_policies() {
    let w = world();
    let html = render("").await;
    let on = w.default_scenario().on;
    let more = html
        .find("<details class=\"switches__more\"")
        .expect("the rest behind a disclosure");
    assert_eq!(
        w.meta.headline.len(),
        3,
        "the starting report's three policies"
    );
    for id in &w.meta.headline {
        let policy = w
            .policy(id)
            .unwrap_or_else(|| panic!("headline policy {id} is in the data"));
        let at = html
            .find(&format!(">{}<", policy.name))
            .expect("switch named by its policy");
        assert!(at < more, "{id} is shown before the other policies");
        let button = &html[html[..at].rfind("<button").unwrap()..at];
        assert!(button.contains("role=\"switch\""));
        assert!(
            button.contains(&format!("aria-checked=\"{}\"", on.contains(id))),
            "{id}"
        );
    }
    // Headline first, then the switches, then the matrix.
    let headline = html.find("headline__story").unwrap();
    let switches = html.find("role=\"switch\"").unwrap();
    let table = html.find("<table").unwrap();
    assert!(headline < switches && switches < table);
}

#[tokio::test]
async fn the_matrix_has_a_row_per_developer_and_the_status_region_exists() {
    let w = world();
    let html = render("").await;
    assert_eq!(
        html.matches("<th scope=\"row\"").count(),
        w.developers.len()
    );
    // The change sentence's live region, once; the downloads line has a status of its own.
    assert_eq!(
        html.matches("role=\"status\" aria-live=\"polite\" aria-atomic=\"true\" class=\"change")
            .count(),
        1
    );
    assert!(html.contains("data-chip-paths-root"));
    assert!(
        !html.contains("data-theme"),
        "auto theme leaves the choice to the system"
    );
}

#[tokio::test]
async fn presets_include_the_ft_report_the_earliest_and_the_latest() {
    let w = world();
    let html = render("").await;
    assert!(html.contains("Aug 2025 — the FT report"));
    for end in [w.earliest(), w.latest()] {
        assert!(
            html.contains(&format!("data-date=\"{end}\"")),
            "a preset at {end}"
        );
    }
}

#[tokio::test]
async fn dark_theme_and_a_selected_developer_come_from_the_link() {
    let w = world();
    let developer = &w.developers[0];
    let html = render(&format!("?theme=dark&dev={}", developer.id)).await;
    assert!(html.contains("data-theme=\"dark\""));
    assert!(html.contains(&format!("{}: every path", developer.name)));
    assert_eq!(html.matches("aria-expanded=\"true\"").count(), 1);
}

#[tokio::test]
async fn a_malformed_link_shows_the_defaults_and_a_notice() {
    let defaults = render("").await;
    let html = render("?date=2025-02-30&on=%3Cscript%3E&dev=nobody&theme=neon&junk").await;
    assert!(html.contains("Parts of this link were ignored"));
    assert!(!html.contains("<script>"));
    // Apart from the notice, the defaults.
    let strip = |h: &str| h[h.find("<div class=\"headline\"").unwrap()..].to_string();
    assert_eq!(strip(&html), strip(&defaults));
}

#[tokio::test]
async fn in_embed_mode_links_that_leave_the_widget_open_a_new_tab() {
    for (query, embed) in [("?embed=1", true), ("", false)] {
        let html = render(query).await;
        let external: Vec<&str> = html
            .match_indices("<a href=\"https://")
            .map(|(at, _)| &html[at..at + html[at..].find('>').unwrap() + 1])
            .collect();
        assert!(!external.is_empty(), "the sources link out");
        for tag in external {
            assert_eq!(tag.contains("target=\"_blank\""), embed, "{query}: {tag}");
            assert!(tag.contains("rel=\"noopener"), "{query}: {tag}");
        }
        assert_eq!(html.contains("(opens in a new tab)"), embed, "{query}");
    }
}

#[tokio::test]
async fn the_embeds_story_link_names_the_month_the_record_ends_not_today() {
    // The story ends at the data's as_of (its last step), so the link says where it ends:
    // "2022 to today" read as a promise the record does not keep (audit11 A11).
    let w = world();
    let html = render("?embed=1&parts=matrix,story").await;
    let story = html
        .find("<p class=\"embed-story\"")
        .map(|at| &html[at..at + html[at..].find("</p>").unwrap()])
        .expect("the embed links to the story");
    let until = chip_paths::model::date_label(&w.meta.as_of[..7]);
    assert!(
        story.contains(&format!("Step through the story, 2022 to {until}")),
        "{story}"
    );
    assert!(!story.contains("today"), "{story}");
}

#[tokio::test]
async fn the_embeds_story_link_keeps_its_language_and_theme() {
    // A Chinese article's embed opens the story in Chinese, as its credit link does (audit13
    // L1: the story link dropped `lang`, so a reader whose browser prefers English got English).
    let html = render("?embed=1&parts=matrix,story&lang=zh-CN&theme=dark").await;
    let story = html
        .find("<p class=\"embed-story\"")
        .map(|at| &html[at..at + html[at..].find("</p>").unwrap()])
        .expect("the embed links to the story");
    let href = story
        .split("href=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a link");
    assert!(href.contains("mode=story"), "{href}");
    assert!(href.contains("lang=zh-CN"), "{href}");
    assert!(href.contains("theme=dark"), "{href}");
}

#[tokio::test]
async fn a_pinned_embed_says_when_the_record_was_corrected_after_it() {
    // The corrections of December 2026 changed cells without moving the data's "as of" date: an
    // embed pinned to that date must say the record changed (audit13 E1); one pinned to the
    // data's revision says nothing.
    let w = world();
    assert!(
        w.revision() > w.meta.as_of.as_str(),
        "the data has later corrections"
    );
    let old = render(&format!("?embed=1&rev={}", w.meta.as_of)).await;
    assert!(
        old.contains("the record has been updated or corrected since, last on"),
        "an embed pinned before the corrections"
    );
    let current = render(&format!("?embed=1&rev={}", w.revision())).await;
    assert!(
        !current.contains("embed-updated"),
        "an embed pinned to the revision"
    );
}

/// audit13 EM1/P1: a view that departs from the record says so under the headline (the
/// pictures' scenario line), and the folded "More policies" summary counts the changed ones; a
/// view on the record shows neither. A switch under "More policies" is folded in an embed and
/// not printed, so without the line an embed or printout of a changed scenario reads as the
/// record.
#[tokio::test]
async fn a_changed_scenario_says_so_under_the_headline_and_in_the_folded_summary() {
    let w = world();
    let h800 = w
        .policy("h800-rule")
        .expect("the H800/A800 ban is in the data");
    assert!(!w.is_headline(&h800.id), "a folded switch");
    // The folded switches: every policy but the headline's (the data's count, not a number).
    let folded = w.policies.len() - w.meta.headline.len();
    for query in ["embed=1&off=h800-rule", "date=2025-08-14&off=h800-rule"] {
        let html = render(query).await;
        let line = format!(
            "<p class=\"scenario-note\">Scenario: 14 Aug 2025; switches changed from the record: {} off</p>",
            h800.name
        );
        let at = html
            .find(&line)
            .unwrap_or_else(|| panic!("{query}: {html}"));
        // Below the headline, at the top of the results: above the matrix it qualifies.
        assert!(
            html.find("headline__tally").unwrap() < at,
            "under the headline"
        );
        assert!(at < html.find("<table").unwrap(), "above the matrix");
        assert!(
            html.contains(&format!(
                "More policies from the record ({folded}; 1 changed here)"
            )),
            "{query}"
        );
    }
    // A headline switch: the line, and no count in the folded summary.
    let html = render("embed=1&off=purchase-justification").await;
    assert!(html.contains("switches changed from the record:"));
    assert!(html.contains(&format!("More policies from the record ({folded})<")));
    for query in ["", "embed=1", "date=2026-06-27", "embed=1&date=2025-08-14"] {
        let html = render(query).await;
        assert!(!html.contains("scenario-note"), "{query}: on the record");
        assert!(!html.contains("changed here"), "{query}");
    }
}

/// audit13 G1: the diagram drew the record's one disputed path ("H20 to DeepSeek", training) and
/// paths that are our assumption as plain edges. An edge whose paths are all disputed, or all
/// our assumption, is faded and named so, and the legend says what faded means.
#[tokio::test]
async fn the_diagram_fades_and_names_disputed_and_assumed_edges() {
    let html = render("date=2025-08-14").await;
    let edge = |label: &str| -> String {
        let at = html
            .find(&format!("aria-label=\"{label}\""))
            .unwrap_or_else(|| panic!("an edge named {label}"));
        html[html[..at].rfind("<g").unwrap()..at].to_string()
    };
    assert!(edge("H20 to DeepSeek: Limited (disputed)").contains("edge--faded"));
    assert!(edge("Ascend 910C to DeepSeek: Limited (modelled)").contains("edge--faded"));
    // A reported, undisputed path stays plain.
    assert!(!edge("H800 to DeepSeek: Limited").contains("edge--faded"));
    assert!(html.contains(
        "Faded: disputed, or modelled (which chip, which use or since when is our assumption)."
    ));
    // Every faded edge says why.
    for part in html.split("<g class=\"edge ").skip(1) {
        let head = &part[..part.find('>').unwrap()];
        assert_eq!(
            head.contains("edge--faded"),
            head.contains("(disputed)\"") || head.contains("(modelled)\""),
            "{head}"
        );
    }
}
