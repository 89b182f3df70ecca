//! The URL codec: round trips, defaults for anything malformed, a notice for everything
//! ignored, and no panics on hostile input.

use chip_paths::model::i18n::Locale;
use chip_paths::model::Workload;
use chip_paths::url::{percent_decode, percent_encode, MAX_QUERY};
use chip_paths::url::{Mode, Theme, ViewState};

mod common;
use common::world;

fn parse(query: &str) -> (ViewState, Vec<String>) {
    let (state, notices) = ViewState::parse(query, world());
    (state, notices.into_iter().map(|n| n.to_string()).collect())
}

#[test]
fn empty_query_is_the_default_view() {
    let (state, notices) = parse("");
    assert_eq!(state, ViewState::default());
    assert!(notices.is_empty());
    assert_eq!(state.to_query(world()), "");
    assert_eq!(parse("?").0, ViewState::default());
    // The default view opens at the FT-report preset.
    assert_eq!(state.effective_date(world()), "2025-08-14");
}

#[test]
fn the_example_link_parses() {
    let (state, notices) =
        parse("?date=2025-08-14&on=deepseek-listed&off=h20-allowed&dev=deepseek&theme=dark");
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(state.date.as_deref(), Some("2025-08-14"));
    assert!(state.on.contains("deepseek-listed"));
    assert!(state.off.contains("h20-allowed"));
    assert_eq!(state.developer.as_deref(), Some("deepseek"));
    assert_eq!(state.theme, Theme::Dark);
    let scenario = state.scenario(world());
    assert!(scenario.on.contains("deepseek-listed"));
    assert!(!scenario.on.contains("h20-allowed"));
    assert!(
        scenario.on.contains("h20-licence"),
        "the date's other switches stay"
    );
}

#[test]
fn round_trips() {
    let world = world();
    let mut state = ViewState {
        preset: Some("jan-2026".into()),
        developer: Some("bytedance".into()),
        workload: Workload::Inference,
        theme: Theme::Light,
        lang: Locale::from_tag("zh-CN"),
        mode: Mode::Story,
        embed: true,
        step: Some(2),
        child_id: Some("chip-paths_1".into()),
        ..ViewState::default()
    };
    state.on.insert("deepseek-listed");
    state.off.insert("h200-import-approvals");
    state.off.insert("purchase-justification");
    let query = state.to_query(world);
    assert_eq!(
        query,
        "?date=jan-2026&on=deepseek-listed&off=h200-import-approvals,purchase-justification\
         &dev=bytedance&workload=inference&theme=light&lang=zh-CN&mode=story&embed=1&step=3&childId=chip-paths_1"
    );
    let (back, notices) = ViewState::parse(&query, world);
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(back, state);

    let dated = ViewState {
        date: Some("2023-10-23".into()),
        ..ViewState::default()
    };
    assert_eq!(ViewState::parse(&dated.to_query(world), world).0, dated);
}

#[test]
fn set_switch_records_only_departures_from_the_date() {
    let world = world();
    let mut state = ViewState::default();
    state.set_switch(world, "h20-allowed", false);
    assert_eq!(state.to_query(world), "?off=h20-allowed");
    state.set_switch(world, "h20-allowed", true);
    assert_eq!(state.to_query(world), "", "back to what the date implies");
    state.set_switch(world, "deepseek-listed", true);
    assert_eq!(state.to_query(world), "?on=deepseek-listed");
}

#[test]
fn unknown_and_malformed_parameters_give_defaults_and_notices() {
    let (state, notices) = parse(
        "date=2025-02-30&on=h2O,deepseek-listed&dev=openai&theme=neon&mode=x&embed=maybe\
         &step=99&workload=gaming&colour=red",
    );
    assert_eq!(state.date, None);
    assert_eq!(state.on.iter().collect::<Vec<_>>(), ["deepseek-listed"]);
    assert_eq!(state.developer, None);
    assert_eq!(state.theme, Theme::Auto);
    assert_eq!(state.mode, Mode::Explore);
    assert!(!state.embed);
    assert_eq!(state.step, None);
    assert_eq!(state.workload, Workload::Training);
    for name in [
        "date", "on", "dev", "theme", "mode", "embed", "step", "workload", "colour",
    ] {
        assert!(
            notices.iter().any(|n| n.starts_with(&format!("“{name}”"))),
            "no notice for {name}: {notices:?}"
        );
    }
    assert!(notices.iter().any(|n| n.contains("“h2O”")), "{notices:?}");
}

