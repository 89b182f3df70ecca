//! classroom: the teacher notes in a window of their own (`?mode=notes`), on the teacher's
//! screen while the projector shows the presenter view (docs/classroom.md, "Teacher notes on
//! the teacher's own screen").
//!
//! The two windows talk over `BroadcastChannel("chip-paths-classroom")`, which the browser
//! limits to pages of one origin (no `postMessage` to `window.opener`: that would need origin
//! checks, and a reloaded notes window has no opener). The presenter view says its step at
//! every change, and again when a notes window says hello (on opening or reloading). Messages
//! are JSON objects; the notes window reads them with `notes_message`, a pure function, and
//! ignores anything else without a word: the channel is same-origin, so a bad message is a bug
//! or another tab of an older version, not an attack.

use crate::model::i18n::msg;
use crate::model::World;
use yew::prelude::*;

/// The channel both windows open.
pub const CHANNEL: &str = "chip-paths-classroom";
/// The notes window's name: the bar's button opens (or reuses) this window.
pub const WINDOW_NAME: &str = "chip-paths-notes";
/// The version of the messages; a message of another version is ignored.
const VERSION: u32 = 1;
/// The version as stringify writes it.
const VERSION_TEXT: &str = "1";
/// Longest message text read (the longest valid one is under 40 bytes).
const MAX_MESSAGE: usize = 256;

/// What the presenter view and a notes window say on the channel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotesMessage {
    /// `{"v":1,"kind":"hello"}`: a notes window has opened or reloaded; the presenter view
    /// answers with its step.
    Hello,
    /// `{"v":1,"kind":"step","step":N}`: the presenter view shows step N, numbered as a link
    /// numbers it (`?step=N`): 0 is the "Before we start" card, 1 to the story's length its
    /// steps.
    Step(usize),
}

impl NotesMessage {
    /// The message as JSON text (posted as the object it parses to).
    pub fn to_json(self) -> String {
        match self {
            NotesMessage::Hello => format!("{{\"v\":{VERSION},\"kind\":\"hello\"}}"),
            NotesMessage::Step(step) => {
                format!("{{\"v\":{VERSION},\"kind\":\"step\",\"step\":{step}}}")
            }
        }
    }
}

/// Reads a message, as the JSON text `JSON.stringify` gives it (the wasm side stringifies
/// whatever arrived), for a story of `steps` steps. Accepted only if it is an object with
/// exactly the fields of one kind, `v` is 1, `kind` is `hello` or `step`, and `step` is an
/// integer from 0 to `steps`; anything else (a string, a number out of range, a float, extra,
/// repeated or missing fields, another version, text too long) is `None`. Never panics.
///
/// By hand, not with serde_json: a JSON value's parser (floats and all) cost the classroom's
/// wasm about 8 KB gzip, measured (docs/size.md). It reads stringify's own form (no spaces,
/// every quote inside a string escaped) and splits it at every comma, each field at its first
/// colon: no value it accepts (`1`, `"hello"`, `"step"`, digits) holds either, so whatever it
/// accepts is exactly one of ours, and a string holding a comma or colon breaks into fields it
/// refuses.
pub fn notes_message(json: &str, steps: usize) -> Option<NotesMessage> {
    if json.len() > MAX_MESSAGE {
        return None;
    }
    let body = json.strip_prefix('{')?.strip_suffix('}')?;
    let (mut v, mut kind, mut step) = (None, None, None);
    for field in body.split(',') {
        let (key, value) = field.split_once(':')?;
        let slot = match key {
            "\"v\"" => &mut v,
            "\"kind\"" => &mut kind,
            "\"step\"" => &mut step,
            _ => return None,
        };
        if slot.replace(value).is_some() {
            return None; // A field twice.
        }
    }
    if v? != VERSION_TEXT {
        return None;
    }
    match (kind?, step) {
        ("\"hello\"", None) => Some(NotesMessage::Hello),
        ("\"step\"", Some(step)) => {
            // Digits only (no sign, point or exponent), without a leading zero, as stringify
            // writes an integer; short, so the number cannot overflow.
            let digits = step.len() <= 4
                && step.bytes().all(|b| b.is_ascii_digit())
                && (step == "0" || !step.starts_with('0'));
            let step: usize = step.parse().ok().filter(|_| digits)?;
            (step <= steps).then_some(NotesMessage::Step(step))
        }
        _ => None,
    }
}

/// The step a view shows, as a link numbers it (0: the start card), if it shows one.
pub fn link_step(step: Option<usize>, intro: bool) -> Option<usize> {
    step.map(|step| if intro { 0 } else { step + 1 })
}

