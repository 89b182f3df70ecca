//! Component tests: each component rendered natively with Yew's SSR, asserting the structure a
//! reader and a screen reader rely on (roles, states, headers, status words, citation links).

use chip_paths::components::{
    change_sentence::change_sentence,
    citation::citations,
    embed_credit::embed_credit,
    error_panel::error_panel,
    headline::headline,
    notice_bar::notice_bar,
    outcome_matrix::{DetailsRow, OutcomeMatrix, OutcomeMatrixProps},
    path_details::{PathDetails, PathDetailsProps},
    path_diagram::{PathDiagram, PathDiagramProps},
    policy_switch::{PolicySwitch, PolicySwitchProps},
    sources_panel::{SourcesPanel, SourcesPanelProps},
    status_badge::status_badge,
    switch_board::switch_board,
    text,
    theme_picker::theme_picker,
    timeline::{Timeline, TimelineProps},
};
use chip_paths::model::{
    Cause, Evaluation, Gate, IdSet, Outcome, PathOutcome, PolicyId, Reason, Route, Status,
    Workload, World,
};
use chip_paths::state::WorldRef;
use std::collections::BTreeSet;
use std::rc::Rc;
use yew::{AttrValue, Callback};

mod common;
use common::{render, render_view, tag_with};

fn world() -> WorldRef {
    let world: World = serde_json::from_str(include_str!("components_fixture.json"))
        .expect("the fixture matches the model types");
    WorldRef::from(world)
}

fn path(
    developer: &str,
    workload: Workload,
    chip: &str,
    route: Route,
    reported: usize,
    reasons: Vec<Rc<Reason>>,
) -> PathOutcome {
    PathOutcome {
        developer: developer.into(),
        workload,
        chip: chip.into(),
        route,
        reported,
        main: false,
        modelled: false,
        status: reasons.first().map_or(Status::Open, |r| r.status),
        reasons,
    }
}

fn reason(status: Status, text: &str, source: &str) -> Rc<Reason> {
    Rc::new(Reason {
        status,
        gate: Gate::ChinaImport,
        cause: Cause::Policy {
            policy: "purchase-justification".into(),
            lifted_by: None,
        },
        text: text.into(),
        sources: vec![source.into()],
    })
}

/// DeepSeek mainly trains on Ascend (limited) with H20 imports as a better-off fallback
/// (friction), and infers on Ascend (open, modelled); Tencent trains on a stockpile (blocked
/// here, to exercise the cut edge) and reports no inference. The first path of each outcome is
/// the main one.
fn evaluation() -> Rc<Evaluation> {
    let mut evaluation = Evaluation {
        outcomes: vec![
            Outcome {
                developer: "deepseek".into(),
                workload: Workload::Training,
                paths: vec![
                    path(
                        "deepseek",
                        Workload::Training,
                        "ascend-910c",
                        Route::Domestic,
                        1,
                        vec![reason(Status::Limited, "weak at training", "bis-1")],
                    ),
                    path(
                        "deepseek",
                        Workload::Training,
                        "h20",
                        Route::Import,
                        0,
                        vec![reason(
                            Status::Friction,
                            "needs a purchase justification",
                            "ft-1",
                        )],
                    ),
                ],
            },
            Outcome {
                developer: "deepseek".into(),
                workload: Workload::Inference,
                paths: vec![path(
                    "deepseek",
                    Workload::Inference,
                    "ascend-910c",
                    Route::Domestic,
                    2,
                    vec![],
                )],
            },
            Outcome {
                developer: "tencent".into(),
                workload: Workload::Training,
                paths: vec![path(
                    "tencent",
                    Workload::Training,
                    "h20",
                    Route::Stockpile,
                    0,
                    vec![reason(Status::Blocked, "licence denied", "bis-1")],
                )],
            },
            Outcome {
                developer: "tencent".into(),
                workload: Workload::Inference,
                paths: vec![],
            },
        ],
    };
    for outcome in &mut evaluation.outcomes {
        if let Some(main) = outcome.paths.first_mut() {
            main.main = true;
        }
    }
    // DeepSeek's inference on Ascend is our assumption (the evaluator's `modelled`, from the
    // data's flag at the view's date).
    evaluation.outcomes[1].paths[0].modelled = true;
    Rc::new(evaluation)
}

/// The nearest `element` enclosing the first occurrence of `needle` (up to its next close tag;
/// the components do not nest an element inside one of the same kind).
fn element_with<'a>(html: &'a str, needle: &str, element: &str) -> &'a str {
    let at = html
        .find(needle)
        .unwrap_or_else(|| panic!("`{needle}` not found"));
    let start = html[..at]
        .rfind(&format!("<{element}"))
        .expect("inside the element");
    let close = format!("</{element}>");
    let end = start + html[start..].find(&close).expect("element closes");
    &html[start..end + close.len()]
}

