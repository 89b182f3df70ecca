//! Classroom components and reducer actions, on a small fixture world whose answers are worked
//! out by hand (tests/story_fixture.json):
//!
//! At the first step the H800 is banned. Asked "which developers lose their inference path if
//! the H20 needs a licence?": Alpha keeps an open Ascend path; Beta has only imported H20s
//! (Open → Blocked); Gamma falls back to an H800 stockpile that cannot grow (Open → Limited);
//! Delta reports no inference path, so it is not offered.

use chip_paths::components::{
    predict_panel::{PredictPanel, PredictPanelProps},
    presenter_bar::{PresenterBar, PresenterBarProps},
    story_panel::story_panel,
};
use chip_paths::model::story::reveal;
use chip_paths::model::World;
use chip_paths::model::{DeveloperId, IdSet};
use chip_paths::state::{Action, AppState, StoryKey, WorldRef};
use chip_paths::url::Mode;
use yew::{AttrValue, Callback};

mod common;
use common::{render, render_view, tag_with};

fn world() -> WorldRef {
    let world: World = serde_json::from_str(include_str!("story_fixture.json"))
        .expect("the fixture matches the model types");
    WorldRef::from(world)
}

/// A set of ids of any kind (policies switched on, a student's picks) from text.
fn set<I: Ord + std::borrow::Borrow<str> + From<String>>(ids: &[&str]) -> IdSet<I> {
    ids.iter().map(|s| s.to_string()).collect()
}

// --- The model's answer for the fixture, as worked out above ---

#[test]
fn the_fixture_answer_is_beta_and_gamma() {
    let world = world();
    let result = reveal(&world, 0).expect("step 1 asks");
    assert_eq!(result.answer(), ["beta", "gamma"]);
    let gamma = &result.losses[1];
    assert_eq!(gamma.fallback.chip, "h800");
    assert_eq!(gamma.lost.chip, "h20");
    assert!(reveal(&world, 1).is_none(), "step 2 asks nothing");
}

// --- Story panel ---

async fn story(step: usize) -> String {
    let change = AttrValue::from("Inference tightened for Beta.");
    let world = world();
    let told = chip_paths::model::story::step_story(&world, step);
    render_view(story_panel(
        &world,
        step,
        told.as_ref(),
        Some(&change),
        None,
        yew::Html::default(),
        false,
        &Callback::noop(),
    ))
    .await
}

#[tokio::test]
async fn a_story_step_shows_where_it_is_its_caption_sources_and_the_change() {
    let html = story(1).await;
    assert!(html.contains("Step 2 of 3"), "{html}");
    assert!(html.contains("9 Apr 2025"), "the step's date, in words");
    assert!(html.contains("The H20 needs a licence"));
    assert!(html.contains("Now the H20 too."));
    assert!(html.contains("Nvidia 8-K"), "the caption cites its source");
    assert!(html.contains("Inference tightened for Beta."));
    assert!(tag_with(&html, "Inference tightened").contains("role=\"status\""));
    let current = tag_with(&html, "aria-current=\"step\"");
    assert!(
        current.contains("Step 2: The H20 needs a licence"),
        "{current}"
    );
    assert!(!tag_with(&html, "story__prev").contains("disabled"));
    assert!(!tag_with(&html, "story__next").contains("disabled"));
}

#[tokio::test]
async fn a_step_box_says_what_its_event_did_and_what_happened_meanwhile() {
    // Step 2's event switches on the H20 licence: Beta's only inference path closes.
    let html = story(1).await;
    assert!(
        html.contains("class=\"story__because\"><strong>Because of this event: </strong>"),
        "{html}"
    );
    assert!(
        html.contains("Switching on “H20 needs a licence” closes Beta"),
        "{html}"
    );
    assert!(
        html.contains("Meanwhile: </strong>Nothing else changed a main path since 23 Oct 2023."),
        "{html}"
    );
    // The first step has no step before it, and the last no event that moves a switch.
    let first = story(0).await;
    assert!(first.contains("This is where the story starts."), "{first}");
    let last = story(2).await;
    assert!(last.contains("This event changes no rule"), "{last}");
}

/// The presenter view shows "Meanwhile" under the legend at a step without a question: the
/// story's box then holds "Because of this event" alone, and `meanwhile` renders the rest.
#[tokio::test]
async fn a_step_box_can_leave_meanwhile_to_be_shown_apart() {
    let world = world();
    let told = chip_paths::model::story::step_story(&world, 1).expect("step 2 has a box");
    let html = render_view(story_panel(
        &world,
        1,
        Some(&told),
        None,
        None,
        yew::Html::default(),
        true,
        &Callback::noop(),
    ))
    .await;
    assert!(html.contains("Because of this event: </strong>"), "{html}");
    assert!(!html.contains("Meanwhile"), "{html}");
    let apart = render_view(chip_paths::components::story_panel::meanwhile(&told)).await;
    assert!(
        apart.contains("class=\"story__meanwhile\"><strong>Meanwhile: </strong>Nothing else changed a main path since 23 Oct 2023."),
        "{apart}"
    );
    // Back's word is a span of its own, which the narrow presenter view hides (the arrow stays).
    assert!(
        html.contains("<span class=\"story__nav-word\">Back</span>"),
        "{html}"
    );
}

