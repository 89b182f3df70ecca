//! The explainer rendered natively (SSR) in each language (docs/i18n.md): the interface's words
//! come from that language's messages, `lang` says which, and English stays exactly English.
//! (The data's texts are swapped in by an effect in the browser: e2e/i18n.test.mjs.)

use chip_paths::app::{Explainer, ExplainerProps};
use chip_paths::model::ftl::lengthen;
use chip_paths::model::i18n;
use yew::LocalServerRenderer;

mod common;
use common::world_ref as world;

/// Renders `query` with `lang` active (as the language hook leaves it once its file is in).
async fn render_in(lang: &str, query: &str) -> String {
    if lang == "en" {
        i18n::set_english();
    } else {
        i18n::use_language_from_files(lang);
    }
    let html = LocalServerRenderer::<Explainer>::with_props(ExplainerProps {
        world: world(),
        query: Some(query.to_string().into()),
    })
    .hydratable(false)
    .render()
    .await;
    i18n::set_english();
    html
}

#[tokio::test]
async fn english_is_the_default_and_says_so() {
    let html = render_in("en", "").await;
    assert!(html.contains(" lang=\"en\""), "lang on the root");
    assert!(html.contains(">Paths to compute<"));
    assert!(
        html.contains(">English</option>"),
        "the picker names English in English"
    );
    assert!(
        html.contains(">简体中文</option>"),
        "and Chinese in Chinese"
    );
    assert!(!html.contains("路径"));
}

#[tokio::test]
async fn chinese_words_every_part_of_the_interface() {
    let html = render_in("zh-CN", "?dev=deepseek").await;
    assert!(html.contains(" lang=\"zh-CN\""));
    for words in [
        ">获取算力的路径<",
        ">开发商<",
        ">政策<",
        ">时间线<",
        ">来源<",
        "主要路径畅通的开发商：训练",
        ">全部路径<",
        ">语言<",
        "数据截至",
        // A path's dates are the record's, not "reports since" (audit9 Z2).
        "据记录，这条路径始于",
    ] {
        assert!(html.contains(words), "{words} is missing");
    }
    assert!(
        !html.contains("起有报道"),
        "a path's start is not said to be reports since then"
    );
    for english in [
        ">Paths to compute<",
        ">Developer<",
        ">Policies<",
        ">Timeline<",
        "Data as of",
    ] {
        assert!(!html.contains(english), "{english} is still English");
    }
}

#[tokio::test]
async fn the_story_in_chinese() {
    let html = render_in("zh-CN", "?mode=story&step=2").await;
    assert!(html.contains("第2步，共"), "the step count");
    assert!(html.contains("因为这一事件："));
    assert!(html.contains(">下一步<"));
}

#[tokio::test]
async fn the_pseudo_locale_stretches_and_marks_every_message() {
    let html = render_in("x-long", "").await;
    assert!(html.contains(" lang=\"en-x-long\""));
    let heading = format!(">⟦{}⟧<", lengthen("Paths to compute"));
    assert!(html.contains(&heading), "{heading}");
    assert!(!html.contains(">Paths to compute<"));
}

/// Makes `tag` active with its real language file (messages and the data's and lesson's texts),
/// as the widget has it once the file is in.
fn use_real_file(tag: &str) {
    use chip_paths::model::{i18n::Catalog, language_files::language_files};
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let files = language_files(root).expect("the language files build");
    let file = files
        .iter()
        .find(|f| f.tag == tag)
        .expect("a file for the tag");
    let catalog = Catalog::decode(&file.bytes).expect("decodes");
    let locale = i18n::Locale::from_tag(tag).expect("a language");
    i18n::set_language(locale, catalog.leak());
}

async fn render_with_file(tag: &str, query: &str) -> String {
    use_real_file(tag);
    let html = LocalServerRenderer::<Explainer>::with_props(ExplainerProps {
        world: world(),
        query: Some(query.to_string().into()),
    })
    .hydratable(false)
    .render()
    .await;
    i18n::set_english();
    html
}