#[tokio::test]
async fn a_policy_switch_is_a_named_switch_with_its_state_summary_and_source() {
    for on in [true, false] {
        let html = render::<PolicySwitch>(PolicySwitchProps {
            world: world(),
            policy: "h20-allowed".into(),
            on,
            ontoggle: Callback::noop(),
        })
        .await;
        let button = tag_with(&html, "role=\"switch\"");
        assert!(
            button.starts_with("<button"),
            "a native button gives Space and focus: {button}"
        );
        assert!(
            button.contains(&format!("aria-checked=\"{on}\"")),
            "{button}"
        );
        let whole = element_with(&html, "role=\"switch\"", "button");
        assert!(
            whole.contains("Nvidia H20 exports allowed"),
            "named by its policy"
        );
        let described = button
            .split("aria-describedby=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap();
        let summary = tag_with(&html, &format!("id=\"{described}\""));
        assert!(summary.starts_with("<p"));
        assert!(html.contains("Licences for H20 sales are granted."));
        assert!(
            html.contains("href=\"#source-ft-1\""),
            "the source is linked"
        );
        assert!(html.contains("FT, 14 Aug 2025"));
    }
}

#[tokio::test]
async fn a_policy_switch_offers_the_rest_of_its_summary_on_small_screens() {
    let html = render::<PolicySwitch>(PolicySwitchProps {
        world: world(),
        policy: "h20-allowed".into(),
        on: true,
        ontoggle: Callback::noop(),
    })
    .await;
    let more = element_with(&html, "class=\"switch__more\"", "button");
    assert!(more.contains("aria-expanded=\"false\""), "{more}");
    assert!(more.contains("aria-controls=\"policy-text-h20-allowed\""));
    assert!(
        more.contains("about “Nvidia H20 exports allowed”"),
        "names which policy"
    );
    assert!(html.contains("id=\"policy-text-h20-allowed\""));
}

#[tokio::test]
async fn hypothetical_policies_say_so() {
    let html = render::<PolicySwitch>(PolicySwitchProps {
        world: world(),
        policy: "us-b30a".into(),
        on: false,
        ontoggle: Callback::noop(),
    })
    .await;
    assert!(html.contains("What-if, never applied"));
}

#[tokio::test]
async fn the_switch_board_groups_by_actor_and_puts_the_starting_report_first() {
    let w = world();
    let on: IdSet<PolicyId> = ["purchase-justification".to_string()].into_iter().collect();
    let html = render_view(switch_board(&w, &on, 0, &Callback::noop())).await;
    assert_eq!(
        html.matches("role=\"switch\"").count(),
        w.policies.len(),
        "one switch per policy"
    );
    assert!(html.contains(">Washington</h3>") && html.contains(">Beijing</h3>"));
    let more_at = html
        .find("<details")
        .expect("other policies behind a disclosure");
    for policy in &w.policies {
        let at = html.find(&policy.name).unwrap();
        let headline = w.meta.headline.contains(&policy.id);
        assert_eq!(at < more_at, headline, "{} placement", policy.id);
        let button = &html[html[..at].rfind("<button").unwrap()..at];
        assert!(button.contains(&format!("aria-checked=\"{}\"", on.contains(&policy.id))));
    }
    // Washington's group comes before Beijing's among the headline switches.
    assert!(
        html.find("Nvidia H20 exports allowed").unwrap() < html.find("Beijing requires").unwrap()
    );
}

/// Another data file with no headline policies listed: every switch is shown, none folded away.
#[tokio::test]
async fn without_headline_policies_every_switch_is_shown() {
    let mut data = (*world()).clone();
    data.meta.headline.clear();
    let w = WorldRef::from(data);
    let html = render_view(switch_board(&w, &IdSet::new(), 0, &Callback::noop())).await;
    assert_eq!(html.matches("role=\"switch\"").count(), w.policies.len());
    assert!(
        !html.contains("<details"),
        "nothing behind a disclosure: {html}"
    );
}

#[tokio::test]
async fn the_matrix_is_a_table_with_row_and_column_headers_and_words_for_status() {
    let html = render::<OutcomeMatrix>(OutcomeMatrixProps {
        world: world(),
        marks: Default::default(),
        evaluation: evaluation(),
        selected: None,
        onselect: Callback::noop(),
        compact: false,
        only: None,
        details: None,
        record: None,
    })
    .await;
    assert!(html.contains("<table"));
    assert!(html.contains("<th scope=\"col\">Training</th>"));
    assert!(html.contains("<th scope=\"col\">Inference</th>"));
    assert_eq!(
        html.matches("<th scope=\"row\"").count(),
        2,
        "one row header per developer"
    );
    let deepseek = element_with(&html, "DeepSeek", "tr");
    let training = element_with(deepseek, "weak at training", "td");
    assert!(
        training.contains(">Limited<"),
        "the main training path's status as a word: {training}"
    );
    assert!(training.contains("Ascend 910C, bought at home — weak at training"));
    assert!(training.contains("status__icon"), "an icon beside the word");
    // The better-off fallback on a line of its own, never promoted to the headline status.
    assert!(
        training.contains("Fallback: H20, imported — Friction"),
        "{training}"
    );
    assert!(
        !training.contains(">Friction<"),
        "one badge: the main path's"
    );
    assert!(!training.contains("modelled"));
    let inference = element_with(deepseek, "matrix__cell--open", "td");
    assert!(inference.contains(">Open<"));
    assert!(!inference.contains("Fallback"));
    assert!(
        inference.contains(">modelled<")
            && inference.contains(
                "which chip, which use or since when is our assumption, not a reported fact"
            ),
        "the modelled mark, explained: {inference}"
    );
    let tencent = element_with(&html, "Tencent", "tr");
    assert!(tencent.contains(">Blocked<"));
    assert!(
        tencent.contains("Not reported"),
        "no path reported is not the same as blocked"
    );
    assert_eq!(html.matches("aria-expanded=\"false\"").count(), 2);
}

#[tokio::test]
async fn selecting_a_developer_marks_its_button_expanded() {
    let html = render::<OutcomeMatrix>(OutcomeMatrixProps {
        world: world(),
        marks: Default::default(),
        evaluation: evaluation(),
        selected: Some("tencent".into()),
        onselect: Callback::noop(),
        compact: false,
        only: None,
        details: None,
        record: None,
    })
    .await;
    let tencent = element_with(&html, "Tencent", "tr");
    assert!(tencent.contains("aria-expanded=\"true\""));
    assert_eq!(html.matches("aria-expanded=\"true\"").count(), 1);
}

#[tokio::test]
async fn path_details_list_every_path_with_status_reasons_and_citations() {
    let html = render::<PathDetails>(PathDetailsProps {
        world: world(),
        evaluation: evaluation(),
        date: "2025-08-14".into(),
        developer: "deepseek".into(),
        onclose: Callback::noop(),
        focus: false,
    })
    .await;
    assert!(html.contains("DeepSeek: every path"));
    assert_eq!(html.matches("class=\"details__path\"").count(), 3);
    assert!(html.contains("needs a purchase justification") && html.contains("weak at training"));
    assert!(html.contains("href=\"#source-bis-1\"") && html.contains("href=\"#source-ft-1\""));
    assert!(
        html.contains("official") && html.contains("one outlet"),
        "confidence shown"
    );
    assert!(html.contains("R1 trained on H20") && html.contains("(disputed)"));
    // Each path says its role and when the record shows it.
    assert_eq!(
        html.matches(">Main path<").count(),
        2,
        "training and inference"
    );
    assert_eq!(html.matches(">Fallback<").count(), 1);
    assert!(html.contains("The record dates this path from 2024."));
    assert!(html.contains("The record dates this path from 2024 until 2026."));
    assert!(html.contains("The record dates this path from Aug 2025."));
    assert_eq!(html.matches(">modelled<").count(), 1);
    assert!(!html.to_lowercase().contains("best path"));
    assert!(html.contains(">Limited<") && html.contains(">Friction<") && html.contains(">Open<"));
    // Later reports appear from their own dates only: nothing before its evidence.
    assert!(html.contains("Later (Jun 2025): Earlier news."), "{html}");
    assert!(!html.contains("Later news.") && !html.contains("Listing on hold."));
    assert!(html.contains("Not listed"));
}

#[tokio::test]
async fn path_details_show_later_reports_once_their_date_has_come() {
    let html = render::<PathDetails>(PathDetailsProps {
        world: world(),
        evaluation: evaluation(),
        date: "2026-06-30".into(),
        developer: "deepseek".into(),
        onclose: Callback::noop(),
        focus: false,
    })
    .await;
    assert!(html.contains("Later (Sep 2025): Later news."));
    // The listing line as it stood then replaces the earlier one.
    assert!(html.contains("Listing on hold."));
    assert!(!html.contains("Not listed"), "{html}");
}

#[tokio::test]
async fn path_details_of_an_unknown_developer_render_nothing() {
    let html = render::<PathDetails>(PathDetailsProps {
        world: world(),
        evaluation: evaluation(),
        date: "2025-08-14".into(),
        developer: "nobody".into(),
        onclose: Callback::noop(),
        focus: false,
    })
    .await;
    assert!(html.trim().is_empty(), "{html}");
}

#[tokio::test]
async fn the_diagram_cuts_blocked_edges_and_names_every_edge() {
    let html = render::<PathDiagram>(PathDiagramProps {
        world: world(),
        evaluation: evaluation(),
        workload: Workload::Training,
        selected: None,
        onworkload: Callback::noop(),
    })
    .await;
    let blocked = element_with(&html, "edge--blocked", "g");
    assert!(blocked.contains("aria-label=\"H20 to Tencent: Blocked\""));
    assert!(
        blocked.contains("edge__cut"),
        "blocked edges are visibly cut"
    );
    let friction = element_with(&html, "edge--friction", "g");
    assert!(friction.contains("H20 to DeepSeek: Friction"));
    assert!(!friction.contains("edge__cut"));
    assert!(html.contains("Ascend 910C to DeepSeek: Limited"));
    assert!(
        html.contains(">Nvidia<") && html.contains(">Huawei<"),
        "suppliers drawn"
    );
    assert!(html.contains("aria-pressed=\"true\"") && html.contains("1 of them cut"));
}

#[tokio::test]
async fn the_change_sentence_region_exists_even_when_empty() {
    let empty = render_view(change_sentence(None)).await;
    assert!(empty.contains("role=\"status\""));
    assert!(!empty.contains("opened"));
    let sentence = AttrValue::from("Training opened for DeepSeek.");
    let said = render_view(change_sentence(Some(&sentence))).await;
    assert!(element_with(&said, "role=\"status\"", "p").contains("Training opened for DeepSeek."));
}

#[tokio::test]
async fn the_timeline_shows_the_scenario_date_the_as_of_date_and_presets() {
    let w = world();
    let html = render::<Timeline>(TimelineProps {
        world: w.clone(),
        date: "2025-08-14".into(),
        ondate: Callback::noop(),
        onpreset: Callback::noop(),
    })
    .await;
    assert!(html.contains("14 Aug 2025"), "scenario date");
    assert!(html.contains("data as of 30 Jun 2026"));
    let current = tag_with(&html, "aria-pressed=\"true\"");
    assert!(
        element_with(&html, "aria-pressed=\"true\"", "button").contains("Aug 2025 — the FT report"),
        "{current}"
    );
    // The fixture's presets sit at its first event and before its as-of date: "Latest" is added.
    assert_eq!(
        html.matches("class=\"button preset").count(),
        w.presets.len() + 1
    );
    assert!(
        html.contains("data-date=\"2026-06-30\""),
        "the latest date (as of) is a preset"
    );
    let range = tag_with(&html, "type=\"range\"");
    assert!(
        range.contains("value=\"1\""),
        "the latest event on or before the date: {range}"
    );
    assert!(range.contains("Beijing asks for justification"));
    assert_eq!(html.matches("class=\"event__go\"").count(), w.events.len());
}

#[tokio::test]
async fn the_sources_panel_lists_every_source_and_links_only_https() {
    let w = world();
    let html = render::<SourcesPanel>(SourcesPanelProps {
        world: w.clone(),
        folded: false,
        new_tab: false,
    })
    .await;
    for source in &w.sources {
        assert!(html.contains(&format!("id=\"{}\"", text::dom_id("source", &source.id))));
    }
    assert!(html.contains("href=\"https://www.bis.gov/rule\""));
    assert!(
        !html.contains("javascript:"),
        "a hostile link is shown as text, not linked"
    );
    assert!(
        html.contains("Confirmed H200 delivery volumes"),
        "unknowns are said plainly"
    );
    assert!(
        element_with(&html, "class=\"sources__all\"", "details").starts_with("<details open"),
        "open on the full page: {}",
        element_with(&html, "class=\"sources__all\"", "details")
    );
    for file in ["data/world.toml", "data/story.toml"] {
        assert!(
            html.contains(&format!("href=\"{file}\"")),
            "{file} is downloadable"
        );
    }
}

#[tokio::test]
async fn the_sources_panel_lists_updates_and_corrections_newest_first() {
    let html = render::<SourcesPanel>(SourcesPanelProps {
        world: world(),
        folded: false,
        new_tab: false,
    })
    .await;
    assert!(html.contains("<h3>Updates and corrections</h3>"));
    let list = element_with(&html, "class=\"sources__corrections\"", "ul");
    let newer = list.find("1 Jun 2026").expect("newer correction, dated");
    let older = list.find("1 Sep 2025").expect("older correction, dated");
    assert!(newer < older, "newest first: {list}");
    assert!(list.contains("A newer correction.") && list.contains("An older correction."));
    assert!(
        list.contains("href=\"#source-ft-1\""),
        "a correction cites its source"
    );
    // Confidence words: a government document and a company's own statement differ.
    assert!(html.contains("(official document)") && html.contains("(company statement)"));
}

#[tokio::test]
async fn in_embed_mode_the_sources_start_folded_but_stay_in_the_page() {
    let w = world();
    let html = render::<SourcesPanel>(SourcesPanelProps {
        world: w.clone(),
        folded: true,
        new_tab: false,
    })
    .await;
    assert!(
        html.contains("<details class=\"sources__all\">"),
        "folded: {html}"
    );
    // Folded, not removed: citations still have their targets.
    for source in &w.sources {
        assert!(html.contains(&format!("id=\"{}\"", text::dom_id("source", &source.id))));
    }
    assert!(html.contains(&format!("All {} sources", w.sources.len())));
}

#[tokio::test]
async fn the_notice_bar_lists_what_was_ignored_and_can_be_dismissed() {
    let none = render_view(notice_bar::<String>(&[], &Callback::noop())).await;
    assert!(none.trim().is_empty());
    let notices = ["Unknown policy “zzz” ignored.".to_string()];
    let html = render_view(notice_bar(&notices, &Callback::noop())).await;
    assert!(html.contains("Unknown policy “zzz” ignored."));
    assert!(element_with(&html, "class=\"button\"", "button").contains("Dismiss"));
}

#[tokio::test]
async fn a_flood_of_notices_shows_five_and_counts_the_rest() {
    let notices: Vec<String> = (0..2046)
        .map(|i| format!("“on” was ignored: no “x{i}”"))
        .collect();
    let html = render_view(notice_bar(&notices, &Callback::noop())).await;
    let listed = html.matches("<li>").count();
    assert_eq!(listed, 5, "{listed} notices listed");
    assert!(html.contains("no “x4”") && !html.contains("no “x5”"));
    assert!(
        html.contains("and 2,041 more ignored"),
        "no count of the rest"
    );
    // Up to five, nothing is counted.
    let html = render_view(notice_bar(&notices[..5], &Callback::noop())).await;
    assert_eq!(html.matches("<li>").count(), 5);
    assert!(!html.contains("more ignored"), "{html}");
    let html = render_view(notice_bar(&notices[..6], &Callback::noop())).await;
    assert!(html.contains("and 1 more ignored"), "{html}");
}

#[tokio::test]
async fn in_embed_mode_links_to_sources_open_a_new_tab_and_say_so() {
    let w = world();
    let link = |html: &str| tag_with(html, "href=\"https://www.bis.gov/rule\"").to_owned();
    let html = render::<SourcesPanel>(SourcesPanelProps {
        world: w.clone(),
        folded: true,
        new_tab: true,
    })
    .await;
    let tag = link(&html);
    assert!(tag.contains("target=\"_blank\""), "{tag}");
    assert!(tag.contains("rel=\"noopener"), "{tag}");
    let after = &html[html.find(&tag).unwrap()..];
    let text = &after[..after.find("</a>").unwrap()];
    assert!(text.contains("(opens in a new tab)"), "{text}");
    // On the full page, a source opens in place, as any link does.
    let html = render::<SourcesPanel>(SourcesPanelProps {
        world: w,
        folded: false,
        new_tab: false,
    })
    .await;
    assert!(!link(&html).contains("target="), "{}", link(&html));
    assert!(!html.contains("opens in a new tab"));
}

#[tokio::test]
async fn every_status_has_its_word_and_its_own_icon() {
    let mut icons = BTreeSet::new();
    for status in [
        Status::Open,
        Status::Friction,
        Status::Limited,
        Status::AtRisk,
        Status::Blocked,
    ] {
        let html = render_view(status_badge(status)).await;
        assert!(html.contains(&format!(">{}<", status.label())));
        let svg = element_with(&html, "status__icon", "svg");
        assert!(svg.contains("aria-hidden=\"true\""));
        icons.insert(svg.to_string());
    }
    assert_eq!(icons.len(), 5, "five distinct shapes");
}

#[tokio::test]
async fn the_headline_tells_the_story_of_the_date() {
    let html = render_view(headline(&world(), &evaluation(), "2025-08-14")).await;
    // The latest event carries its own date: the reader is looking at a later day.
    assert!(
        html.contains(
            "14 Aug 2025</strong>. Latest event, 12 Aug 2025: Beijing asks for justification."
        ),
        "{html}"
    );
    // On the event's own day the headline is that day's news, its date said once.
    let same_day = render_view(headline(&world(), &evaluation(), "2025-08-12")).await;
    assert!(
        same_day.contains("12 Aug 2025</strong>: Beijing asks for justification."),
        "{same_day}"
    );
    let before = render_view(headline(&world(), &evaluation(), "2025-01-01")).await;
    assert!(
        before.contains("Before the first event on the record."),
        "{before}"
    );
    assert!(html.contains(
        "Developers whose main path is open: 0 of 2 for training, 1 of 1 for inference."
    ));
}

#[tokio::test]
async fn the_status_legend_explains_the_statuses_on_record_and_any_shown_now() {
    use chip_paths::components::status_badge::{legend_statuses, status_legend};
    let evaluation = evaluation();
    // On the record: open and limited; the evaluation adds friction and blocked (a what-if).
    let on_record = [Status::Open, Status::Limited];
    assert_eq!(
        legend_statuses(&on_record, &evaluation),
        [
            Status::Open,
            Status::Friction,
            Status::Limited,
            Status::Blocked
        ]
    );
    let empty = Evaluation { outcomes: vec![] };
    assert_eq!(legend_statuses(&on_record, &empty), on_record);
    let html = render_view(status_legend(&on_record, &empty)).await;
    assert!(html.contains(">Open<") && html.contains(">Limited<"));
    assert!(!html.contains(">Blocked<") && !html.contains(">At risk<"));
    assert!(html.contains(Status::Limited.meaning()));
}

#[tokio::test]
async fn the_theme_picker_marks_the_current_theme() {
    let html = render_view(theme_picker("dark", &Callback::noop())).await;
    let dark = tag_with(&html, "value=\"dark\"");
    assert!(dark.contains("selected"), "{dark}");
    assert!(!tag_with(&html, "value=\"light\"").contains("selected"));
}

#[tokio::test]
async fn the_error_panel_is_an_alert_with_the_message_and_each_problem() {
    let none = render_view(error_panel("data file broken: line 3", &[])).await;
    assert!(tag_with(&none, "role=\"alert\"").contains("error-panel"));
    assert!(none.contains("data file broken: line 3"));
    assert!(!none.contains("<ul"), "no empty list");

    let problems = [
        "policy \"a\" names unknown source \"x\"".to_string(),
        "chip \"b\" <script>".to_string(),
    ];
    let html = render_view(error_panel("The data did not load:", &problems)).await;
    let list = element_with(&html, "class=\"error-panel__problems\"", "ul");
    assert_eq!(list.matches("<li>").count(), 2, "{list}");
    assert!(
        list.contains("&lt;script&gt;"),
        "problems are text, not markup: {list}"
    );
}

#[test]
fn status_words_are_the_designs() {
    let words: Vec<_> = [
        Status::Open,
        Status::Friction,
        Status::Limited,
        Status::AtRisk,
        Status::Blocked,
    ]
    .map(Status::label)
    .to_vec();
    assert_eq!(words, ["Open", "Friction", "Limited", "At risk", "Blocked"]);
}

#[tokio::test]
async fn the_embed_credit_links_to_the_full_view_without_embed_parameters() {
    let html = render_view(embed_credit(
        "embed=1&childId=c&dev=baidu",
        Some("28 Nov 2026"),
    ))
    .await;
    assert!(html.contains("href=\"./?dev=baidu\""), "{html}");
    assert!(html.contains("data as of 28 Nov 2026"), "{html}");
    assert!(html.contains("rel=\"noopener\""), "{html}");
    assert!(!html.contains("style="), "{html}");
}

#[tokio::test]
async fn citations_link_each_source_and_name_a_missing_one() {
    let w = world();
    let html = render_view(citations(&w, &["ft-1".into(), "nowhere".into()])).await;
    let link = tag_with(&html, "class=\"cite\"");
    assert!(link.contains("href=\"#source-ft-1\""), "{link}");
    assert!(
        html.contains(">FT, 14 Aug 2025<"),
        "outlet and date: {html}"
    );
    assert!(html.contains("> · one outlet<"), "confidence: {html}");
    assert_eq!(
        html.matches("; ").count(),
        1,
        "separated by a semicolon: {html}"
    );
    assert!(html.contains("source “nowhere” not found"), "{html}");
    assert_eq!(
        render_view(citations(&w, &[])).await,
        "",
        "no sources, no parentheses"
    );
}

/// A loaded data file may hold markup in any text. The parts written as markup
/// (`chip_paths::markup`) must show it as text: no element of the data's making reaches the page.
#[tokio::test]
async fn hostile_text_in_the_data_stays_text_in_every_part_written_as_markup() {
    const HOSTILE: &str = "<img src=x onerror=alert(1)>\"'&";
    let mut w: World = serde_json::from_str(include_str!("components_fixture.json")).unwrap();
    for chip in &mut w.chips {
        chip.name = HOSTILE.into();
        chip.maker = HOSTILE.to_string() + " (" + HOSTILE + ")";
    }
    for developer in &mut w.developers {
        developer.name = HOSTILE.into();
        developer.listing = HOSTILE.into();
        for note in &mut developer.listing_updates {
            note.text = HOSTILE.into();
        }
        for path in &mut developer.paths {
            path.claim = HOSTILE.into();
            for note in &mut path.updates {
                note.text = HOSTILE.into();
            }
        }
    }
    for source in &mut w.sources {
        source.outlet = HOSTILE.into();
        source.title = HOSTILE.into();
    }
    for policy in &mut w.policies {
        policy.summary = HOSTILE.into();
    }
    for event in &mut w.events {
        event.caption = HOSTILE.into();
    }
    for unknown in &mut w.meta.unknowns {
        unknown.text = HOSTILE.into();
    }
    let w = WorldRef::from(w);
    let mut hostile_evaluation = (*evaluation()).clone();
    for outcome in &mut hostile_evaluation.outcomes {
        for path in &mut outcome.paths {
            path.reasons = vec![reason(Status::Friction, HOSTILE, "ft-1")];
        }
    }
    let evaluation = Rc::new(hostile_evaluation);
    let policy = AttrValue::from(w.policies[0].id.to_string());
    let rendered = [
        render::<SourcesPanel>(SourcesPanelProps {
            world: w.clone(),
            folded: false,
            new_tab: false,
        })
        .await,
        render::<PathDetails>(PathDetailsProps {
            world: w.clone(),
            evaluation: evaluation.clone(),
            date: "2026-06-30".into(),
            developer: "deepseek".into(),
            onclose: Callback::noop(),
            focus: false,
        })
        .await,
        render::<PathDiagram>(PathDiagramProps {
            world: w.clone(),
            evaluation: evaluation.clone(),
            workload: Workload::Training,
            selected: None,
            onworkload: Callback::noop(),
        })
        .await,
        render::<OutcomeMatrix>(OutcomeMatrixProps {
            world: w.clone(),
            marks: Default::default(),
            evaluation: evaluation.clone(),
            selected: None,
            onselect: Callback::noop(),
            compact: false,
            only: None,
            details: None,
            record: None,
        })
        .await,
        render::<PolicySwitch>(PolicySwitchProps {
            world: w.clone(),
            policy,
            on: false,
            ontoggle: Callback::noop(),
        })
        .await,
        render::<Timeline>(TimelineProps {
            world: w.clone(),
            date: "2025-08-14".into(),
            ondate: Callback::noop(),
            onpreset: Callback::noop(),
        })
        .await,
    ];
    for html in rendered {
        assert!(!html.contains("<img"), "markup from the data: {html}");
        assert!(
            html.contains("&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;"),
            "{html}"
        );
    }
}

#[tokio::test]
async fn compact_cells_are_disclosures_whose_reasons_and_fallback_wait_beneath() {
    let w = world();
    let evaluation = evaluation();
    let html = render::<OutcomeMatrix>(OutcomeMatrixProps {
        world: w.clone(),
        evaluation: evaluation.clone(),
        selected: Some("deepseek".into()),
        marks: Default::default(),
        onselect: Callback::noop(),
        compact: true,
        only: Some(Workload::Training),
        details: Some(DetailsRow {
            date: "2025-08-14".into(),
            onclose: Callback::noop(),
            focus: false,
        }),
        record: None,
    })
    .await;
    // One workload's column only.
    assert!(
        html.contains("<th scope=\"col\" role=\"columnheader\">Training</th>"),
        "{html}"
    );
    assert!(!html.contains(">Inference</th>"), "{html}");
    // Each developer with a main training path gets one closed disclosure naming its status and
    // chip, pointing at a hidden region that holds every reason (with citations) of that path.
    for outcome in evaluation
        .outcomes
        .iter()
        .filter(|o| o.workload == Workload::Training)
    {
        let Some(main) = outcome.main() else { continue };
        let why = format!("id=\"why-{}-training\"", outcome.developer);
        let region = element_with(&html, &why, "div");
        assert!(region.contains("hidden"), "{region}");
        for reason in &main.reasons {
            let mut text = String::new();
            chip_paths::markup::push_escaped(&mut text, &reason.text);
            assert!(region.contains(&text), "{region}");
        }
        if let Some(fallback) = outcome.fallback() {
            assert!(region.contains("Fallback: "), "{region}");
            assert!(region.contains(fallback.status.label()), "{region}");
        }
        assert!(html.contains(&format!(
            "aria-controls=\"why-{}-training\"",
            outcome.developer
        )));
    }
    assert!(
        html.contains("<button type=\"button\" aria-expanded=\"false\" aria-controls=\"why-"),
        "{html}"
    );
    // The selected developer's paths sit in a row right after its own.
    let after_deepseek = &html[html.find("DeepSeek").unwrap()..];
    let next_row = &after_deepseek[after_deepseek.find("<tr").unwrap()..];
    assert!(
        next_row.starts_with("<tr role=\"row\" class=\"matrix__details-row\""),
        "{next_row}"
    );
    assert!(next_row.contains("id=\"path-details\""), "{next_row}");
    assert!(next_row.contains("DeepSeek: every path"), "{next_row}");
}

/// Every opening tag of a table part (`table`, `thead`, `tbody`, `tr`, `th`, `td`) in `html`,
/// with its element's name.
fn table_tags(html: &str) -> Vec<(&str, &str)> {
    let mut tags = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        rest = &rest[at + 1..];
        let end = rest.find('>').expect("tag closes");
        let tag = &rest[..end];
        let name = tag.split([' ', '/']).next().unwrap_or_default();
        if ["table", "thead", "tbody", "tr", "th", "td"].contains(&name) {
            tags.push((name, tag));
        }
    }
    tags
}

