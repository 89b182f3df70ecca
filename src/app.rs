//! The root component: loads the world, reads the URL once, holds the reducer, keeps the URL in
//! step with the view (push on change, follow back/forward) and lays out the explainer.

use crate::components::classroom::use_classroom;
use crate::components::downloads::downloads;
use crate::components::history_bar::{history_bar, kit_action};
#[cfg(feature = "multilingual")]
use crate::components::language_picker::take_picked;
use crate::components::language_picker::{html_lang, language_picker};
use crate::components::status_badge::status_legend;
use crate::components::{
    change_sentence::change_sentence,
    error_panel::error_panel,
    headline::{headline, scenario_note},
    notice_bar::notice_bar,
    outcome_matrix::{DetailsRow, OutcomeMatrix},
    page_footer::page_footer,
    path_details::PathDetails,
    path_diagram::PathDiagram,
    sources_panel::SourcesPanel,
    switch_board::switch_board,
    theme_picker::theme_picker,
    timeline::Timeline,
};
use crate::components::{embed_credit::embed_credit, embed_dialog::EmbedDialog};
use crate::embed::auto_height::use_auto_height;
use crate::embedded::problems_in;
#[cfg(feature = "multilingual")]
use crate::hooks::use_language::{use_language, world_in};
use crate::hooks::use_url_sync::{current_query, use_url_sync};
use crate::model::i18n::{msg, Locale};
use crate::model::validate::Worded;
use crate::state::{Action, AppState, WorldRef};
use crate::url::{Mode, Part, Parts, Theme};
use yew::prelude::*;

#[component]
pub fn App() -> Html {
    match crate::embedded::world() {
        Ok(world) => html! { <Explainer world={WorldRef(world)} /> },
        Err(all) => html! { <DataProblems {all} /> },
    }
}

#[derive(Properties, PartialEq)]
pub struct DataProblemsProps {
    /// The problems in every language (build.rs words them).
    pub all: &'static [Worded],
}

/// What the reader sees when the compiled-in data is broken: every problem, by entry, in the
/// reader's language (`?lang=`, else the browser's).
#[component]
pub fn DataProblems(props: &DataProblemsProps) -> Html {
    let query = current_query();
    // EMBED: the host sizes its iframe to this panel too (the loader stops reporting once the
    // widget has mounted).
    use_auto_height(child_id_in(&query));
    #[cfg(feature = "multilingual")]
    let language = use_language(lang_in(&query));
    // The English-only reader: the loader sends every other language to the multilingual bundle.
    #[cfg(not(feature = "multilingual"))]
    let language = crate::hooks::use_language::english_only();
    let problems: Vec<String> = problems_in(props.all, language.active)
        .iter()
        .map(|e| e.message.clone())
        .collect();
    html! {
        <main class="cp cp--problems" data-chip-paths-root="" lang={html_lang(language.active)}>
            { error_panel(msg::data_problems(), &problems) }
        </main>
    }
}

/// The language a raw query string asks for (`lang=`), if the widget speaks it.
#[cfg(feature = "multilingual")]
fn lang_in(query: &str) -> Option<Locale> {
    query
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix("lang="))
        .and_then(Locale::from_tag)
}

/// The raw `childId` of a query string (the height messages check it themselves): the world
/// that would parse the whole link is the thing that failed to load.
fn child_id_in(query: &str) -> Option<String> {
    query
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix("childId="))
        .map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::{child_id_in, lang_in};
    use crate::model::i18n::Locale;

    #[test]
    fn the_language_is_read_from_the_raw_query() {
        assert_eq!(lang_in("?embed=1&lang=zh-CN"), Locale::from_tag("zh-CN"));
        assert_eq!(lang_in("lang=en"), Some(Locale::EN));
        assert_eq!(lang_in("?lang=tlh"), None);
        assert_eq!(lang_in("?embed=1"), None);
    }

    #[test]
    fn the_child_id_is_read_from_the_raw_query() {
        assert_eq!(child_id_in("?embed=1&childId=a-1").as_deref(), Some("a-1"));
        assert_eq!(child_id_in("childId=x"), Some("x".to_string()));
        assert_eq!(child_id_in("?embed=1"), None);
    }
}