/// The classroom lesson's own words (data/lesson.toml) come in the reader's language: the start
/// card, its glossary words and the closing card, from data/zh-CN/texts.toml.
#[tokio::test]
async fn the_lesson_in_chinese() {
    let start = render_with_file("zh-CN", "?mode=story&step=0").await;
    for words in [
        ">开始之前<",
        "第0步：课程介绍",
        "开始故事",
        "如何阅读单元格",
        "<summary class=\"term__name\">畅通</summary>",
        "训练是构建模型的过程",
    ] {
        assert!(start.contains(words), "{words} is missing: {start}");
    }
    for english in [
        "Before we start",
        "Start the story",
        "How to read",
        "No known obstacle",
    ] {
        assert!(!start.contains(english), "{english} is still English");
    }
    let last = common::world().story.len();
    let end = render_with_file("zh-CN", &format!("?mode=story&step={last}")).await;
    for words in [
        "我们学到了什么",
        "讨论：",
        "现在轮到你了：自己拨动开关",
        "禁令不等于零芯片",
    ] {
        assert!(end.contains(words), "{words} is missing");
    }
    assert!(!end.contains("What we learned") && !end.contains("Discuss:"));
}

/// The teacher notes' headings and the lesson's plan in Chinese.
#[tokio::test]
async fn the_teacher_notes_in_chinese() {
    use chip_paths::components::lesson::teacher_notes;
    use_real_file("zh-CN");
    let notes = LocalServerRenderer::<Notes>::new()
        .hydratable(false)
        .render()
        .await;
    i18n::set_english();
    for words in ["教师备注", "20分钟的课程", "常见误解", "讨论题", "0–3分钟"] {
        assert!(notes.contains(words), "{words} is missing");
    }
    assert!(!notes.contains("A 20-minute lesson") && !notes.contains("Common misconceptions"));

    #[yew::function_component]
    fn Notes() -> yew::Html {
        teacher_notes(common::world())
    }
}

/// A glossary word is found in Chinese text, which has no spaces between words; Latin words
/// still need their word boundaries.
#[test]
fn glossary_words_are_found_in_chinese_text() {
    use chip_paths::components::lesson::first_use;
    let text = "智谱被列入美国实体清单：不能获得美国芯片。";
    let at = text.find("实体清单").unwrap();
    assert_eq!(
        first_use(text, &["实体清单"]),
        Some((at, at + "实体清单".len()))
    );
    let text = "英伟达的H20芯片";
    let at = text.find("H20").unwrap();
    assert_eq!(first_use(text, &["h20"]), Some((at, at + 3)));
    assert_eq!(
        first_use("reopened", &["open"]),
        None,
        "whole Latin words only"
    );
    assert_eq!(first_use("the H20s", &["h20"]), None);
}

/// The glossary explains the "modelled" mark under the word the cells show (audit9 T1): its
/// term and the word it matches are the mark's own message, in English and in Chinese.
#[test]
fn the_glossary_explains_the_modelled_mark_in_the_cells_own_word() {
    use chip_paths::components::lesson::{Words, GLOSSARY};
    use chip_paths::model::i18n::msg;
    let entry = GLOSSARY
        .iter()
        .position(|(term, _, _)| *term == "Modelled")
        .expect("a glossary entry for the mark");
    for tag in ["en", "zh-CN"] {
        if tag == "en" {
            i18n::set_english();
        } else {
            use_real_file(tag);
        }
        let words = Words::current();
        let (term, matches, mark) = (
            words.term(entry).to_lowercase(),
            words.matches(entry).join(" "),
            msg::modelled(),
        );
        i18n::set_english();
        assert_eq!(term, mark, "{tag}: the term is the cells' mark");
        assert_eq!(matches, mark, "{tag}: the word it explains is the mark");
    }
}