/// The compact table carries its table semantics as explicit roles on every part: below 40rem an
/// open cell lays it out as a grid (style/main.css), and an engine may drop the table semantics
/// of a table whose `display` is not a table's (WebKit has: VoiceOver on iPhones). The full
/// view, never a grid, keeps its plain markup (embed13; the engines suite reads the roles).
#[tokio::test]
async fn the_compact_table_names_its_parts_roles_whatever_its_layout() {
    let w = world();
    let evaluation = evaluation();
    let props = |compact| OutcomeMatrixProps {
        world: w.clone(),
        evaluation: evaluation.clone(),
        selected: Some("deepseek".into()),
        marks: Default::default(),
        onselect: Callback::noop(),
        compact,
        only: None,
        details: Some(DetailsRow {
            date: "2025-08-14".into(),
            onclose: Callback::noop(),
            focus: false,
        }),
        record: None,
    };
    let compact = render::<OutcomeMatrix>(props(true)).await;
    let tags = table_tags(&compact);
    let mut seen = BTreeSet::new();
    for (name, tag) in &tags {
        let want = match *name {
            "table" => "table",
            "thead" | "tbody" => "rowgroup",
            "tr" => "row",
            "th" if tag.contains("scope=\"col\"") => "columnheader",
            "th" if tag.contains("scope=\"row\"") => "rowheader",
            "td" => "cell",
            _ => panic!("a table part without a scope: <{tag}>"),
        };
        assert!(
            tag.contains(&format!(" role=\"{want}\"")),
            "<{tag}> is a {want}"
        );
        seen.insert(want);
    }
    assert_eq!(
        seen.len(),
        6,
        "every kind of part is in the fixture: {seen:?}"
    );
    assert!(
        tags.iter()
            .any(|(_, tag)| tag.contains("matrix__details-row")),
        "the open developer's row too"
    );
    // The full view's table is never a grid: no roles added.
    let full = render::<OutcomeMatrix>(props(false)).await;
    let tags = table_tags(&full);
    assert!(tags.len() > 10, "{full}");
    for (_, tag) in tags {
        assert!(!tag.contains("role="), "<{tag}>");
    }
}