#[tokio::test]
async fn the_first_step_cannot_go_back_and_the_last_cannot_go_on() {
    let first = story(0).await;
    assert!(tag_with(&first, "story__prev").contains("disabled"));
    assert!(!tag_with(&first, "story__next").contains("disabled"));
    let last = story(2).await;
    assert!(tag_with(&last, "story__next").contains("disabled"));
    assert!(last.contains("Step 3 of 3"));
    let beyond = story(99).await;
    assert!(
        beyond.contains("Step 3 of 3"),
        "a step past the end shows the last"
    );
}

#[tokio::test]
async fn every_step_has_a_numbered_button_named_by_its_title() {
    let html = story(0).await;
    assert_eq!(html.matches("aria-label=\"Step ").count(), 3);
    assert!(html.contains("aria-label=\"Step 3: Where things stand\""));
}

// --- Predict, then reveal ---

fn predict_props(picks: &[&str], revealed: bool) -> PredictPanelProps {
    PredictPanelProps {
        world: world(),
        step: 0,
        picks: set(picks),
        revealed,
        ontoggle: Callback::noop(),
        onreveal: Callback::noop(),
        onretry: Callback::noop(),
        prompt: None,
    }
}

#[tokio::test]
async fn before_the_reveal_students_see_the_question_and_a_checkbox_per_developer() {
    let html = render::<PredictPanel>(predict_props(&["beta"], false)).await;
    assert!(html.contains("<fieldset"));
    assert!(html.contains("<legend class=\"predict__prompt\">Which developers lose their inference path if the H20 needs a licence?</legend>"));
    for name in ["Alpha", "Beta", "Gamma"] {
        assert!(html.contains(name), "{name} is offered");
    }
    assert!(!html.contains("Delta"), "no inference path, so not offered");
    // One per developer on the record, and "Nobody loses".
    assert_eq!(html.matches("type=\"checkbox\"").count(), 4);
    assert!(tag_with(&html, "for=\"predict-nobody\"").starts_with("<label"));
    assert!(html.contains(">Nobody loses<"), "{html}");
    assert!(
        !tag_with(&html, "predict__action").contains("disabled"),
        "a pick enables Reveal"
    );
    let none = render::<PredictPanel>(predict_props(&[], false)).await;
    assert!(
        tag_with(&none, "predict__action").contains("disabled"),
        "no pick: Reveal waits"
    );
    assert!(none.contains("Tick your answer first."));
    let beta = tag_with(&html, "id=\"predict-beta\"");
    assert!(beta.contains("checked"), "{beta}");
    assert!(!tag_with(&html, "id=\"predict-alpha\"").contains("checked"));
    assert!(tag_with(&html, "for=\"predict-beta\"").starts_with("<label"));
    assert!(html.contains("Reveal the answer"));
    assert!(
        !html.contains("predict__verdict") && !html.contains("predict__answer-text"),
        "no answer before the reveal"
    );
    assert!(
        tag_with(&html, "predict__result").contains("role=\"status\""),
        "the result region exists before it fills, so it is announced"
    );
}

#[tokio::test]
async fn the_reveal_scores_the_picks_and_gives_the_reasons() {
    // Picked Alpha (wrong) and Beta (right); missed Gamma.
    let html = render::<PredictPanel>(predict_props(&["alpha", "beta"], true)).await;
    assert!(
        html.contains(
            "1 of 2 found. The answer: Beta, Gamma. Missed: Gamma. Keep their path: Alpha."
        ),
        "{html}"
    );
    assert!(!html.contains("All correct"));
    assert!(tag_with(&html, "id=\"predict-alpha\"").contains("disabled"));
    assert!(html.contains("predict__option predict__option--wrong"));
    assert!(html.contains("</span> right</span>"), "{html}");
    assert!(html.contains("</span> missed</span>"));
    // The reasons are folded away behind the short answer.
    assert!(html.contains("<details class=\"predict__more\"><summary>Why, with sources</summary>"));
    assert!(html.contains("</span> wrong</span>"));
    // Why: the H20 import needs a licence (with its source); Gamma falls back to its stockpile.
    assert!(html.contains("H20, imported: needs a US licence"), "{html}");
    assert!(html.contains("Nvidia 8-K"));
    assert!(html.contains("Fallback: H800, from a stockpile"));
    // Alpha, the wrong pick, is shown the open main path it keeps.
    assert!(html.contains("keeps its main path"));
    assert!(html.contains("Ascend, bought at home"));
    assert!(html.contains(">Try again<"));
    // The answer in words, as story.toml states it.
    assert!(html.contains(
        "<p class=\"predict__answer-text\">Beta and Gamma: buying H20s now needs a licence.</p>"
    ));
}