/// The notes window's page below the header: the line that says which step it follows (a
/// status region, so a screen reader hears the step change) and the notes, with that step's
/// answer marked. `at`: the step as a link numbers it; `None` until the presenter view has said.
pub fn notes_page(world: &World, at: Option<usize>) -> Html {
    let total = world.story.len().to_string();
    let following = match at {
        None => msg::notes_waiting().to_string(),
        Some(0) => msg::notes_following_start(&total),
        Some(n) => msg::notes_following(
            &n.to_string(),
            &total,
            world.story.get(n - 1).map_or("", |s| s.title.as_str()),
        ),
    };
    // Between questions (14 of the 18 steps), which question comes next: its answer is marked
    // "Next question" further down, where the notes are not scrolled to.
    let asks = |n: usize| n >= 1 && world.story.get(n - 1).is_some_and(|s| s.question.is_some());
    let next = at.filter(|&at| !asks(at)).and_then(|at| {
        world
            .story
            .iter()
            .skip(at)
            .position(|s| s.question.is_some())
            .map(|i| at + i + 1)
    });
    html! {
        <div class="notes-window">
            <p class="notes-window__follow" role="status">
                { following }
                if let Some(next) = next {
                    <span class="notes-window__next">{ msg::notes_following_next(&next.to_string()) }</span>
                }
            </p>
            { crate::components::lesson::teacher_notes_at(world, at) }
        </div>
    }
}

/// The channel, open while this lives; its listener goes with it.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
struct Channel {
    #[cfg(target_arch = "wasm32")]
    channel: web_sys::BroadcastChannel,
    #[cfg(target_arch = "wasm32")]
    _listener: gloo_events::EventListener,
}