/// An open compact cell first says what its status means, in the legend's form and words (the
/// badge, then the meaning, a term and its definition): the embed folds the legend away at its
/// foot, so a phone reader met "Limited" or "At risk" unexplained (embed12). It is the first
/// thing in the region the button controls, before the reasons.
#[tokio::test]
async fn an_open_compact_cell_first_says_what_its_status_means() {
    let w = world();
    let evaluation = evaluation();
    let html = render::<OutcomeMatrix>(OutcomeMatrixProps {
        world: w.clone(),
        evaluation: evaluation.clone(),
        selected: None,
        marks: Default::default(),
        onselect: Callback::noop(),
        compact: true,
        only: None,
        details: None,
        record: None,
    })
    .await;
    let mut statuses = BTreeSet::new();
    for outcome in &evaluation.outcomes {
        let Some(main) = outcome.main() else { continue };
        let id = format!(
            "id=\"why-{}-{}\"",
            outcome.developer,
            outcome.workload.slug()
        );
        let region = element_with(&html, &id, "div");
        let body = &region[region.find('>').expect("the region's tag") + 1..];
        let mut meaning = String::new();
        chip_paths::markup::push_escaped(&mut meaning, main.status.meaning());
        let badge = format!(
            "<dl class=\"matrix__meaning\"><dt><span class=\"status status--{}\">",
            main.status.slug()
        );
        assert!(body.starts_with(&badge), "first, the badge: {region}");
        let word = format!(
            "<span class=\"status__word\">{}</span>",
            main.status.label()
        );
        let definition = format!("</dt> <dd>{meaning}</dd></dl>");
        let (at_word, at_definition) = (body.find(&word), body.find(&definition));
        assert!(
            at_word.is_some() && at_word < at_definition,
            "the word, then its meaning: {region}"
        );
        if let Some(list) = body.find("<ul") {
            assert!(at_definition < Some(list), "before the reasons: {region}");
        }
        statuses.insert(main.status);
    }
    assert!(
        statuses.len() >= 2,
        "the fixture has cells of several statuses"
    );
    // The full view's cells, beside the legend, say nothing of the kind.
    let full = render::<OutcomeMatrix>(OutcomeMatrixProps {
        world: w,
        evaluation,
        selected: None,
        marks: Default::default(),
        onselect: Callback::noop(),
        compact: false,
        only: None,
        details: None,
        record: None,
    })
    .await;
    assert!(!full.contains("matrix__meaning"), "{full}");
}