#[derive(Properties, PartialEq)]
pub struct ExplainerProps {
    pub world: WorldRef,
    /// The query string to start from; `None` reads the page's own URL (in the browser).
    #[prop_or_default]
    pub query: Option<AttrValue>,
}

/// The explainer proper, with its state. Split from `App` so tests can mount it with any world.
#[component]
pub fn Explainer(props: &ExplainerProps) -> Html {
    let world = props.world.clone();
    let state = {
        let world = world.clone();
        // Read in the reducer's initialiser, which runs at the first render only: a click's
        // render does not ask the browser for the address (docs/performance.md, thirteenth
        // session).
        let query = props.query.as_ref().map(|q| q.to_string());
        use_reducer(move || AppState::from_query(world, &query.unwrap_or_else(current_query)))
    };
    // Before anything renders words: the language every message is in.
    #[cfg(feature = "multilingual")]
    let language = use_language(state.view.lang);
    #[cfg(not(feature = "multilingual"))]
    let language = crate::hooks::use_language::english_only();
    // The data's texts in that language (when its file carries them): the reducer's world is
    // swapped, so the evaluation's reasons are in the new words too.
    #[cfg(feature = "multilingual")]
    {
        let shown = world_in(&world, language.active);
        let (current, dispatcher) = (state.world.clone(), state.dispatcher());
        use_effect_with(shown, move |shown| {
            if *shown != current {
                dispatcher.dispatch(Action::UseWorld(shown.clone()));
            }
        });
    }
    let world = state.world.clone();
    // The statuses on the record at every event: the legend explains them all (and any other
    // status a what-if brings).
    let on_record = use_memo(world.clone(), |world| {
        crate::model::evaluate::statuses_on_record(world)
    });
    let view = &state.view;
    let scenario = state.scenario();
    let evaluation = state.evaluation();

    let query = use_url_sync(&state);
    // EMBED: height messages to the host page whenever framed (Pym `childId` from the URL).
    use_auto_height(view.child_id.clone());
    let root = use_node_ref();
    {
        let root = root.clone();
        #[cfg(feature = "multilingual")]
        let first = use_mut_ref(|| true);
        // Again after a language change: the view is rebuilt in the new language (keyed by it).
        use_effect_with(language.active, move |&_active| {
            if let Some(el) = root.cast::<web_sys::Element>() {
                let _ = el.set_attribute("data-ready", "true");
            }
            // (index.html says `lang="en"` already: the English-only reader leaves it.)
            #[cfg(feature = "multilingual")]
            if let Some(page) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.document_element())
            {
                let _ = page.set_attribute("lang", &html_lang(_active));
            }
            // (The English-only reader's language never changes: a choice opens another link.)
            #[cfg(feature = "multilingual")]
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                // The picker was rebuilt with everything else: give it its focus back.
                if !take_picked() {
                    return;
                }
                use wasm_bindgen::JsCast;
                if let Some(picker) = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.get_element_by_id("cp-language"))
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    let _ = picker.focus();
                }
                return;
            }
            // For the load-to-interactive benchmark (e2e/bench.mjs).
            if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
                let _ = performance.mark("chip-paths-ready");
            }
        });
    }

    // Callbacks made once: the dispatcher never changes, so children whose data did not change
    // see equal props and skip re-rendering.
    let on = use_memo(state.dispatcher(), |d| Handlers::new(d.clone()));
    let Handlers {
        ontoggle,
        ondate,
        onpreset,
        onselect,
        onclose,
        onworkload,
        ontheme,
        onlang,
        ondismiss,
        onkit,
    } = (*on).clone();

    // classroom: the story, its keys and the presenter view (only in the classroom bundle).
    let classroom = use_classroom(&world, &state);
    let story_shown = classroom.story.is_some();
    let present = view.mode == Mode::Present;
    // classroom: the teacher notes' own window (`?mode=notes`) is the notes alone, under the
    // title and the pickers (not in the reader's bundles: their page is never this one).
    #[cfg(feature = "classroom")]
    if let Some(page) = classroom.page {
        let theme = (view.theme != Theme::Auto).then_some(view.theme.slug());
        return html! {
            <div class="cp cp--notes" data-theme={theme} data-mode={view.mode.slug()}
                key={language.active.tag()} lang={html_lang(language.active)}
                data-chip-paths-root="" ref={root}>
                <main class="cp__main">
                    <header class="cp__header">
                        <h1 class="cp__title">
                            <span class="cp__name">{ msg::brand() }</span>
                            <span class="cp__subtitle">{ msg::subtitle() }</span>
                        </h1>
                        <div class="cp__header-tools">
                            { theme_picker(view.theme.slug(), &ontheme) }
                            { language_picker(language.active, &onlang) }
                        </div>
                    </header>
                    { notice_bar(&state.notices, &ondismiss) }
                    if let Some(failed) = &language.failed {
                        <p class="notice notice--language" role="status">{ msg::language_failed(failed) }</p>
                    }
                    { page }
                </main>
            </div>
        };
    }

    let selected = view
        .developer
        .as_ref()
        .map(|id| AttrValue::from(id.as_str()));
    let date = AttrValue::from(view.effective_date(&world));
    let theme = (view.theme != Theme::Auto).then_some(view.theme.slug());
    // EMBED: compact by default in an article (docs/embedding.md): the switches and a short
    // matrix; the rest folded, or the parts the editor chose (`parts=`), and no others.
    let layout = EmbedLayout::of(view, story_shown);
    // The folded switches the view sets differently from the record (their summary counts them).
    let changed_folded = crate::model::export::changed_switches(&world, scenario)
        .iter()
        .filter(|c| !world.is_headline(c.policy))
        .count();
    // The kit's bar and downloads (issue 17): not in embeds nor in the classroom's story.
    let kit = !view.embed && !story_shown;
    let details = selected.clone().map(|developer| {
        html! {
            <PathDetails world={world.clone()} evaluation={evaluation.clone()}
                date={AttrValue::from(scenario.date.clone())}
                {developer} onclose={onclose.clone()} focus={state.focus_details} />
        }
    });
    let matrix = html! {
        <section class="matrix-section" aria-labelledby="matrix-heading">
            <h2 id="matrix-heading">{ msg::matrix_heading() }</h2>
            <OutcomeMatrix world={world.clone()} evaluation={evaluation.clone()}
                selected={selected.clone()} {onselect} compact={layout.compact}
                marks={classroom.marks.clone()}
                record={view.compare.then(|| AttrValue::from(scenario.date.clone()))}
                only={view.only.filter(|_| view.embed)}
                details={(layout.compact && selected.is_some()).then(|| DetailsRow {
                    date: AttrValue::from(scenario.date.clone()),
                    onclose: onclose.clone(),
                    focus: state.focus_details,
                })} />
            if layout.compact {
                if !layout.folds_the_rest() {
                    <details class="legend-fold">
                        <summary>{ msg::legend_label() }</summary>
                        { status_legend(&on_record, &evaluation) }
                    </details>
                }
            } else {
                { status_legend(&on_record, &evaluation) }
                <div id="path-details" class="details-slot">
                    { details.unwrap_or_default() }
                </div>
            }
        </section>
    };
    let diagram = html! {
        <PathDiagram world={world.clone()} evaluation={evaluation.clone()}
            workload={view.workload} selected={selected} {onworkload} />
    };
    let timeline =
        html! { <Timeline world={world.clone()} date={date.clone()} {ondate} {onpreset} /> };
    let sources = |folded: bool| {
        html! {
            <SourcesPanel world={world.clone()} folded={folded} new_tab={view.embed} />
        }
    };
    html! {
        <div class={classes!("cp", view.embed.then_some("cp--embed"), layout.compact.then_some("cp--compact"),
                story_shown.then_some("cp--story"), present.then_some("cp--present"))}
            data-theme={theme} data-mode={view.mode.slug()}
            // Keyed by the language: a change rebuilds every part in the new words, memoised
            // components included.
            key={language.active.tag()} lang={html_lang(language.active)}
            data-chip-paths-root="" ref={root}>
            <main class="cp__main">
                { classroom.bar }
                if !(view.embed && view.hide_title) {
                    <header class="cp__header">
                        <h1 class="cp__title">
                            <span class="cp__name">{ msg::brand() }</span>
                            <span class="cp__subtitle">{ msg::subtitle() }</span>
                        </h1>
                        if !view.embed {
                            <div class="cp__header-tools">
                                { classroom.tools }
                                { theme_picker(view.theme.slug(), &ontheme) }
                                { language_picker(language.active, &onlang) }
                            </div>
                        }
                    </header>
                } else {
                    <h1 class="visually-hidden">{ msg::title_hidden() }</h1>
                }
                { notice_bar(&state.notices, &ondismiss) }
                if let Some(failed) = &language.failed {
                    <p class="notice notice--language" role="status">{ msg::language_failed(failed) }</p>
                }
                if let Some(rev) = view.rev.as_ref().filter(|r| view.embed && r.as_str() < world.revision()) {
                    // Pinned embeds: the widget carries one revision of the data, so it says
                    // when the record has moved on (updated or corrected) since the graphic was
                    // published.
                    <p class="embed-updated">
                        { msg::embed_updated(&crate::model::date_label(rev), &crate::model::date_label(world.revision())) }
                    </p>
                }
                if let Some(story) = classroom.story {
                    { story }
                } else {
                    { headline(&world, &evaluation, &date) }
                }
                <div class="cp__grid">
                    if layout.shows(Part::Switches) {
                        <div class={classes!("cp__controls", classroom.switches_folded.then_some("cp__controls--folded"))}>
                            { classroom.switches_fold.clone() }
                            { switch_board(&world, &scenario.on, changed_folded, &ontoggle) }
                            // The kit's history bar below the switches it undoes: the first
                            // screen stays the story's. Not in embeds, nor in the classroom's
                            // story, whose layout must fit a projector's screen (and whose steps
                            // set the switches).
                            if kit {
                                { history_bar(&state, &onkit) }
                            }
                        </div>
                    }
                    <div class="cp__results">
                        // A changed scenario says so (audit13 EM1, P1): first in the results, so
                        // that it appears beside the switches on a wide screen and above the
                        // matrix on a phone, and never moves the switch the reader just used.
                        { scenario_note(&world, scenario) }
                        // Beside what it describes, and below the switches on a phone: a sentence
                        // that grows or shrinks must not move the switch the reader just used.
                        if !story_shown {
                            { change_sentence(state.change.as_ref()) }
                        }
                        if layout.shows(Part::Matrix) {
                            { matrix }
                        }
                        if layout.shows(Part::Diagram) {
                            { diagram.clone() }
                        }
                        // The kit's downloads after the answer and the two pictures they offer
                        // (above the matrix, they put it about 100 px lower on a phone). Not
                        // prerendered (examples/prerender.rs): nothing in the first view follows.
                        if kit {
                            { downloads(&state, &query) }
                        }
                    </div>
                    if layout.shows(Part::Timeline) {
                        <div class="cp__timeline">{ timeline.clone() }</div>
                    }
                </div>
                if layout.shows(Part::Story) {
                    <p class="embed-story">
                        <a href={story_query(&world, view)} target="_blank" rel="noopener">
                            { msg::embed_story_link(&story_until(&world.meta.as_of)) }
                            <span aria-hidden="true">{ " ↗" }</span>
                            <span class="visually-hidden">{ msg::new_tab() }</span>
                        </a>
                    </p>
                }
                if layout.folds_the_rest() {
                    // Folded, not dropped: the timeline, the diagram and every source one tap
                    // away (a citation's link opens this too: the browser unfolds the details
                    // around a fragment's target).
                    <details class="embed-more">
                        <summary>{ msg::embed_more() }</summary>
                        <h2 class="visually-hidden">{ msg::legend_label() }</h2>
                        { status_legend(&on_record, &evaluation) }
                        { timeline }
                        { diagram }
                        { sources(true) }
                    </details>
                } else if layout.shows(Part::Sources) {
                    { sources(view.embed) }
                } else {
                    // Not chosen, but still there, folded, for the citations to point at.
                    <details class="embed-sources">
                        <summary>{ msg::sources_heading() }</summary>
                        { sources(true) }
                    </details>
                }
            </main>
            // EMBED: the full page offers the Embed dialog; embed mode keeps only a credit line.
            if !view.embed {
                { page_footer(&world, html! {
                    <EmbedDialog world={world.clone()} view={view.clone()} />
                }) }
            } else {
                { embed_credit(&query, Some(&crate::model::date_label(&world.meta.as_of))) }
            }
        </div>
    }
}