/// The presenter legend's short gloss for Blocked says what the status's meaning (and the
/// glossary) says first, "not available", in English and in Chinese: "not allowed" contradicted
/// it (a stalled licence or a stop order is not a ban; audit9, lead's brief truth10 item 2).
#[test]
fn the_legend_glosses_blocked_as_the_meaning_does() {
    use chip_paths::model::i18n::msg;
    for tag in ["en", "zh-CN"] {
        if tag == "en" {
            i18n::set_english();
        } else {
            use_real_file(tag);
        }
        let (gloss, meaning) = (msg::gloss_blocked(), msg::meaning_blocked());
        i18n::set_english();
        assert!(
            meaning.to_lowercase().starts_with(&gloss.to_lowercase()),
            "{tag}: the legend's {gloss:?} is not how the meaning {meaning:?} begins"
        );
    }
}

/// A Chinese reader's CSV speaks Chinese (audit9 D8, review9 30): its headers, the changed
/// switches' on/off and the what-if mark, and the "modelled" mark, as the page does; the JSON's
/// keys stay as they are (a program reads them), its texts are the page's.
#[test]
fn a_chinese_readers_csv_has_chinese_headers_and_switch_words() {
    use chip_paths::model::{evaluate, export};
    use_real_file("zh-CN");
    let base = chip_paths::embedded::world().expect("valid");
    let catalog = i18n::catalog();
    let world = catalog.world_for(base).expect("the Chinese world");
    let mut scenario = world.default_scenario();
    let what_if = world
        .policies
        .iter()
        .find(|p| p.hypothetical)
        .expect("a what-if");
    scenario.on.insert(what_if.id.clone());
    let csv = export::to_csv(world, &scenario, &evaluate(world, &scenario));
    i18n::set_english();
    let mut lines = csv.trim_start_matches('\u{feff}').split("\r\n");
    let header = lines.next().expect("a header");
    assert!(
        header.starts_with("\"开发商\",\"工作负载\",\"状态\",\"主要路径"),
        "{header}"
    );
    assert!(
        !header.contains("developer") && !header.contains("scenario"),
        "{header}"
    );
    let row = lines.next().expect("a row");
    assert!(
        row.contains(&format!("\"“{}”（开；假设情景，从未实施）\"", what_if.name)),
        "{row}"
    );
    assert!(!row.contains(": on") && !row.contains("what-if"), "{row}");
    assert!(
        csv.contains("（模型设定）\""),
        "a modelled main path is marked in Chinese"
    );
}

/// Every glossary word the English story explains, the Chinese story explains too (its
/// translated `matches` are found in the translated captions and questions).
#[test]
fn the_chinese_story_explains_the_same_glossary_words() {
    use chip_paths::components::lesson::{first_used_at, GLOSSARY};
    let english = common::world();
    let explained = |world: &chip_paths::model::World| {
        let mut seen = vec![0; GLOSSARY.len()];
        for step in 0..world.story.len() {
            for entry in first_used_at(world, step) {
                seen[entry] += 1;
            }
        }
        seen
    };
    i18n::set_english();
    let in_english = explained(english);
    use_real_file("zh-CN");
    let chinese = i18n::catalog()
        .world_for(english)
        .expect("the data in Chinese");
    let in_chinese = explained(chinese);
    i18n::set_english();
    for (i, (en, zh)) in in_english.iter().zip(&in_chinese).enumerate() {
        assert!(*zh <= 1, "{} explained twice", GLOSSARY[i].0);
        if *en == 1 {
            assert_eq!(
                *zh, 1,
                "{} is not explained in the Chinese story",
                GLOSSARY[i].0
            );
        }
    }
}

/// A link's notices are worded when shown: read while English is in effect (before a language
/// file arrives), they read in Chinese once Chinese is, and the page shows them so.
#[tokio::test]
async fn link_notices_read_in_the_language_shown() {
    use chip_paths::url::ViewState;
    i18n::set_english();
    let (_, notices) = ViewState::parse("?foo=1&theme=pink&step=99", common::world());
    let english: Vec<String> = notices.iter().map(ToString::to_string).collect();
    assert_eq!(
        english[0],
        "“foo” was ignored: it is not a parameter this widget knows"
    );
    assert!(
        english[1].ends_with("“pink” is not auto, light or dark"),
        "{english:?}"
    );
    i18n::use_language_from_files("zh-CN");
    let chinese: Vec<String> = notices.iter().map(ToString::to_string).collect();
    i18n::set_english();
    assert_eq!(chinese[0], "已忽略“foo”：它不是本工具可识别的参数");
    assert_eq!(chinese[1], "已忽略“theme”：“pink”不是auto、light或dark");
    let page = render_in("zh-CN", "?foo=1&mode=present").await;
    assert!(
        page.contains("已忽略“foo”：它不是本工具可识别的参数"),
        "{page}"
    );
    assert!(!page.contains("was ignored"));
}