#[tokio::test]
async fn only_ticked_choices_and_the_answer_are_marked() {
    // Alpha (wrong) and Beta (right) ticked: "Nobody loses", neither ticked nor the answer, is
    // not marked (a projector read "Nobody loses ✓ right" as part of the answer).
    let html = render::<PredictPanel>(predict_props(&["alpha", "beta"], true)).await;
    assert_eq!(html.matches("</span> right</span>").count(), 1, "{html}");
    let nobody = &html[html.find("for=\"predict-nobody\"").expect("nobody")..];
    let nobody = &nobody[..nobody.find("</li>").expect("end")];
    assert!(!nobody.contains("predict__verdict"), "{nobody}");
    assert!(tag_with(&html, "predict__option--nobody").contains("predict__option"));
}

#[tokio::test]
async fn show_answer_with_nothing_ticked_shows_the_answer_without_a_score() {
    let html = render::<PredictPanel>(predict_props(&[], true)).await;
    assert!(html.contains(">The answer: Beta, Gamma.<"), "{html}");
    for score in ["found", "Missed", "Keep their path", "All correct"] {
        assert!(!html.contains(score), "{score}: {html}");
    }
    // Beta and Gamma marked as the answer; Alpha and "Nobody loses" unmarked.
    assert_eq!(html.matches("</span> answer</span>").count(), 2, "{html}");
    assert_eq!(html.matches("predict__option--answer").count(), 2);
    for verdict in [
        "</span> right</span>",
        "</span> missed</span>",
        "</span> wrong</span>",
    ] {
        assert!(!html.contains(verdict), "{verdict}: {html}");
    }
}

#[tokio::test]
async fn picking_exactly_the_answer_is_all_correct() {
    let html = render::<PredictPanel>(predict_props(&["beta", "gamma"], true)).await;
    assert!(html.contains("2 of 2 found."));
    assert!(html.contains("All correct."));
    assert!(!html.contains("Missed:"));
}

#[tokio::test]
async fn a_step_without_a_question_renders_nothing() {
    let mut props = predict_props(&[], false);
    props.step = 1;
    assert_eq!(render::<PredictPanel>(props).await, "");
}

// --- Presenter bar ---

#[tokio::test]
async fn the_presenter_bar_offers_full_screen_the_keys_and_a_way_out() {
    let html = render::<PresenterBar>(PresenterBarProps {
        onexit: Callback::noop(),
        onshow: Some(Callback::noop()),
        onnewclass: Some(Callback::noop()),
        onnotes: Some(Callback::noop()),
        notes: false,
        onnoteswindow: Some(Callback::noop()),
        onqr: Some(Callback::noop()),
        qr: true,
    })
    .await;
    assert!(html.contains(">Show answer<"), "{html}");
    // The notes' own window: a glyph named for screen readers and as a tooltip, beside Teacher
    // notes (the bar stays one line at 1280 px).
    let window = tag_with(&html, "presenter-bar__notes-window");
    assert!(
        window.contains("title=\"Open notes in a new window\""),
        "{window}"
    );
    assert!(
        html.contains("<span class=\"visually-hidden\">Open notes in a new window</span>"),
        "{html}"
    );
    let notes = html.find("presenter-bar__notes\"").expect("Teacher notes");
    let window = html
        .find("presenter-bar__notes-window")
        .expect("the window's button");
    assert!(notes < window, "beside Teacher notes, after it");
    // The QR code's button says the panel is open and which element it opens.
    let qr = tag_with(&html, "presenter-bar__qr");
    assert!(
        qr.contains("aria-expanded=\"true\"") && qr.contains("aria-controls=\"qr-panel\""),
        "{qr}"
    );
    assert!(html.contains(">New class<"), "{html}");
    let fullscreen = tag_with(&html, "presenter-bar__fullscreen");
    assert!(fullscreen.contains("aria-pressed=\"false\""));
    // A glyph with its name for screen readers and as a tooltip (the bar's one line at 1280 px).
    assert!(fullscreen.contains("title=\"Full screen\""), "{fullscreen}");
    assert!(
        html.contains("<span class=\"visually-hidden\">Full screen</span>"),
        "{html}"
    );
    assert!(html.contains("Leave presenter view"));
    assert!(html.contains("<kbd>Home</kbd>"));
}

// --- Reducer actions ---

fn state() -> AppState {
    AppState::from_query(world(), "")
}