/// A compact cell whose main path is modelled says so on its closed button, not only in the
/// reasons beneath (embed10: an article's readers rarely open them); the others do not.
#[tokio::test]
async fn a_compact_cell_shows_the_modelled_mark_closed() {
    let w = world();
    let evaluation = evaluation();
    let html = render::<OutcomeMatrix>(OutcomeMatrixProps {
        world: w.clone(),
        evaluation: evaluation.clone(),
        selected: None,
        marks: Default::default(),
        onselect: Callback::noop(),
        compact: true,
        only: None,
        details: None,
        record: None,
    })
    .await;
    let mut modelled = 0;
    for outcome in &evaluation.outcomes {
        let Some(main) = outcome.main() else { continue };
        let is_modelled = w
            .developer(&outcome.developer)
            .and_then(|d| d.paths.get(main.reported))
            .is_some_and(|p| p.modelled);
        let key = format!(
            "aria-controls=\"why-{}-{}\"",
            outcome.developer,
            outcome.workload.label().to_lowercase()
        );
        let button = element_with(&html, &key, "button");
        // The "*" for the eye, the word and its meaning for screen readers (embed11).
        assert_eq!(
            button.contains("<span class=\"modelled modelled--star\""),
            is_modelled,
            "{button}"
        );
        assert_eq!(
            button
                .contains("\u{a0}modelled: which chip, which use or since when is our assumption"),
            is_modelled,
            "{button}"
        );
        modelled += usize::from(is_modelled);
    }
    assert!(modelled > 0, "the fixture has a modelled main path");
    assert_eq!(
        html.matches("modelled--star").count(),
        modelled,
        "once each"
    );
}

