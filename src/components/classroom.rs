//! classroom: what the story and presenter modes add to the explainer's page — the story step
//! with its question, the presenter bar, the keys, and the buttons between the modes.
//!
//! The classroom is its own wasm bundle (the `classroom` feature; docs/size.md): a news reader's
//! page never loads its code. web/loader.js picks that bundle for `?mode=story|present`. The
//! reader's bundle offers a plain link into the story instead, which loads it.

use crate::components::outcome_matrix::CellMark;
use crate::model::i18n::msg;
use crate::state::AppState;
use crate::state::WorldRef;
use crate::url::{Mode, ViewState};
use std::rc::Rc;
use yew::prelude::*;

/// The classroom's pieces of the page, each empty where it has nothing to show.
pub struct ClassroomView {
    /// Above everything, in presenter mode.
    pub bar: Html,
    /// In the header: the ways into and out of the story and the presenter view.
    pub tools: Html,
    /// The story step and its question, shown instead of the headline.
    pub story: Option<Html>,
    /// The matrix cells a revealed answer changes ("Open → Limited").
    pub marks: Rc<Vec<CellMark>>,
    /// The teacher notes' own window (`?mode=notes`): the page instead of the explainer's.
    pub page: Option<Html>,
    /// Story mode: the button that folds the switches away on a phone (present.css shows it
    /// only there), and whether they are folded. The step sets the switches, so on a phone's
    /// one screen the question, the matrix and Reveal come first.
    pub switches_fold: Html,
    pub switches_folded: bool,
}

/// The link into the story from the reader's bundle: the same view, in story mode. A link, not
/// a button: following it loads the classroom bundle.
pub fn story_link(world: &WorldRef, view: &ViewState) -> Html {
    let story = ViewState {
        mode: Mode::Story,
        ..view.clone()
    };
    html! {
        <a class="button" href={story.to_query(world)}>{ msg::classroom_story() }</a>
    }
}

#[cfg(not(feature = "classroom"))]
#[hook]
pub fn use_classroom(world: &WorldRef, state: &UseReducerHandle<AppState>) -> ClassroomView {
    ClassroomView {
        bar: Html::default(),
        tools: story_link(world, &state.view),
        story: None,
        marks: Rc::default(),
        page: None,
        switches_fold: Html::default(),
        switches_folded: false,
    }
}