/// A notice about the whole link (too long) names the link in the reader's language, not the
/// English "(link)".
#[tokio::test]
async fn a_notice_about_the_whole_link_names_it_in_the_language_shown() {
    use chip_paths::url::ViewState;
    i18n::set_english();
    let long = format!("?foo={}", "x".repeat(5000));
    let (_, notices) = ViewState::parse(&long, common::world());
    let english = notices[0].to_string();
    assert!(
        english.starts_with("“(link)” was ignored: it is longer than 4096 characters"),
        "{english}"
    );
    i18n::use_language_from_files("zh-CN");
    let chinese = notices[0].to_string();
    i18n::set_english();
    assert!(chinese.starts_with("已忽略“链接”："), "{chinese}");
    assert!(!chinese.contains("link"), "{chinese}");
}

/// A data file with a path naming an unknown chip, its problems worded as build.rs words them
/// (every language, into problems.bin).
fn broken_data_problems() -> &'static [chip_paths::model::validate::Worded] {
    use chip_paths::model::validate;
    let mut world = common::world().clone();
    let developer = world
        .developers
        .iter_mut()
        .find(|d| d.id.as_str() == "deepseek")
        .expect("deepseek is in the record");
    developer.paths[0].chip = "no-such-chip".into();
    Box::leak(validate::worded(&validate::problems(&world)).into_boxed_slice())
}

#[tokio::test]
async fn a_broken_data_file_is_reported_in_the_readers_language_naming_the_bad_entry() {
    use chip_paths::app::{DataProblems, DataProblemsProps};
    let all = broken_data_problems();
    let render = |lang: &'static str| async move {
        if lang == "en" {
            i18n::set_english();
        } else {
            i18n::use_language_from_files(lang);
        }
        let html = LocalServerRenderer::<DataProblems>::with_props(DataProblemsProps { all })
            .hydratable(false)
            .render()
            .await;
        i18n::set_english();
        html
    };
    let zh = render("zh-CN").await;
    assert!(zh.contains(" lang=\"zh-CN\""), "{zh}");
    assert!(zh.contains("role=\"alert\""), "{zh}");
    // The entry (developer, path, chip) and the bad id, in a Chinese sentence.
    assert!(
        zh.contains("开发商“deepseek”：第1条路径（")
            && zh.contains("引用了未知的芯片“no-such-chip”"),
        "{zh}"
    );
    assert!(!zh.contains("names unknown"), "no English sentence: {zh}");

    let en = render("en").await;
    assert!(en.contains(" lang=\"en\""));
    assert!(
        en.contains("developer &quot;deepseek&quot;: path 1 (")
            && en.contains("names unknown chip &quot;no-such-chip&quot;"),
        "{en}"
    );
    assert!(!en.contains("引用"));
}

/// A refused Pym `childId` says why in the reader's language, worded when shown (a notice read
/// while the language file was loading reads in the language shown).
#[tokio::test]
async fn a_refused_child_id_says_why_in_the_language_shown() {
    use chip_paths::url::ViewState;
    i18n::set_english();
    let (_, notices) = ViewState::parse("?embed=1&childId=a%22b", common::world());
    let english: Vec<String> = notices.iter().map(ToString::to_string).collect();
    assert_eq!(
        english,
        ["“childId” was ignored: childId contains the character U+0022; a short id of letters, digits and - _ : . is needed"]
    );
    i18n::use_language_from_files("zh-CN");
    let chinese: Vec<String> = notices.iter().map(ToString::to_string).collect();
    i18n::set_english();
    assert_eq!(
        chinese,
        ["已忽略“childId”：childId包含字符U+0022；需要一个简短的id，可用字符为字母、数字和- _ : ."]
    );
}