/// Which parts the view shows, and how: the full page shows everything; an embed shows the
/// compact default or exactly the parts its link names.
struct EmbedLayout {
    /// Short matrix cells, a folded legend, details beside their row.
    compact: bool,
    /// The editor's choice, in an embed.
    parts: Option<Parts>,
}

impl EmbedLayout {
    fn of(view: &crate::url::ViewState, story_shown: bool) -> EmbedLayout {
        let embed = view.embed && !story_shown;
        EmbedLayout {
            compact: embed,
            parts: view.parts.filter(|_| embed),
        }
    }

    /// Whether `part` is shown open (in its place in the grid).
    fn shows(&self, part: Part) -> bool {
        match self.parts {
            Some(parts) => parts.contains(part),
            None if self.compact => matches!(part, Part::Switches | Part::Matrix),
            // The full page: everything but the embed's story line (the header has its own).
            None => part != Part::Story,
        }
    }

    /// The compact default folds the timeline, the diagram and the sources into one disclosure.
    fn folds_the_rest(&self) -> bool {
        self.compact && self.parts.is_none()
    }
}

/// Where the classroom story ends, as the embed's link names it: the month of the data's
/// `as_of` ("Jun 2026", "2026年6月"), not "today" (audit11 A11: the link said "2022 to today"
/// half a year after the record ends).
fn story_until(as_of: &str) -> String {
    crate::model::date_label(as_of.get(..7).unwrap_or(as_of))
}

