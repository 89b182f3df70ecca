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
        "有畅通路径的开发商：训练",
        ">全部路径<",
        ">语言<",
        "数据截至",
    ] {
        assert!(html.contains(words), "{words} is missing");
    }
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