#[test]
fn dates_outside_the_timeline_and_presets() {
    let (state, notices) = parse("date=1999-01-01");
    assert_eq!(state.date, None);
    assert!(notices[0].contains("outside the timeline"), "{notices:?}");
    let (state, notices) = parse("date=ft-report");
    assert_eq!(state.preset.as_deref(), Some("ft-report"));
    assert!(notices.is_empty());
    let (state, notices) = parse("preset=nope");
    assert_eq!(state.preset, None);
    assert_eq!(notices.len(), 1);
}

#[test]
fn repeated_keys_keep_the_first_and_merge_lists() {
    let (state, notices) = parse("theme=dark&theme=light&on=deepseek-listed&on=h20-licence");
    assert_eq!(state.theme, Theme::Dark);
    assert_eq!(notices.len(), 1, "{notices:?}");
    assert_eq!(state.on.len(), 2);
    let (state, notices) = parse("on=deepseek-listed&off=deepseek-listed");
    assert!(state.on.is_empty() && state.off.is_empty());
    assert_eq!(notices.len(), 1);
}

#[test]
fn iframe_host_parameters_are_accepted_silently() {
    let (state, notices) = parse(
        "initialWidth=640&childId=chip-paths-1&parentTitle=A%20story&parentUrl=https%3A%2F%2Fnews.example%2Fa",
    );
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(state.child_id.as_deref(), Some("chip-paths-1"));
    let (state, notices) = parse("childId=%3Cscript%3E");
    assert_eq!(state.child_id, None);
    assert_eq!(notices.len(), 1);
}

#[test]
fn step_needs_a_story_mode() {
    let (state, notices) = parse("step=2");
    assert_eq!(state.step, None);
    assert_eq!(notices.len(), 1);
    let (state, notices) = parse("mode=present&step=2");
    assert_eq!(state.step, Some(1));
    assert!(notices.is_empty());
}

#[test]
fn percent_coding() {
    assert_eq!(percent_decode("a%20b+c%2C").as_deref(), Ok("a b c,"));
    assert_eq!(percent_decode("100%").as_deref(), Ok("100%"));
    assert_eq!(percent_decode("%zz%4").as_deref(), Ok("%zz%4"));
    assert!(percent_decode("%FF%FE").is_err());
    assert_eq!(percent_decode("%E2%80%9C").as_deref(), Ok("“"));
    assert_eq!(percent_encode("a b/“"), "a%20b%2F%E2%80%9C");
}

#[test]
fn hostile_input_never_panics_and_notices_stay_short() {
    let world = world();
    let huge = format!("dev={}", "x".repeat(100_000));
    let (state, notices) = ViewState::parse(&huge, world);
    assert_eq!(state.developer, None);
    assert!(
        notices.iter().all(|n| n.to_string().chars().count() < 200),
        "{notices:?}"
    );
    assert!(notices
        .iter()
        .any(|n| n.message().contains(&MAX_QUERY.to_string())));

    let many = "a=1&".repeat(10_000);
    let (_, notices) = ViewState::parse(&many, world);
    assert!(notices.len() <= 70);

    // Multi-byte text cut at the length limit must not split a character.
    let wide = format!("dev={}", "é".repeat(5_000));
    let _ = ViewState::parse(&wide, world);

    for hostile in [
        "%",
        "%%",
        "%E2%80",
        "=",
        "&&&",
        "==&==",
        "on=,,,",
        "step=-1",
        "step=18446744073709551616",
        "date=9999-99-99",
        "dev=%00",
        "theme=%FF",
        "?#?",
        "on=%2C%2C",
        "%3D=%26",
    ] {
        let (state, _) = ViewState::parse(hostile, world);
        // Whatever was read still gives a working scenario and a link that parses back.
        let _ = state.scenario(world);
        let (back, notices) = ViewState::parse(&state.to_query(world), world);
        assert_eq!(back, state, "{hostile}");
        assert!(notices.is_empty(), "{hostile}: {notices:?}");
    }
}

#[test]
fn a_repeated_notice_is_given_once() {
    // 4 KB of one unknown switch: one notice for it (and one for the length), not thousands.
    let query = format!("on={}", "x,".repeat(2048));
    let (_, notices) = parse(&query);
    assert_eq!(
        notices
            .iter()
            .filter(|n| n.contains("no switch “x”"))
            .count(),
        1,
        "{} notices: {:?}",
        notices.len(),
        notices.iter().take(3).collect::<Vec<_>>()
    );
    assert!(notices.len() <= 2, "{notices:?}");
    // The same value under another parameter is another notice.
    let (_, notices) = parse("on=x&off=x&on=x");
    assert_eq!(notices.len(), 2, "{notices:?}");
}