#[test]
fn stepping_sets_the_date_and_the_switches_the_timeline_implies() {
    let s = state().apply(Action::StepTo(1));
    assert_eq!(s.view.step, Some(1));
    assert_eq!(s.view.mode, Mode::Story, "stepping opens the story");
    assert_eq!(s.scenario().date, "2025-04-09");
    assert_eq!(s.scenario().on, set(&["h800-rule", "h20-licence"]));
    assert!(
        s.change.as_deref().is_some_and(|c| c.contains("Beta")),
        "the change sentence says who was hit: {:?}",
        s.change
    );
    let first = s.apply(Action::StepTo(0));
    assert_eq!(first.scenario().on, set(&["h800-rule"]));
    assert_eq!(first.scenario().date, "2023-10-23");
}

#[test]
fn keys_move_through_the_story_and_stop_at_its_ends() {
    let s = state().apply(Action::Step(StoryKey::Next));
    assert_eq!(s.view.step, Some(0), "the first Next starts the story");
    let s = s.apply(Action::Step(StoryKey::Next));
    assert_eq!(s.view.step, Some(1));
    let s = s.apply(Action::Step(StoryKey::Last));
    assert_eq!(s.view.step, Some(2));
    let s = s.apply(Action::Step(StoryKey::Next));
    assert_eq!(s.view.step, Some(2), "Next at the end stays");
    let s = s.apply(Action::Step(StoryKey::First));
    assert_eq!(s.view.step, Some(0));
    assert!(
        s.view.intro,
        "Home opens the start card, the story's first card"
    );
    let s = s.apply(Action::Step(StoryKey::Prev));
    assert_eq!(s.view.step, Some(0), "Back at the start stays");
    let s = s.apply(Action::StepTo(42));
    assert_eq!(s.view.step, Some(2), "out of range clamps to the last step");
}

#[test]
fn picks_toggle_until_revealed_and_reset_with_the_step() {
    let s = state().apply(Action::StepTo(0));
    let s = s
        .apply(Action::TogglePick("beta".into()))
        .apply(Action::TogglePick("alpha".into()))
        .apply(Action::TogglePick("alpha".into()))
        .apply(Action::TogglePick("zeta".into()));
    assert_eq!(
        s.picks,
        set(&["beta"]),
        "an unknown developer is not picked"
    );
    let s = s.apply(Action::Reveal);
    assert!(s.revealed);
    let s2 = s.apply(Action::TogglePick("gamma".into()));
    assert_eq!(s2.picks, set(&["beta"]), "picks are frozen once revealed");
    let retried = s.apply(Action::RetryPrediction);
    assert!(!retried.revealed && retried.picks.is_empty());
    let moved = s.apply(Action::StepTo(1));
    assert!(!moved.revealed && moved.picks.is_empty());
}

#[test]
fn a_reveal_needs_a_pick_unless_the_teacher_shows_the_answer() {
    let s = state().apply(Action::StepTo(0));
    assert!(
        !s.apply(Action::Reveal).revealed,
        "nothing ticked: no reveal"
    );
    assert!(
        s.apply(Action::ShowAnswer).revealed,
        "the teacher's Show answer"
    );
    // "Nobody" and the developers exclude each other.
    let s = s
        .apply(Action::TogglePick("beta".into()))
        .apply(Action::TogglePick("nobody".into()));
    assert_eq!(s.picks, set(&["nobody"]));
    let s = s.apply(Action::TogglePick("gamma".into()));
    assert_eq!(s.picks, set(&["gamma"]));
    assert!(s.apply(Action::Reveal).revealed);
}

#[test]
fn a_reveal_survives_next_and_back_until_a_new_class() {
    let s = state()
        .apply(Action::StepTo(0))
        .apply(Action::TogglePick("beta".into()))
        .apply(Action::Reveal);
    let back = s
        .apply(Action::Step(StoryKey::Next))
        .apply(Action::Step(StoryKey::Prev));
    assert_eq!(back.view.step, Some(0));
    assert!(back.revealed, "the reveal is still shown after Next, Back");
    assert_eq!(back.picks, set(&["beta"]));
    let fresh = back.apply(Action::StepTo(2)).apply(Action::NewClass);
    assert_eq!(fresh.view.step, Some(0), "a new class starts at the start");
    assert!(!fresh.revealed && fresh.picks.is_empty());
    assert!(fresh.answered.is_empty(), "every step's ticks are gone");
    let again = fresh.apply(Action::StepTo(1)).apply(Action::StepTo(0));
    assert!(!again.revealed, "and stay gone");
}

#[test]
fn modes_enter_and_leave_the_story() {
    let s = state().apply(Action::SetMode(Mode::Present));
    assert_eq!((s.view.mode, s.view.step), (Mode::Present, Some(0)));
    assert_eq!(s.scenario().date, "2023-10-23");
    let s = s
        .apply(Action::StepTo(2))
        .apply(Action::SetMode(Mode::Story));
    assert_eq!(s.view.step, Some(2), "changing layout keeps the step");
    let s = s.apply(Action::SetMode(Mode::Explore));
    assert_eq!(s.view.step, None);
    assert_eq!(
        s.scenario().date,
        "2025-12-31",
        "leaving keeps the scenario"
    );
}

// --- The link ---