/// The compact matrix shows a modelled cell's mark as a "*" (embed11: the word cost a phone about
/// 100 px), so one line under the table says what the star means — only when a shown cell has
/// one (none for another workload's column, none when nothing is modelled, none in the full
/// view, whose cells say "modelled" in words). The star keeps to the path's last word.
#[tokio::test]
async fn the_compact_matrix_explains_its_star_under_the_table_when_a_cell_has_one() {
    let w = world();
    let matrix = |evaluation: Rc<Evaluation>, compact: bool, only: Option<Workload>| {
        render::<OutcomeMatrix>(OutcomeMatrixProps {
            world: w.clone(),
            evaluation,
            selected: None,
            marks: Default::default(),
            onselect: Callback::noop(),
            compact,
            only,
            details: None,
            record: None,
        })
    };
    const KEY: &str = "<p class=\"matrix__key\"><span class=\"matrix__key-star\" aria-hidden=\"true\">*</span> modelled — partly our assumption, not all reported</p>";
    let html = matrix(evaluation(), true, None).await;
    assert_eq!(html.matches(KEY).count(), 1, "{html}");
    assert!(html.find("</table>").unwrap() < html.find(KEY).unwrap());
    // The one modelled cell (DeepSeek's inference): the star glued to the path's last word, so
    // that it never wraps onto a line of its own.
    let button = element_with(&html, "aria-controls=\"why-deepseek-inference\"", "button");
    let mark = button
        .find("<span class=\"modelled modelled--star\"")
        .expect("the mark");
    assert!(
        !button[..mark].ends_with(char::is_whitespace),
        "glued: {button}"
    );
    assert!(
        button[mark..].contains("<span class=\"modelled__star\" aria-hidden=\"true\">*</span>"),
        "{button}"
    );
    // Only the training column: DeepSeek's training is not modelled, nor Tencent's.
    let training = matrix(evaluation(), true, Some(Workload::Training)).await;
    assert!(!training.contains("matrix__key"), "{training}");
    // Nothing modelled.
    let mut plain = (*evaluation()).clone();
    for outcome in &mut plain.outcomes {
        for path in &mut outcome.paths {
            path.modelled = false;
        }
    }
    let none = matrix(Rc::new(plain), true, None).await;
    assert!(!none.contains("matrix__key"), "{none}");
    // The full view says "modelled" on the cell itself.
    let full = matrix(evaluation(), false, None).await;
    assert!(!full.contains("matrix__key"), "{full}");
    assert!(full.contains(">modelled<"), "{full}");
}