#[cfg(feature = "classroom")]
#[hook]
pub fn use_classroom(world: &WorldRef, state: &UseReducerHandle<AppState>) -> ClassroomView {
    use crate::components::notes_window::{
        link_step, notes_page, open_notes_window, use_notes_follow, use_notes_lead,
        use_scroll_to_now,
    };
    use crate::components::worksheet::Sheet;
    use crate::components::{
        predict_panel::PredictPanel,
        presenter_bar::PresenterBar,
        story_keys::use_story_keys,
        story_panel::{meanwhile, story_panel},
    };
    use crate::state::{tells_story, Action, StoryKey};

    let view = &state.view;
    // The teacher notes' own window: the notes alone, following the presenter view's step (its
    // keys step nothing: the step is the presenter's).
    let notes_window = view.mode == Mode::Notes;
    let story_mode = tells_story(view.mode) && !notes_window;
    // The reducer's dispatcher is stable, so the key listener set up once keeps working.
    let dispatcher = state.dispatcher();
    use_story_keys(story_mode, dispatch_with(&dispatcher, Action::Step));
    let story_step = view.step.filter(|_| story_mode);
    let present = view.mode == Mode::Present;
    // The step as a link numbers it (0: the start card): what the presenter view says on the
    // channel to the notes' window, and what that window follows.
    let at = link_step(view.step, view.intro);
    let steps = world.story.len();
    use_notes_lead(present && at.is_some(), at.unwrap_or(0), steps);
    use_notes_follow(
        notes_window,
        steps,
        dispatch_with(&dispatcher, |step: usize| match step {
            0 => Action::Step(StoryKey::First),
            step => Action::StepTo(step - 1),
        }),
    );
    use_scroll_to_now(notes_window, at, world.clone());
    // The teacher notes, closed, asked about or open: the teacher's own view, not part of the
    // link.
    let notes = use_state(|| Notes::Closed);
    // Where focus goes once the notes' change is on screen: the notes when shown, the Teacher
    // notes button when the warning closes (the warning's buttons leave the page with it, and
    // focus would fall to the page's body).
    let notes_focus = use_mut_ref(|| None::<&'static str>);
    {
        let notes_focus = notes_focus.clone();
        use_effect_with(*notes, move |_| {
            if let Some(selector) = notes_focus.borrow_mut().take() {
                focus_first(selector);
            }
        });
    }
    // Esc closes the warning, wherever focus is (it opens from the bar, its buttons are after it).
    {
        let (notes, notes_focus) = (notes.clone(), notes_focus.clone());
        let asking = *notes == Notes::Asking;
        use_effect_with(asking, move |asking| {
            let listener = asking.then(|| {
                on_escape(Callback::from(move |()| {
                    *notes_focus.borrow_mut() = Some(NOTES_BUTTON);
                    notes.set(Notes::Closed);
                }))
            });
            move || drop(listener)
        });
    }
    // The QR code, shown or not: the teacher's own view too.
    let qr = use_state(bool::default);
    // The browser refused the notes' window (a pop-up blocker): a one-line notice says so.
    let refused = use_state_eq(bool::default);
    // The worksheet or the answer key, open or not (story mode): the teacher's own view.
    let sheet = use_state(|| None::<crate::components::worksheet::Sheet>);
    // The phone's switches, shown or folded: the student's own view, not part of the link.
    let switches_shown = use_state_eq(bool::default);

    let bar = if present {
        let asks = story_step
            .and_then(|step| world.story.get(step))
            .is_some_and(|step| step.question.is_some());
        let onshow =
            (asks && !state.revealed).then(|| dispatch_with(&dispatcher, |()| Action::ShowAnswer));
        // The notes and the QR code share the row under the bar: opening one closes the other.
        let onnotes = {
            let (notes, qr, refused) = (notes.clone(), qr.clone(), refused.clone());
            Callback::from(move |()| {
                qr.set(false);
                refused.set(false);
                // The notes show every answer, on the projector: ask first.
                notes.set(match *notes {
                    Notes::Closed => Notes::Asking,
                    Notes::Asking | Notes::Open => Notes::Closed,
                })
            })
        };
        let onqr = {
            let (notes, qr, refused) = (notes.clone(), qr.clone(), refused.clone());
            Callback::from(move |()| {
                notes.set(Notes::Closed);
                refused.set(false);
                qr.set(!*qr)
            })
        };
        // The notes in a window of their own, at this step, in this language and theme; the
        // warning-first notes stay for a teacher with one screen.
        let onnoteswindow = {
            let refused = refused.clone();
            let notes_view = ViewState {
                mode: Mode::Notes,
                step: view.step,
                intro: view.intro,
                lang: view.lang,
                theme: view.theme,
                ..ViewState::default()
            };
            let query = notes_view.to_query(world);
            Callback::from(move |()| refused.set(!open_notes_window(&query)))
        };
        // The students' link: this step in story mode (the presenter's own controls, such as
        // Show answer, are the teacher's), read from the page's address only while shown.
        let qr_panel = qr.then(|| {
            let story = ViewState {
                mode: Mode::Story,
                ..view.clone()
            };
            let query = story.to_query(world);
            match crate::components::embed_dialog::current_page_url(Some(
                query.trim_start_matches('?'),
            )) {
                Ok(link) => crate::components::qr_code::qr_panel(&link),
                Err(message) => html! { <p class="qr-figure__error">{ message }</p> },
            }
        });
        html! {
            <>
                <PresenterBar onexit={dispatch_with(&dispatcher, |()| Action::SetMode(Mode::Story))}
                    {onshow} onnewclass={dispatch_with(&dispatcher, |()| Action::NewClass)}
                    onnotes={Some(onnotes)} notes={*notes != Notes::Closed} onnoteswindow={Some(onnoteswindow)}
                    onqr={Some(onqr)} qr={*qr} />
                if *refused {
                    <p class="notes-refused" role="alert">{ msg::notes_window_refused() }</p>
                }
                { match *notes {
                    Notes::Open => crate::components::lesson::teacher_notes(world),
                    Notes::Asking => notes_ask(&notes, &notes_focus),
                    Notes::Closed => Html::default(),
                } }
                { qr_panel.unwrap_or_default() }
            </>
        }
    } else if let Some(which) = (*sheet).filter(|_| story_step.is_some()) {
        let onclose = {
            let sheet = sheet.clone();
            Callback::from(move |_: MouseEvent| sheet.set(None))
        };
        crate::components::worksheet::sheet(world, which, onclose)
    } else {
        Html::default()
    };
    let tools = if present {
        // The presenter bar has the way out.
        Html::default()
    } else if story_step.is_some() {
        html! {
            <>
                <button type="button" class="button" onclick={dispatch_with(&dispatcher, |_: MouseEvent| Action::SetMode(Mode::Present))}>{ msg::story_presenter_view() }</button>
                <button type="button" class="button button--quiet" onclick={dispatch_with(&dispatcher, |_: MouseEvent| Action::SetMode(Mode::Explore))}>{ msg::story_leave() }</button>
                { sheet_button(&sheet, Sheet::Worksheet, msg::sheet_worksheet()) }
                { sheet_button(&sheet, Sheet::AnswerKey, msg::sheet_answer_key()) }
            </>
        }
    } else {
        html! {
            <button type="button" class="button" onclick={dispatch_with(&dispatcher, |_: MouseEvent| Action::SetMode(Mode::Story))}>{ msg::classroom_story() }</button>
        }
    };
    // The step's box: three evaluations, kept while the step stays.
    let told = use_memo((world.clone(), story_step), |(world, step)| {
        step.and_then(|step| crate::model::story::step_story(world, step))
    });
    // The step's new words: every step's text up to it, boxes included (a box takes three
    // evaluations), so kept while the step stays.
    let step_words = use_memo((world.clone(), story_step), |(world, step)| {
        step.map_or(Vec::new(), |step| {
            crate::components::lesson::first_used_at(world, step)
        })
    });
    // The reader's own switch moves are said beside the step's box, while the view differs from
    // the step's.
    let own_change = story_step
        .and_then(|step| crate::model::story::step_scenario(world, step))
        .filter(|scenario| scenario != state.scenario())
        .and(state.change.as_ref());
    // The legend pinned to the matrix: the statuses the reader's legend explains.
    let on_record = use_memo(world.clone(), |world| {
        crate::model::evaluate::statuses_on_record(world)
    });
    let shown = crate::components::status_badge::legend_statuses(&on_record, &state.evaluation());
    let modelled = crate::components::outcome_matrix::shows_modelled(
        &state.evaluation(),
        &crate::model::Workload::ALL,
    );
    let story = story_step.map(|step| {
        use crate::components::lesson::{
            closing_card, glossary_terms, matrix_legend, start_card, uses, with_terms,
            Words,
        };
        let words = Words::current();
        if view.intro {
            let onstart = dispatch_with(&dispatcher, |_: MouseEvent| Action::StepTo(0));
            return html! { <div class="cp__story">{ start_card(world, onstart) }</div> };
        }
        let last = step + 1 >= world.story.len();
        // The step's new words, explained where the caption, else the question, first uses
        // them; a word only the title or the box uses is listed under the box.
        let new_words: &[usize] = &step_words;
        let in_caption = world.story.get(step).map_or(Vec::new(), |s| {
            new_words.iter().copied().filter(|&i| uses(&s.caption, &words.matches(i))).collect()
        });
        let caption = world.story.get(step).map(|s| with_terms(&s.caption, &in_caption, "caption").0);
        let prompt = world.story.get(step).and_then(|s| s.question.as_ref()).map_or("", |q| q.prompt.as_str());
        let in_prompt: Vec<usize> = new_words.iter().copied()
            .filter(|&i| !in_caption.contains(&i) && uses(prompt, &words.matches(i))).collect();
        let title_only: Vec<usize> = new_words.iter().copied()
            .filter(|i| !in_caption.contains(i) && !in_prompt.contains(i)).collect();
        let extra = glossary_terms(&title_only, msg::new_words());
        let prompt = (!prompt.is_empty()).then(|| with_terms(prompt, &in_prompt, "prompt").0);
        // The presenter view, at a step without a question: "Meanwhile" leaves the step's box
        // for the room under the legend (present.css puts it there), so the longest steps fit
        // a 1024×768 projector at 20 px. In the page it follows the step's own text, so a screen
        // reader still reads the step whole before the legend. A question's form fills the right
        // column, and at the last step the closing card does: there the box stays whole.
        let asks = world.story.get(step).is_some_and(|s| s.question.is_some());
        let apart = told.as_ref().as_ref().filter(|_| present && !asks && !last);
        html! {
            <div class="cp__story">
                { story_panel(world, step, told.as_ref().as_ref(), own_change, caption, extra, apart.is_some(), &dispatch_with(&dispatcher, Action::StepTo)) }
                if let Some(told) = apart {
                    <div class="story__box story__box--apart">{ meanwhile(told) }</div>
                }
                // The closing card follows the last step (beside it, in the presenter view).
                if last {
                    { closing_card(dispatch_with(&dispatcher, |_: MouseEvent| Action::SetMode(Mode::Explore))) }
                }
                <PredictPanel world={world.clone()} {step} {prompt} picks={state.picks.clone()}
                    revealed={state.revealed} ontoggle={dispatch_with(&dispatcher, Action::TogglePick)}
                    onreveal={dispatch_with(&dispatcher, |()| Action::Reveal)} onretry={dispatch_with(&dispatcher, |()| Action::RetryPrediction)} />
                { matrix_legend(&shown, modelled) }
            </div>
        }
    });
    // The reveal's changes, marked in the matrix: the question's switch moved, who gets worse.
    let revealed_step = story_step.filter(|_| state.revealed);
    let marks = use_memo((world.clone(), revealed_step), |(world, step)| {
        step.and_then(|step| crate::model::story::reveal(world, step))
            .map(|result| {
                result
                    .losses
                    .iter()
                    .map(|loss| CellMark {
                        developer: loss.developer.clone(),
                        workload: result.question.workload,
                        before: loss.before,
                        after: loss.after,
                    })
                    .collect::<Vec<CellMark>>()
            })
            .unwrap_or_default()
    });
    // Story mode, not the presenter view (whose screen has room): a disclosure for the switches,
    // which present.css shows only on a phone.
    let switches_fold = if story_step.is_some() && !present && !view.intro {
        let shown = *switches_shown;
        let ontoggle = {
            let switches_shown = switches_shown.clone();
            Callback::from(move |_: MouseEvent| switches_shown.set(!shown))
        };
        html! {
            <button type="button" class="button button--quiet story__switches-fold"
                aria-expanded={if shown { "true" } else { "false" }} aria-controls="switches"
                onclick={ontoggle}>
                { if shown { msg::story_hide_policies() } else { msg::story_show_policies() } }
            </button>
        }
    } else {
        Html::default()
    };
    ClassroomView {
        bar,
        tools,
        story,
        marks: marks.clone(),
        page: notes_window.then(|| notes_page(world, at)),
        switches_fold,
        switches_folded: story_step.is_some() && !present && !*switches_shown,
    }
}

/// The teacher notes in the presenter view: they show every answer on the screen the class
/// sees, so "Teacher notes" first says so and waits for a second, deliberate choice.
#[cfg(feature = "classroom")]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Notes {
    Closed,
    /// The warning, with "Show the notes and answers" and "Not now".
    Asking,
    Open,
}