#[test]
fn a_step_link_opens_at_that_step_with_its_switches() {
    let s = AppState::from_query(world(), "?mode=present&step=2");
    assert!(s.notices.is_empty(), "{:?}", s.notices);
    assert_eq!((s.view.mode, s.view.step), (Mode::Present, Some(1)));
    assert_eq!(s.scenario().date, "2025-04-09");
    assert_eq!(s.scenario().on, set(&["h800-rule", "h20-licence"]));

    let s = AppState::from_query(world(), "?mode=story");
    assert_eq!(s.view.step, Some(0), "the story starts at its first step");
    assert_eq!(s.scenario().date, "2023-10-23");

    // A link that also names a date keeps it: the reader had moved away from the step.
    let s = AppState::from_query(world(), "?mode=story&step=1&date=2025-12-31");
    assert_eq!(s.scenario().date, "2025-12-31");
}

#[test]
fn a_bad_step_or_mode_is_ignored_with_a_notice() {
    for query in [
        "?mode=story&step=4",
        "?mode=story&step=two",
        "?mode=story&step=-1",
        "?mode=slides",
        "?step=2",
    ] {
        let AppState { view, notices, .. } = AppState::from_query(world(), query);
        let expected = if query.starts_with("?mode=story") {
            (Mode::Story, Some(0)) // The story opens at its first step.
        } else {
            (Mode::Explore, None)
        };
        assert_eq!((view.mode, view.step), expected, "{query}");
        assert_eq!(notices.len(), 1, "{query}: {notices:?}");
    }
}

#[test]
fn the_link_written_for_a_step_reads_back_to_the_same_view() {
    let s = state()
        .apply(Action::SetMode(Mode::Present))
        .apply(Action::StepTo(1));
    let query = s.view.to_query(&s.world);
    assert!(
        query.contains("mode=present") && query.contains("step=2"),
        "{query}"
    );
    let back = AppState::from_query(world(), &query);
    assert!(back.notices.is_empty(), "{:?}", back.notices);
    assert_eq!(back.view, s.view);
}

// --- The whole explainer, opened from a classroom link ---

async fn explainer(query: &str) -> String {
    use chip_paths::app::{Explainer, ExplainerProps};
    render::<Explainer>(ExplainerProps {
        world: world(),
        query: Some(AttrValue::from(query.to_string())),
    })
    .await
}

#[tokio::test]
async fn a_presenter_link_lays_out_the_story_the_question_and_the_matrix() {
    let html = explainer("?mode=present&step=1").await;
    let root = tag_with(&html, "data-chip-paths-root");
    assert!(root.contains("cp--present"), "{root}");
    assert!(root.contains("data-mode=\"present\""));
    assert!(html.contains("Leave presenter view"));
    assert!(html.contains("Step 1 of 3"));
    assert!(html.contains("predict__prompt"), "step 1 asks its question");
    assert!(html.contains("class=\"matrix\""), "the matrix is there");
    assert!(
        !html.contains(">Classroom story<"),
        "no way into the story from inside it"
    );
}

// --- The teacher notes' own window (`?mode=notes`) ---

/// The notes window's status line (its text, tags removed).
fn following(html: &str) -> String {
    let tag = tag_with(html, "notes-window__follow");
    assert!(tag.contains("role=\"status\""), "a status region: {tag}");
    let at = html.find(tag).unwrap() + tag.len();
    html[at..at + html[at..].find("</p>").unwrap()].to_string()
}

#[tokio::test]
async fn the_notes_window_shows_the_notes_alone_with_the_presenters_step_marked() {
    let html = explainer("?mode=notes&step=1").await;
    let root = tag_with(&html, "data-chip-paths-root");
    assert!(
        root.contains("cp--notes") && root.contains("data-mode=\"notes\""),
        "{root}"
    );
    assert_eq!(
        following(&html),
        "Following step 1 of 3: The H800 is banned"
    );
    // The step's answer, marked as on the projector now; the others not.
    let now = tag_with(&html, "aria-current=\"step\"");
    assert!(
        now.contains("data-step=\"1\"") && now.contains("notes__answer--now"),
        "{now}"
    );
    assert_eq!(
        html.matches("aria-current=").count(),
        1,
        "one answer marked"
    );
    assert!(html.contains(">On the projector now<"));
    // The notes, whole, with the answer from the model; no warning: this window is the
    // teacher's own. Nothing of the projector's view.
    assert!(html.contains(">Teacher notes<") && html.contains(">A 20-minute lesson<"));
    assert!(
        html.contains("notes__names\">Beta, Gamma<"),
        "the model's answer"
    );
    for absent in [
        "notes-ask",
        "every question's answer on this screen",
        "presenter-bar",
        "class=\"matrix\"",
        "class=\"story",
        "switches",
    ] {
        assert!(
            !html.contains(absent),
            "{absent} is not in the notes window"
        );
    }
    // Its title and pickers, as every page of the widget has.
    assert!(html.contains("<h1 class=\"cp__title\""), "{html}");
}