/// The data problems' messages are build-only (`ftl::BUILD_ONLY`: the widget carries them
/// empty), so no code of the widget may format one.
#[test]
fn the_widget_never_formats_a_build_only_message() {
    fn walk(dir: &std::path::Path, found: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, found);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                for prefix in chip_paths::model::ftl::BUILD_ONLY {
                    let call = format!("msg::{}", prefix.replace('-', "_"));
                    if text.contains(&call) {
                        found.push(format!("{}: {call}", path.display()));
                    }
                }
            }
        }
    }
    let mut found = Vec::new();
    walk(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut found,
    );
    assert!(found.is_empty(), "{found:?}");
}

/// Quotes inside quotes alternate (docs/review-zh.md): a Chinese policy name that quotes a word
/// keeps its “…” where it stands alone, and has ‘…’ inside a sentence that quotes the name.
#[test]
fn a_quoted_name_that_quotes_a_word_nests_its_quotes() {
    use chip_paths::model::i18n::msg;
    use_real_file("zh-CN");
    let world = i18n::catalog()
        .world
        .as_ref()
        .expect("the record in Chinese");
    let name = world
        .policies
        .iter()
        .map(|p| p.name.clone())
        .find(|n| n.contains("列入黑名单"))
        .expect("the Huawei guidance");
    let (on, about) = (msg::change_switch_on(&name), msg::switch_more_about(&name));
    i18n::set_english();
    assert_eq!(name, "华为昇腾被“列入黑名单”（美国指南）");
    assert_eq!(on, "打开“华为昇腾被‘列入黑名单’（美国指南）”");
    assert_eq!(about, "关于“华为昇腾被‘列入黑名单’（美国指南）”");
}

/// The compact embed's key to its "*" (the cells' "modelled" mark) in each language, in the
/// presenter legend's words; the real data marks cells at the opening date.
#[tokio::test]
async fn the_compact_embeds_modelled_key_reads_in_the_language_shown() {
    for (lang, key) in [
        (
            "en",
            "modelled — partly our assumption, not all reported</p>",
        ),
        ("zh-CN", "模型设定：部分是我们的假设，并非都有报道</p>"),
    ] {
        let html = render_in(lang, "?embed=1").await;
        assert_eq!(html.matches(key).count(), 1, "{lang}: {key}");
        assert!(html.contains("class=\"matrix__key\""), "{lang}");
    }
}

/// An open compact cell's first line says what its status means in the language shown, in the
/// legend's words (embed12): the Chinese reader reads the Chinese meaning beside the Chinese word.
#[tokio::test]
async fn an_open_compact_cells_meaning_reads_in_the_language_shown() {
    use chip_paths::model::Status;
    for lang in ["en", "zh-CN"] {
        if lang == "en" {
            i18n::set_english();
        } else {
            i18n::use_language_from_files(lang);
        }
        let said: Vec<(Status, String, String)> = Status::ALL
            .into_iter()
            .map(|s| (s, s.label().to_string(), s.meaning().to_string()))
            .collect();
        i18n::set_english();
        let html = render_in(lang, "?embed=1").await;
        let mut lines = 0;
        for line in html.split("<dl class=\"matrix__meaning\">").skip(1) {
            let line = &line[..line.find("</dl>").expect("the line closes")];
            let (_, word, meaning) = said
                .iter()
                .find(|(s, _, _)| {
                    line.starts_with(&format!("<dt><span class=\"status status--{}\"", s.slug()))
                })
                .unwrap_or_else(|| panic!("{lang}: a status's badge first: {line}"));
            assert!(line.contains(&format!(">{word}</span>")), "{lang}: {line}");
            assert!(
                line.ends_with(&format!("<dd>{meaning}</dd>")),
                "{lang}: {line}"
            );
            lines += 1;
        }
        assert!(
            lines >= 8,
            "{lang}: every cell of the opening view has its line ({lines})"
        );
    }
}