/// The presenter bar's Teacher notes button, where focus returns when the warning closes.
#[cfg(feature = "classroom")]
const NOTES_BUTTON: &str = ".presenter-bar__notes";

/// The notes (or the warning): both are `#teacher-notes`, the button's `aria-controls`.
#[cfg(feature = "classroom")]
const NOTES: &str = "#teacher-notes";

/// The warning before the notes open (in the notes' place, so `aria-controls` finds it).
/// "Show the notes and answers" moves focus to the notes, "Not now" (and Esc) back to the
/// Teacher notes button.
#[cfg(feature = "classroom")]
fn notes_ask(
    notes: &UseStateHandle<Notes>,
    notes_focus: &Rc<std::cell::RefCell<Option<&'static str>>>,
) -> Html {
    let set = |to: Notes| {
        let (notes, notes_focus) = (notes.clone(), notes_focus.clone());
        let focus = if to == Notes::Open {
            NOTES
        } else {
            NOTES_BUTTON
        };
        Callback::from(move |_: MouseEvent| {
            *notes_focus.borrow_mut() = Some(focus);
            notes.set(to)
        })
    };
    html! {
        <section class="notes-ask" id="teacher-notes" aria-labelledby="notes-ask-text">
            <p id="notes-ask-text">{ msg::notes_ask() }</p>
            <button type="button" class="button button--primary" onclick={set(Notes::Open)}>{ msg::notes_ask_show() }</button>
            <button type="button" class="button" onclick={set(Notes::Closed)}>{ msg::notes_ask_cancel() }</button>
        </section>
    }
}