#[tokio::test]
async fn the_notes_window_at_a_step_without_a_question_marks_nothing_as_now() {
    let html = explainer("?mode=notes&step=2").await;
    assert_eq!(
        following(&html),
        "Following step 2 of 3: The H20 needs a licence"
    );
    assert!(!html.contains("aria-current"), "step 2 asks nothing");
    assert!(
        !html.contains("notes__mark"),
        "no question comes after it either"
    );
    // At the start card, the first question is the next.
    let html = explainer("?mode=notes&step=0").await;
    assert_eq!(
        following(&html),
        "Following step 0 of 3: before the story starts\
         <span class=\"notes-window__next\">Next question: step 1.</span>"
    );
    assert!(!html.contains("aria-current"));
    let next = tag_with(&html, "notes__answer--next");
    assert!(next.contains("data-step=\"1\""), "{next}");
    assert!(html.contains(">Next question<"));
}

#[tokio::test]
async fn the_notes_window_without_a_step_waits_for_the_presenter() {
    let html = explainer("?mode=notes").await;
    assert!(
        following(&html).starts_with("Waiting for the presenter view"),
        "{}",
        following(&html)
    );
    assert!(!html.contains("aria-current") && !html.contains("notes__mark"));
    let s = AppState::from_query(world(), "?mode=notes");
    assert_eq!(s.view.step, None, "no step until the presenter says one");
}

#[tokio::test]
async fn the_notes_window_of_the_real_lesson_marks_the_next_question_between_questions() {
    use chip_paths::app::{Explainer, ExplainerProps};
    let html = render::<Explainer>(ExplainerProps {
        world: common::world_ref(),
        query: Some(AttrValue::from("?mode=notes&step=7")),
    })
    .await;
    let title = &common::world_ref().story[6].title;
    assert_eq!(
        following(&html),
        format!(
            "Following step 7 of 18: {title}\
             <span class=\"notes-window__next\">Next question: step 8.</span>"
        )
    );
    assert!(!html.contains("aria-current"), "step 7 asks nothing");
    let next = tag_with(&html, "notes__answer--next");
    assert!(
        next.contains("data-step=\"8\""),
        "the next question is step 8: {next}"
    );
}

#[test]
fn the_presenters_step_moves_the_notes_window_and_it_stays_the_notes() {
    // What the notes window dispatches for a step message (classroom.rs): 0 the start card.
    let s = AppState::from_query(world(), "?mode=notes&step=1");
    let moved = s.apply(Action::StepTo(2));
    assert_eq!(
        (moved.view.mode, moved.view.step, moved.view.intro),
        (Mode::Notes, Some(2), false)
    );
    let start = moved.apply(Action::Step(StoryKey::First));
    assert_eq!(
        (start.view.mode, start.view.step, start.view.intro),
        (Mode::Notes, Some(0), true)
    );
    assert!(
        start.view.to_query(&world()).contains("mode=notes&step=0"),
        "the link follows"
    );
}

#[tokio::test]
async fn the_ordinary_view_offers_the_story_and_shows_no_story_panel() {
    let html = explainer("").await;
    assert!(html.contains(">Classroom story<"));
    assert!(!html.contains("class=\"story\""));
    assert!(!html.contains("cp--present"));
    let story = explainer("?mode=story&step=3").await;
    assert!(story.contains("Step 3 of 3"));
    assert!(story.contains(">Presenter view<"));
    assert!(!story.contains("predict__prompt"), "step 3 asks nothing");
}

#[tokio::test]
async fn the_readers_bundle_links_into_the_story_keeping_the_view() {
    // The reader's bundle (built without the classroom) offers this link instead of the button.
    let world = world();
    let (view, _) = chip_paths::url::ViewState::parse("?theme=dark&embed=0", &world);
    let html = render_view(chip_paths::components::classroom::story_link(&world, &view)).await;
    let link = tag_with(&html, "class=\"button\"");
    assert!(
        link.starts_with("<a "),
        "a link, which loads the classroom bundle: {link}"
    );
    assert!(
        link.contains("href=\"?theme=dark&amp;mode=story\""),
        "{link}"
    );
    assert!(html.contains(">Classroom story</a>"));
}

// --- The reveal, marked in the matrix ---