/// audit11 A2: a fallback whose path is our assumption carries the "modelled" mark on its line,
/// as a modelled main path does, in the long cell and beneath a compact cell; the main path
/// (reported here) stays unmarked.
#[tokio::test]
async fn a_modelled_fallback_is_marked_on_its_line() {
    let mut evaluation = (*evaluation()).clone();
    let training = &mut evaluation.outcomes[0];
    let reported = training
        .fallback()
        .expect("the fixture's fallback")
        .reported;
    for p in &mut training.paths {
        if p.reported == reported {
            p.modelled = true;
        }
    }
    let evaluation = Rc::new(evaluation);
    for compact in [false, true] {
        let html = render::<OutcomeMatrix>(OutcomeMatrixProps {
            world: world(),
            marks: Default::default(),
            evaluation: evaluation.clone(),
            selected: None,
            onselect: Callback::noop(),
            compact,
            only: None,
            details: None,
            record: None,
        })
        .await;
        let deepseek = element_with(&html, "DeepSeek", "tr");
        let cell = element_with(deepseek, "Fallback: H20", "td");
        // After the fallback's words, on its own line: the mark and what it means.
        let line = &cell[cell.find("Fallback: H20, imported — Friction").unwrap()..];
        assert!(
            line.contains("Friction <span class=\"modelled\"")
                && line.contains(">modelled<")
                && line.contains(
                    "which chip, which use or since when is our assumption, not a reported fact"
                ),
            "compact {compact}: {line}"
        );
        assert_eq!(
            cell.matches(">modelled<").count(),
            1,
            "compact {compact}: {cell}"
        );
    }
}