/// Focuses the page's first element matching `selector`, if there is one.
#[cfg(feature = "classroom")]
fn focus_first(selector: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let element = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector(selector).ok().flatten())
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(element) = element {
            let _ = element.focus();
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = selector;
}

/// Calls `onescape` at each Esc pressed on the page (unmodified, not in an input method's
/// composition), until the returned listener is dropped.
#[cfg(all(feature = "classroom", target_arch = "wasm32"))]
fn on_escape(onescape: Callback<()>) -> Option<gloo_events::EventListener> {
    use wasm_bindgen::JsCast;
    let document = web_sys::window()?.document()?;
    Some(gloo_events::EventListener::new(
        &document,
        "keydown",
        move |event| {
            let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                return;
            };
            let modified =
                event.ctrl_key() || event.alt_key() || event.meta_key() || event.shift_key();
            if event.key() == "Escape" && !modified && !event.is_composing() {
                onescape.emit(());
            }
        },
    ))
}

/// Outside a browser there are no keys.
#[cfg(all(feature = "classroom", not(target_arch = "wasm32")))]
fn on_escape(_onescape: Callback<()>) -> Option<gloo_events::EventListener> {
    None
}

/// A button that opens the sheet `which` (or closes it when it is open).
#[cfg(feature = "classroom")]
fn sheet_button(
    sheet: &UseStateHandle<Option<crate::components::worksheet::Sheet>>,
    which: crate::components::worksheet::Sheet,
    label: &'static str,
) -> Html {
    let open = **sheet == Some(which);
    let onclick = {
        let sheet = sheet.clone();
        Callback::from(move |_: MouseEvent| sheet.set((!open).then_some(which)))
    };
    html! {
        <button type="button" class="button button--quiet story__sheet-button" aria-expanded={if open { "true" } else { "false" }}
            aria-controls="sheet" {onclick}>{ label }</button>
    }
}

/// A callback that dispatches the action its input makes.
#[cfg(feature = "classroom")]
fn dispatch_with<T: 'static>(
    dispatcher: &UseReducerDispatcher<AppState>,
    action: fn(T) -> crate::state::Action,
) -> Callback<T> {
    let dispatcher = dispatcher.clone();
    Callback::from(move |input| dispatcher.dispatch(action(input)))
}