#[tokio::test]
async fn a_revealed_answer_marks_the_changed_cells_in_the_matrix() {
    use chip_paths::components::outcome_matrix::{CellMark, OutcomeMatrix, OutcomeMatrixProps};
    use chip_paths::model::evaluate;
    use std::rc::Rc;
    let world = world();
    let result = reveal(&world, 0).expect("step 1 asks");
    // The marks the classroom hands the matrix: the model's losses, nothing else.
    let marks: Vec<CellMark> = result
        .losses
        .iter()
        .map(|l| CellMark {
            developer: l.developer.clone(),
            workload: result.question.workload,
            before: l.before,
            after: l.after,
        })
        .collect();
    let scenario = chip_paths::model::story::step_scenario(&world, 0).expect("step 1");
    let html = render::<OutcomeMatrix>(OutcomeMatrixProps {
        world: world.clone(),
        marks: Rc::new(marks),
        evaluation: Rc::new(evaluate(&world, &scenario)),
        selected: None,
        onselect: Callback::noop(),
        compact: false,
        only: None,
        details: None,
        record: None,
    })
    .await;
    // Beta and Gamma's inference cells change; Alpha's does not.
    assert_eq!(html.matches("matrix__cell--changed").count(), 2, "{html}");
    assert!(html.contains(
        "<span class=\"matrix__was\">Open →</span> <span class=\"status status--blocked\">"
    ));
    // Both lose their H20 import, Open → Blocked, and each cell says so.
    assert_eq!(html.matches("matrix__was").count(), 2);
}

// --- The lesson: start card, closing card, glossary ---

#[test]
fn step_zero_is_the_start_card_before_step_one() {
    let s = AppState::from_query(world(), "?mode=present&step=0");
    assert!(s.view.intro, "step=0 opens the start card");
    assert_eq!(s.view.step, Some(0));
    assert!(
        s.view.to_query(&s.world).contains("step=0"),
        "and links back to it"
    );
    let first = s.apply(Action::Step(StoryKey::Next));
    assert!(
        !first.view.intro && first.view.step == Some(0),
        "Next starts the story"
    );
    assert!(first.view.to_query(&first.world).contains("step=1"));
    let back = first.apply(Action::Step(StoryKey::Prev));
    assert!(
        back.view.intro,
        "Back from step 1 returns to the start card"
    );
    let home = first
        .apply(Action::StepTo(2))
        .apply(Action::Step(StoryKey::First));
    assert!(
        home.view.intro && home.view.to_query(&home.world).contains("step=0"),
        "Home returns to the start card, as ?mode=present&step=0 opens it"
    );
    let later = first.apply(Action::StepTo(2)).apply(Action::NewClass);
    assert!(later.view.intro, "New class returns to the start card");
}

#[tokio::test]
async fn the_start_card_and_the_closing_card_say_the_lessons_words() {
    use chip_paths::components::lesson::{CLOSING_TITLE, QUESTIONS, START_TITLE, TAKEAWAYS, TRY};
    let start = explainer("?mode=present&step=0").await;
    assert!(start.contains(START_TITLE), "{start}");
    assert!(start.contains("Start the story"));
    assert!(
        start.contains("Alpha, Beta, Gamma, Delta"),
        "the developers, from the data"
    );
    assert!(
        start.contains("<summary class=\"term__name\">Open</summary>"),
        "{start}"
    );
    // The cells' "modelled" mark is explained before the first step shows one (audit9 T1).
    assert!(
        start.contains("<summary class=\"term__name\">Modelled</summary>"),
        "{start}"
    );
    let end = explainer("?mode=story&step=3").await;
    assert!(end.contains(CLOSING_TITLE));
    assert_eq!(TAKEAWAYS.len(), 3);
    assert_eq!(QUESTIONS.len(), 2);
    for line in TAKEAWAYS.iter().chain(QUESTIONS) {
        assert!(
            end.contains(&line.replace('\'', "&#39;")) || end.contains(line),
            "{line}"
        );
    }
    assert!(end.contains(TRY));
    let middle = explainer("?mode=story&step=2").await;
    assert!(!middle.contains(CLOSING_TITLE), "only the last step closes");
}

/// A step's new word is a button in its caption, with the glossary's explanation folded after
/// it (`aria-expanded`, `aria-controls`), the rest of the caption unchanged around it.
#[tokio::test]
async fn a_new_word_is_explained_in_place_where_the_caption_uses_it() {
    use chip_paths::components::lesson::{first_use, with_terms, GLOSSARY};
    let entry = GLOSSARY
        .iter()
        .position(|(t, _, _)| *t == "Entity List")
        .expect("in the glossary");
    let text = "Zhipu joins the US Entity List: no US chips.";
    assert_eq!(first_use(text, GLOSSARY[entry].1), Some((19, 30)));
    let (html, left) = with_terms(text, &[entry], "caption");
    assert!(left.is_empty());
    let shown = render_view(html).await;
    assert!(shown.starts_with("Zhipu joins the US "), "{shown}");
    assert!(shown.contains("aria-expanded=\"false\""), "{shown}");
    assert!(
        shown.contains(&format!("aria-controls=\"term-caption-{entry}\"")),
        "{shown}"
    );
    assert!(
        shown.contains(">Entity List<"),
        "the word as the text has it: {shown}"
    );
    assert!(
        shown.contains(&format!("id=\"term-caption-{entry}\"")),
        "{shown}"
    );
    assert!(shown.contains("hidden"), "folded at first: {shown}");
    assert!(shown.contains(": no US chips."), "{shown}");
    // A word the text does not use is handed on, not lost.
    let other = GLOSSARY
        .iter()
        .position(|(t, _, _)| *t == "H20")
        .expect("H20");
    assert_eq!(with_terms(text, &[other], "caption").1, vec![other]);
}