impl Channel {
    /// Opens the channel and calls `onmessage` with each valid message (the channel, to answer
    /// on); `None` where the browser has no BroadcastChannel (or outside a browser).
    #[cfg(target_arch = "wasm32")]
    fn open(
        steps: usize,
        onmessage: impl Fn(&web_sys::BroadcastChannel, NotesMessage) + 'static,
    ) -> Option<Channel> {
        use wasm_bindgen::JsCast;
        let channel = web_sys::BroadcastChannel::new(CHANNEL).ok()?;
        let answer = channel.clone();
        let listener = gloo_events::EventListener::new(&channel, "message", move |event| {
            let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else {
                return;
            };
            // Whatever arrived, as JSON text (a cycle or a BigInt makes stringify throw; a
            // function or undefined gives no text): the rules are in `notes_message`.
            let text = js_sys::JSON::stringify(&event.data())
                .ok()
                .and_then(|text| text.as_string());
            if let Some(message) = text.and_then(|text| notes_message(&text, steps)) {
                onmessage(&answer, message);
            }
        });
        Some(Channel {
            channel,
            _listener: listener,
        })
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn open(_steps: usize, _onmessage: impl Fn(&(), NotesMessage) + 'static) -> Option<Channel> {
        None
    }

    fn post(&self, message: NotesMessage) {
        #[cfg(target_arch = "wasm32")]
        post(&self.channel, message);
        #[cfg(not(target_arch = "wasm32"))]
        let _ = message;
    }
}

#[cfg(target_arch = "wasm32")]
fn post(channel: &web_sys::BroadcastChannel, message: NotesMessage) {
    if let Ok(value) = js_sys::JSON::parse(&message.to_json()) {
        let _ = channel.post_message(&value);
    }
}

impl Drop for Channel {
    fn drop(&mut self) {
        #[cfg(target_arch = "wasm32")]
        self.channel.close();
    }
}

/// The presenter view (while `enabled`): says `step` (as a link numbers it) on the channel at
/// every change, and again to each notes window that says hello.
#[hook]
pub fn use_notes_lead(enabled: bool, step: usize, steps: usize) {
    let current = use_mut_ref(|| step);
    *current.borrow_mut() = step;
    let open = use_mut_ref(|| None::<Channel>);
    {
        let (current, open) = (current.clone(), open.clone());
        use_effect_with(enabled, move |&enabled| {
            let channel = if enabled {
                Channel::open(steps, move |_answer, message| {
                    if message == NotesMessage::Hello {
                        #[cfg(target_arch = "wasm32")]
                        post(_answer, NotesMessage::Step(*current.borrow()));
                        #[cfg(not(target_arch = "wasm32"))]
                        let _ = &current;
                    }
                })
            } else {
                None
            };
            *open.borrow_mut() = channel;
            move || drop(open.borrow_mut().take())
        });
    }
    // After the channel's effect (effects run in order), so the first step is said too: a
    // notes window already open catches up with a reloaded presenter view.
    use_effect_with((enabled, step), move |&(enabled, step)| {
        if let Some(channel) = open.borrow().as_ref().filter(|_| enabled) {
            channel.post(NotesMessage::Step(step));
        }
    });
}

/// The notes window (while `enabled`): says hello on the channel, then calls `onstep` with
/// each step the presenter view says (as a link numbers it).
#[hook]
pub fn use_notes_follow(enabled: bool, steps: usize, onstep: Callback<usize>) {
    use_effect_with(enabled, move |&enabled| {
        let channel = if enabled {
            Channel::open(steps, move |_, message| {
                if let NotesMessage::Step(step) = message {
                    onstep.emit(step);
                }
            })
        } else {
            None
        };
        if let Some(channel) = &channel {
            channel.post(NotesMessage::Hello);
        }
        move || drop(channel)
    });
}

/// Scrolls the answer marked as on the projector now into view, whenever `at` changes, and
/// when the world does (a language file has arrived: the notes were rebuilt in its words, and
/// the scroll made in English's layout no longer shows the answer).
#[hook]
pub fn use_scroll_to_now(enabled: bool, at: Option<usize>, world: crate::state::WorldRef) {
    use_effect_with((enabled, at, world), move |&(enabled, _, _)| {
        #[cfg(target_arch = "wasm32")]
        if enabled {
            let now = web_sys::window().and_then(|w| w.document()).and_then(|d| {
                d.query_selector(".notes__answer[aria-current=\"step\"]")
                    .ok()
                    .flatten()
            });
            if let Some(now) = now {
                let options = web_sys::ScrollIntoViewOptions::new();
                options.set_block(web_sys::ScrollLogicalPosition::Start);
                now.scroll_into_view_with_scroll_into_view_options(&options);
            }
        }
        #[cfg(not(target_arch = "wasm32"))]
        let _ = enabled;
    });
}

/// Opens the notes window at `query` (the notes' link), from the click that asked (browsers
/// let a click open a window). False when the browser refuses (a pop-up blocker: `window.open`
/// gives no window). A window of its own, not a tab: a tab would open over the presenter view,
/// on the projector.
pub fn open_notes_window(query: &str) -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        let Ok(url) =
            crate::components::embed_dialog::current_page_url(Some(query.trim_start_matches('?')))
        else {
            return false;
        };
        let Some(window) = web_sys::window() else {
            return false;
        };
        match window.open_with_url_and_target_and_features(
            &url,
            WINDOW_NAME,
            "popup,width=900,height=800",
        ) {
            Ok(Some(notes)) => {
                let _ = notes.focus();
                true
            }
            _ => false,
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = query;
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const STEPS: usize = 18;

    #[test]
    fn the_messages_the_two_windows_send_are_read_back() {
        assert_eq!(
            notes_message(&NotesMessage::Hello.to_json(), STEPS),
            Some(NotesMessage::Hello)
        );
        for step in 0..=STEPS {
            let message = NotesMessage::Step(step);
            assert_eq!(notes_message(&message.to_json(), STEPS), Some(message));
        }
    }

    #[test]
    fn every_rule_of_the_message_format() {
        use NotesMessage::{Hello, Step};
        // (JSON text as JSON.stringify gives it, what it must read as, which rule)
        let table: &[(&str, Option<NotesMessage>, &str)] = &[
            (r#"{"v":1,"kind":"hello"}"#, Some(Hello), "hello"),
            (
                r#"{"kind":"hello","v":1}"#,
                Some(Hello),
                "fields in any order",
            ),
            (
                r#"{"v":1,"kind":"step","step":0}"#,
                Some(Step(0)),
                "the start card",
            ),
            (
                r#"{"v":1,"kind":"step","step":1}"#,
                Some(Step(1)),
                "the first step",
            ),
            (
                r#"{"v":1,"kind":"step","step":18}"#,
                Some(Step(18)),
                "the last step",
            ),
            (
                r#"{"step":6,"kind":"step","v":1}"#,
                Some(Step(6)),
                "any order",
            ),
            (
                r#"{"v":1,"kind":"step","step":19}"#,
                None,
                "past the last step",
            ),
            (
                r#"{"v":1,"kind":"step","step":99}"#,
                None,
                "far out of range",
            ),
            (r#"{"v":1,"kind":"step","step":-1}"#, None, "negative"),
            (r#"{"v":1,"kind":"step","step":1.5}"#, None, "a float"),
            (
                r#"{"v":1,"kind":"step","step":1.0}"#,
                None,
                "a float, even a whole one",
            ),
            (r#"{"v":1,"kind":"step","step":1e21}"#, None, "huge"),
            (
                r#"{"v":1,"kind":"step","step":"3"}"#,
                None,
                "a number as text",
            ),
            (r#"{"v":1,"kind":"step","step":null}"#, None, "null"),
            (r#"{"v":1,"kind":"step","step":true}"#, None, "a boolean"),
            (r#"{"v":1,"kind":"step"}"#, None, "a step without its step"),
            (
                r#"{"v":1,"kind":"step","step":2,"x":1}"#,
                None,
                "an extra field",
            ),
            (
                r#"{"v":1,"kind":"hello","step":2}"#,
                None,
                "hello with a step",
            ),
            (
                r#"{"v":1,"kind":"hello","x":null}"#,
                None,
                "hello with an extra field",
            ),
            (r#"{"v":2,"kind":"step","step":1}"#, None, "another version"),
            (r#"{"v":0,"kind":"hello"}"#, None, "version 0"),
            (r#"{"v":"1","kind":"hello"}"#, None, "the version as text"),
            (r#"{"v":1.5,"kind":"hello"}"#, None, "a float version"),
            (r#"{"kind":"hello"}"#, None, "no version"),
            (r#"{"v":1,"kind":"bye"}"#, None, "an unknown kind"),
            (
                r#"{"v":1,"kind":"Step","step":1}"#,
                None,
                "kinds are lower case",
            ),
            (r#"{"v":1,"kind":1,"step":1}"#, None, "kind not text"),
            (r#"{"v":1,"step":1}"#, None, "no kind"),
            (r#""x""#, None, "a string"),
            (
                r#""{\"v\":1,\"kind\":\"hello\"}""#,
                None,
                "a valid message as a string",
            ),
            ("3", None, "a number"),
            ("null", None, "null"),
            ("[1,\"step\",3]", None, "an array"),
            (r#"[{"v":1,"kind":"hello"}]"#, None, "a message in an array"),
            ("{}", None, "an empty object"),
            ("", None, "no text (undefined stringifies to nothing)"),
            ("{", None, "not JSON"),
            (r#"{"v":1,"kind":"hello"} x"#, None, "trailing text"),
            (r#"{"v":1,"kind":"step","step":01}"#, None, "a leading zero"),
            (r#"{"v":1,"kind":"step","step":+1}"#, None, "a sign"),
            (
                r#"{"v":1,"kind":"step","step":18446744073709551617}"#,
                None,
                "past u64",
            ),
            (
                r#"{"v":1,"kind":"step","step":1,"step":2}"#,
                None,
                "a field twice",
            ),
            (r#"{"v":1,"v":1,"kind":"hello"}"#, None, "the version twice"),
            (
                r#"{"v":1,"kind":"step","step":{"a":1}}"#,
                None,
                "an object for the step",
            ),
            (
                r#"{"v":1,"kind":"step","step":[1]}"#,
                None,
                "an array for the step",
            ),
            (
                r#"{"v":1,"kind":"step\",\"step\":3"}"#,
                None,
                "a step hidden in a string",
            ),
            (
                r#"{"v":1,"kind":"hello","x":"a,b:c"}"#,
                None,
                "a comma and colon in a string",
            ),
            (
                r#"{"v": 1,"kind":"hello"}"#,
                None,
                "spaces: not stringify's form",
            ),
            (r#"{"kind":"hello","v":1,}"#, None, "a trailing comma"),
            (r#"{"v":1,"kind":"hello"}}"#, None, "a brace too many"),
            ("{\"v\":1,\"kind\":\"h\u{e9}llo\"}", None, "not ASCII"),
        ];
        for (text, expected, rule) in table {
            assert_eq!(notes_message(text, STEPS), *expected, "{rule}: {text}");
        }
        // Too long to be one of ours, though valid: ignored before parsing.
        let padded = format!(r#"{{"v":1,"kind":"hello"{}}}"#, " ".repeat(MAX_MESSAGE));
        assert_eq!(notes_message(&padded, STEPS), None, "too long");
        // The range follows the story's length.
        assert_eq!(
            notes_message(r#"{"v":1,"kind":"step","step":3}"#, 3),
            Some(Step(3))
        );
        assert_eq!(notes_message(r#"{"v":1,"kind":"step","step":4}"#, 3), None);
    }

    #[test]
    fn a_link_numbers_the_start_card_0_and_the_steps_from_1() {
        assert_eq!(link_step(None, false), None);
        assert_eq!(link_step(Some(0), true), Some(0));
        assert_eq!(link_step(Some(0), false), Some(1));
        assert_eq!(link_step(Some(17), false), Some(18));
    }
}