/// The link into the classroom story, for the same date, from an embed.
fn story_query(world: &crate::model::World, view: &crate::url::ViewState) -> String {
    let story = crate::url::ViewState {
        mode: Mode::Story,
        date: view.date.clone(),
        preset: view.preset.clone(),
        // In the embed's language and theme, as its credit link (audit13 L1).
        lang: view.lang,
        theme: view.theme,
        ..Default::default()
    };
    "./".to_owned() + &story.to_query(world)
}

/// Every callback the explainer hands to its components, each dispatching one `Action`.
#[derive(Clone)]
struct Handlers {
    ontoggle: Callback<AttrValue>,
    ondate: Callback<AttrValue>,
    onpreset: Callback<AttrValue>,
    onselect: Callback<Option<AttrValue>>,
    onclose: Callback<()>,
    onworkload: Callback<crate::model::Workload>,
    ontheme: Callback<AttrValue>,
    onlang: Callback<AttrValue>,
    ondismiss: Callback<()>,
    /// The kit's history bar: a button's name (src/components/history_bar.rs, `kit_action`).
    onkit: Callback<AttrValue>,
}

impl Handlers {
    fn new(d: UseReducerDispatcher<AppState>) -> Self {
        let with = |f: fn(&UseReducerDispatcher<AppState>, AttrValue)| {
            let d = d.clone();
            Callback::from(move |v: AttrValue| f(&d, v))
        };
        Handlers {
            ontoggle: with(|d, v| d.dispatch(Action::ToggleSwitch(v))),
            ondate: with(|d, v| d.dispatch(Action::SetDate(v))),
            onpreset: with(|d, v| d.dispatch(Action::SetPreset(v))),
            onkit: with(|d, v| d.dispatch(kit_action(&v))),
            ontheme: with(|d, v| {
                if let Some(theme) = Theme::ALL.into_iter().find(|t| t.slug() == v.as_str()) {
                    d.dispatch(Action::SetTheme(theme))
                }
            }),
            onlang: with(|d, v| {
                if let Some(lang) = Locale::from_tag(&v) {
                    d.dispatch(Action::SetLanguage(lang))
                }
            }),
            onselect: {
                let d = d.clone();
                Callback::from(move |v| d.dispatch(Action::SelectDeveloper(v)))
            },
            onclose: {
                let d = d.clone();
                Callback::from(move |_| d.dispatch(Action::SelectDeveloper(None)))
            },
            onworkload: {
                let d = d.clone();
                Callback::from(move |w| d.dispatch(Action::SetWorkload(w)))
            },
            ondismiss: Callback::from(move |_| d.dispatch(Action::DismissNotice)),
        }
    }
}