#[test]
fn each_glossary_word_is_explained_once_where_it_is_first_used() {
    use chip_paths::components::lesson::{first_used_at, uses, GLOSSARY};
    assert!(uses("The H20 needs a licence", &["h20"]));
    assert!(!uses("reopened", &["open"]), "whole words only");
    let world = common::world();
    let mut seen = vec![0; GLOSSARY.len()];
    for step in 0..world.story.len() {
        for entry in first_used_at(world, step) {
            seen[entry] += 1;
        }
    }
    assert!(seen.iter().all(|&n| n <= 1), "{seen:?}");
    // The story's own words are all explained somewhere: the H20 and the Entity List at least,
    // and "Hopper GPUs" (audit9 T5), which the 16 Jan 2025 caption uses.
    for term in ["H20", "Entity List", "Stockpile", "Licence", "Hopper"] {
        let i = GLOSSARY
            .iter()
            .position(|(t, _, _)| *t == term)
            .expect("in the glossary");
        assert_eq!(seen[i], 1, "{term} is explained at its first use");
    }
}

/// A word a student meets in a step's box ("Because of this event: …", "Meanwhile: …") is
/// explained there or earlier, as one met in the caption is: the first step's box names the
/// Entity List, a later one a "fallback" (walk10, 2026-12-04; the box was not read before).
#[test]
fn a_glossary_word_in_a_steps_box_is_explained_by_then() {
    use chip_paths::components::lesson::{first_used_at, uses, Words, GLOSSARY, START_TERMS};
    use chip_paths::model::story::step_story;
    let world = common::world();
    let words = Words::current();
    let mut explained_by = vec![None; GLOSSARY.len()];
    for step in 0..world.story.len() {
        for entry in first_used_at(world, step) {
            explained_by[entry].get_or_insert(step);
        }
    }
    let mut checked = 0;
    for step in 0..world.story.len() {
        let told = step_story(world, step).expect("a step's box");
        let boxed = format!("{} {}", told.because_text, told.meanwhile_text);
        for (entry, (term, _, _)) in GLOSSARY.iter().enumerate() {
            if START_TERMS.contains(term) || !uses(&boxed, &words.matches(entry)) {
                continue;
            }
            checked += 1;
            assert!(
                explained_by[entry].is_some_and(|at| at <= step),
                "{term} is in step {}'s box but explained at {:?}",
                step + 1,
                explained_by[entry].map(|at| at + 1)
            );
        }
    }
    assert!(checked > 0, "the boxes use glossary words");
}

/// The notes' answer to every question of the real story is the one the reveal shows: both
/// rendered, the notes' names compared with the reveal's "The answer: …" (or "Nobody …").
#[tokio::test]
async fn the_teacher_notes_answer_each_question_as_the_reveal_does() {
    use chip_paths::components::lesson::teacher_notes;
    use chip_paths::model::story::NOBODY;
    let world = common::world_ref();
    let notes = render_view(teacher_notes(&world)).await;
    for (heading, _) in [
        ("A 20-minute lesson", 0),
        ("Common misconceptions", 1),
        ("Background for the teacher", 2),
        ("Discussion prompts", 3),
        ("Giving groups different scenarios", 4),
    ] {
        assert!(notes.contains(heading), "{heading}");
    }
    let mut asked = 0;
    for step in 0..world.story.len() {
        let Some(result) = reveal(&world, step) else {
            continue;
        };
        asked += 1;
        // What the notes say, for this step.
        let at = notes
            .find(&format!("data-step=\"{}\"", step + 1))
            .unwrap_or_else(|| panic!("the notes answer step {}", step + 1));
        let names = &notes[at..];
        let names = &names[names.find("notes__names\">").expect("names") + 14..];
        let names = &names[..names.find('<').expect("end")];
        // What the reveal shows, when the students ticked exactly the answer.
        let mut picks: Vec<DeveloperId> = result.answer();
        if picks.is_empty() {
            picks.push(NOBODY.into());
        }
        let props = PredictPanelProps {
            world: world.clone(),
            step,
            picks: picks.into_iter().collect(),
            revealed: true,
            ontoggle: Callback::noop(),
            onreveal: Callback::noop(),
            onretry: Callback::noop(),
            prompt: None,
        };
        let shown = render::<PredictPanel>(props).await;
        let expected = if names == "Nobody" {
            "Nobody loses their path.".to_string()
        } else {
            format!("The answer: {names}.")
        };
        assert!(
            shown.contains(&expected),
            "step {}: notes say {names:?}, the reveal shows {shown}",
            step + 1
        );
    }
    assert!(asked >= 2);
}