/// One row of the table of links shared with the loader's end-to-end test (e2e/mode.test.mjs).
#[derive(serde::Deserialize)]
struct ModeLink {
    query: String,
    mode: String,
    why: String,
}

#[test]
fn the_mode_of_each_link_in_the_shared_table() {
    // The rule (docs/embedding.md, web/loader.js): the first `mode` parameter read decides; if
    // its value is not exactly explore, story, present or notes once decoded (malformed encoding
    // included), the reader's view opens and later `mode`s are repeats, ignored.
    let links: Vec<ModeLink> = serde_json::from_str(include_str!("mode_links.json")).unwrap();
    assert!(links.len() >= 20);
    let wrong: Vec<String> = links
        .iter()
        .filter_map(|link| {
            let (state, _) = ViewState::parse(&link.query, world());
            (state.mode.slug() != link.mode).then(|| {
                format!(
                    "{} ({}): {} expected, got {}",
                    &link.query[..link.query.len().min(60)],
                    link.why,
                    link.mode,
                    state.mode.slug()
                )
            })
        })
        .collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn a_malformed_value_still_counts_as_the_first_of_its_parameter() {
    let (state, notices) = parse("mode=%FF&mode=story");
    assert_eq!(state.mode, Mode::Explore);
    assert_eq!(notices.len(), 2, "malformed, then a repeat: {notices:?}");
    let (state, _) = parse("theme=%FF&theme=dark");
    assert_eq!(state.theme, Theme::Auto);
}

#[test]
fn a_child_id_the_pym_code_refuses_gets_a_notice() {
    use chip_paths::embed::protocol::ChildId;
    // Letters only, but it contains Pym's separator: the height messages could not use it.
    let (state, notices) = parse("childId=chipxPYMxpaths");
    assert_eq!(state.child_id, None);
    assert_eq!(notices.len(), 1, "{notices:?}");
    assert!(
        notices[0].starts_with("“childId”") && notices[0].contains("xPYMx"),
        "{notices:?}"
    );
    // Whatever the link parser keeps, the Pym code accepts.
    for raw in [
        "a",
        "chip-paths_1",
        "a:b.c",
        &"x".repeat(64),
        "xPYM",
        "PYMx",
    ] {
        let (state, notices) = parse(&format!("childId={raw}"));
        assert!(notices.is_empty(), "{raw}: {notices:?}");
        let kept = state.child_id.expect("kept");
        assert!(ChildId::parse(&kept).is_ok(), "{kept}");
    }
}

#[test]
fn bidirectional_controls_are_stripped_from_quoted_link_text() {
    const BIDI: [char; 12] = [
        '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}',
        '\u{2068}', '\u{2069}', '\u{200E}', '\u{200F}', '\u{061C}',
    ];
    for c in BIDI {
        let encoded = percent_encode(&format!("ab{c}cd"));
        for query in [
            format!("dev={encoded}"),
            format!("on={encoded}"),
            format!("{encoded}=1"),
            format!("theme={encoded}"),
        ] {
            let (_, notices) = parse(&query);
            assert_eq!(notices.len(), 1, "{query}: {notices:?}");
            assert!(
                !notices[0].contains(c),
                "U+{:04X} quoted in {query}: {:?}",
                u32::from(c),
                notices[0]
            );
            assert!(notices[0].contains("abcd"), "{notices:?}");
        }
    }
}

#[test]
fn tracking_parameters_platforms_add_are_ignored_without_a_notice() {
    let (state, notices) = parse(
        "dev=deepseek&utm_source=twitter&utm_medium=social&utm_campaign=x%20y&fbclid=IwAR0abc&gclid=Cj0K&embed=1",
    );
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(state.developer.as_deref(), Some("deepseek"));
    assert!(state.embed);
    // They are not carried on: the cleaned-up link has none of them.
    assert_eq!(state.to_query(world()), "?dev=deepseek&embed=1");
    // A parameter that merely looks similar is still the reader's mistake.
    assert_eq!(parse("utmsource=x").1.len(), 1);
}

#[test]
fn embed_parts_workload_title_and_revision_round_trip() {
    use chip_paths::url::{Part, Parts};
    let (state, notices) =
        parse("embed=1&parts=matrix,switches&only=inference&title=0&rev=2025-11-30");
    assert!(notices.is_empty(), "{notices:?}");
    let parts: Parts = [Part::Switches, Part::Matrix].into_iter().collect();
    assert_eq!(state.parts, Some(parts));
    assert_eq!(state.only, Some(Workload::Inference));
    assert!(state.hide_title);
    assert_eq!(state.rev.as_deref(), Some("2025-11-30"));
    // Parts are written in one fixed order, whatever order the link gave.
    let query = state.to_query(world());
    assert_eq!(
        query,
        "?embed=1&parts=switches,matrix&only=inference&title=0&rev=2025-11-30"
    );
    assert_eq!(parse(&query).0, state);
    for part in Part::ALL {
        let (one, notices) = parse(&format!("parts={}", part.slug()));
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(
            one.parts.map(|p| p.iter().collect::<Vec<_>>()),
            Some(vec![part])
        );
    }
}

#[test]
fn unknown_parts_and_bad_embed_values_get_notices() {
    let (state, notices) = parse("parts=matrix,chart");
    assert_eq!(state.parts.map(|p| p.slugs()), Some("matrix".into()));
    assert_eq!(notices, ["“parts” was ignored: there is no part “chart”"]);
    let (state, notices) = parse("parts=,&only=both&title=maybe&rev=latest");
    assert_eq!(
        (state.parts, state.only, state.hide_title, state.rev),
        (None, None, false, None)
    );
    assert_eq!(notices.len(), 4, "{notices:?}");
}

#[test]
fn an_embed_is_pinned_to_the_date_and_data_unless_it_follows_the_latest() {
    use chip_paths::url::{EmbedChoice, Part};
    let world = world();
    let (view, _) = parse("dev=deepseek&off=h20-allowed&theme=dark");
    let choice = EmbedChoice::for_view(&view);
    assert_eq!(
        choice.theme,
        Theme::Dark,
        "the view's own theme to start with"
    );
    let pinned = view.for_embed(world, &choice);
    // The default view's date is its preset's; the link writes the date out, and the revision.
    assert_eq!(
        pinned.date.as_deref(),
        Some(view.effective_date(world).as_str())
    );
    // Pinned to the data's revision, which a correction after "as of" moves (audit13 E1).
    assert_eq!(pinned.rev.as_deref(), Some(world.revision()));
    assert!(world.revision() >= world.meta.as_of.as_str());
    assert_eq!(
        pinned.scenario(world),
        view.scenario(world),
        "the same scenario"
    );
    assert_eq!(
        pinned.to_query(world),
        format!(
            "?date={}&off=h20-allowed&dev=deepseek&theme=dark&rev={}",
            view.effective_date(world),
            world.revision()
        )
    );
    let latest = view.for_embed(
        world,
        &EmbedChoice {
            follow_latest: true,
            ..choice.clone()
        },
    );
    assert_eq!((latest.date, latest.rev), (None, None));

    // Ticking exactly the default's parts is the default (no `parts=`); anything else is named.
    let mut choice = EmbedChoice::for_view(&view);
    choice.tick(Part::Diagram, true);
    assert_eq!(
        choice.parts.map(|p| p.slugs()),
        Some("switches,matrix,diagram".into())
    );
    choice.tick(Part::Diagram, false);
    assert_eq!(choice.parts, None);
    choice.tick(Part::Switches, false);
    choice.only = Some(Workload::Training);
    choice.show_title = false;
    let q = view.for_embed(world, &choice).to_query(world);
    assert!(
        q.contains("&parts=matrix&only=training&title=0&rev="),
        "{q}"
    );
}

#[test]
fn the_language_is_read_in_any_case_and_a_wrong_one_gets_a_notice() {
    let (state, notices) = parse("lang=ZH-cn");
    assert_eq!(state.lang.map(Locale::tag), Some("zh-CN"));
    assert!(notices.is_empty());
    assert_eq!(state.to_query(world()), "?lang=zh-CN");
    let (state, notices) = parse("lang=fr&theme=dark");
    assert_eq!(
        state.lang, None,
        "the browser's preference, else English, decides"
    );
    assert_eq!(state.theme, Theme::Dark, "the rest of the link still works");
    assert_eq!(
        notices,
        ["“lang” was ignored: “fr” is not a language this widget speaks (en, zh-CN)"]
    );
}
