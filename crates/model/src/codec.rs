//! The world in a compact binary form: `build.rs` writes it from the checked data file, and the
//! widget reads it at start-up. It exists for size: reading it takes a few hundred bytes of
//! wasm, where serde_json and serde's visitors took tens of kilobytes (see issue 4's notes).
//!
//! The format is the fields in declaration order: unsigned LEB128 for lengths and counts, one
//! byte for a bool, an enum variant or an Option's tag, UTF-8 bytes for text. It carries no
//! names, so the writer and the reader are generated from one field list per type (`record!`):
//! a field missing from a list is a compile error, and a round-trip test checks the rest. An
//! enum is one byte, its variant's place, written by the enum's own definition (`variants!`).

use super::types::*;
use super::validate::{LoadError, Worded};
use std::fmt;

/// Why the bytes could not be read: where, and what was expected there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CodecError {
    pub offset: usize,
    pub expected: &'static str,
}

impl fmt::Display for CodecError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "expected {} at byte {}", self.expected, self.offset)
    }
}

/// Reads values from a byte slice, front to back. The first problem is kept and every later
/// read returns an empty value, so readers need no early returns: that keeps the generated
/// reading code small, as no partly built value has to be dropped halfway.
pub struct Reader<'a> {
    bytes: &'a [u8],
    offset: usize,
    problem: Option<CodecError>,
}

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Self {
        Reader {
            bytes,
            offset: 0,
            problem: None,
        }
    }

    /// Records the first problem; the reader then reads nothing more.
    fn fail(&mut self, expected: &'static str) {
        if self.problem.is_none() {
            self.problem = Some(CodecError {
                offset: self.offset,
                expected,
            });
            self.offset = self.bytes.len();
        }
    }

    fn byte(&mut self, expected: &'static str) -> u8 {
        match self.bytes.get(self.offset) {
            Some(&byte) => {
                self.offset += 1;
                byte
            }
            None => {
                self.fail(expected);
                0
            }
        }
    }

    fn take(&mut self, len: usize) -> &'a [u8] {
        if len > self.bytes.len() - self.offset {
            self.fail("more bytes");
            return &[];
        }
        let slice = &self.bytes[self.offset..self.offset + len];
        self.offset += len;
        slice
    }

    /// A variant's place among `count` (`variants!`), or 0 after recording a problem.
    pub fn variant(&mut self, what: &'static str, count: usize) -> usize {
        let index = usize::from(self.byte(what));
        if index < count {
            index
        } else {
            self.fail(what);
            0
        }
    }

    /// Reads one whole value and refuses trailing bytes.
    pub fn read_all<T: Codec>(mut self) -> Result<T, CodecError> {
        let value = T::read(&mut self);
        if self.problem.is_none() && self.offset != self.bytes.len() {
            self.fail("the end of the data");
        }
        match self.problem {
            None => Ok(value),
            Some(problem) => Err(problem),
        }
    }
}

/// A value the world's binary form can hold. `read` returns an empty value after a problem,
/// which the reader keeps (see [`Reader`]).
pub trait Codec: Sized {
    fn write(&self, out: &mut Vec<u8>);
    fn read(input: &mut Reader) -> Self;
}

/// Writes one whole value.
pub fn encode<T: Codec>(value: &T) -> Vec<u8> {
    let mut out = Vec::new();
    value.write(&mut out);
    out
}

/// Reads one whole value; trailing bytes are an error.
pub fn decode<T: Codec>(bytes: &[u8]) -> Result<T, CodecError> {
    Reader::new(bytes).read_all()
}

impl Codec for usize {
    fn write(&self, out: &mut Vec<u8>) {
        let mut rest = *self;
        while rest >= 0x80 {
            out.push((rest as u8 & 0x7f) | 0x80);
            rest >>= 7;
        }
        out.push(rest as u8);
    }
    fn read(input: &mut Reader) -> Self {
        let mut value = 0usize;
        // Five 7-bit groups cover 32 bits; a longer run is corrupt data, not a bigger number.
        for shift in (0..35).step_by(7) {
            let byte = input.byte("a number");
            value |= usize::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return value;
            }
        }
        input.fail("a shorter number");
        0
    }
}

impl Codec for bool {
    fn write(&self, out: &mut Vec<u8>) {
        out.push(u8::from(*self));
    }
    fn read(input: &mut Reader) -> Self {
        match input.byte("a bool") {
            0 => false,
            1 => true,
            _ => {
                input.fail("a bool");
                false
            }
        }
    }
}

impl Codec for String {
    fn write(&self, out: &mut Vec<u8>) {
        self.len().write(out);
        out.extend_from_slice(self.as_bytes());
    }
    fn read(input: &mut Reader) -> Self {
        let len = usize::read(input);
        let bytes = input.take(len);
        match std::str::from_utf8(bytes) {
            Ok(text) => text.to_owned(),
            Err(_) => {
                input.fail("UTF-8 text");
                String::new()
            }
        }
    }
}

impl<T: Codec> Codec for Option<T> {
    fn write(&self, out: &mut Vec<u8>) {
        self.is_some().write(out);
        if let Some(value) = self {
            value.write(out);
        }
    }
    fn read(input: &mut Reader) -> Self {
        bool::read(input).then(|| T::read(input))
    }
}

impl<T: Codec> Codec for Vec<T> {
    fn write(&self, out: &mut Vec<u8>) {
        self.len().write(out);
        for value in self {
            value.write(out);
        }
    }
    fn read(input: &mut Reader) -> Self {
        let len = usize::read(input);
        // Every value takes at least one byte: a count beyond the bytes left is corrupt, and
        // must not reserve memory for it.
        if len > input.bytes.len() - input.offset {
            input.fail("a shorter list");
            return Vec::new();
        }
        (0..len).map(|_| T::read(input)).collect()
    }
}

/// A struct as its fields, in the order listed. Reading builds the struct literal, so a field
/// left out of the list does not compile.
macro_rules! record {
    ($name:ident { $($field:ident),* $(,)? }) => {
        impl Codec for $name {
            fn write(&self, out: &mut Vec<u8>) {
                $( self.$field.write(out); )*
            }
            fn read(input: &mut Reader) -> Self {
                $name { $( $field: Codec::read(input), )* }
            }
        }
    };
}

record!(World {
    meta,
    sources,
    policies,
    chips,
    developers,
    events,
    presets,
    story
});
record!(Meta {
    title,
    as_of,
    default_preset,
    unknowns,
    corrections,
    headline
});
record!(Unknown { text, sources });
record!(Correction {
    date,
    text,
    sources
});
record!(ChipEnd {
    date,
    note,
    sources
});
record!(Source {
    id,
    outlet,
    title,
    date,
    confidence,
    url
});
record!(Policy {
    id,
    actor,
    name,
    summary,
    direction,
    hypothetical,
    scope_note,
    sources,
    effects,
    lifts
});
record!(Scope {
    chips,
    origins,
    routes,
    workloads,
    developers,
    exposed_only
});
record!(Effect {
    scope,
    gate,
    status,
    reason,
    when_lifted,
    lifted_reason,
    sources,
    stops_buying
});
record!(Lift { policy, scope });
record!(ChipFit {
    fitness,
    note,
    sources
});
record!(Chip {
    id,
    name,
    maker,
    fab,
    origin,
    summary,
    training,
    inference,
    scarce,
    available,
    production_ended,
    sources
});
record!(Developer {
    id,
    name,
    known_for,
    exposed,
    listing,
    in_house_chips,
    sources,
    paths,
    listing_updates
});
record!(ReportedPath {
    workload,
    chip,
    route,
    claim,
    sources,
    disputed,
    since,
    until,
    main_from,
    main_until,
    modelled,
    modelled_until,
    updates
});
record!(Event {
    date,
    title,
    caption,
    turns_on,
    turns_off,
    sources
});
record!(Preset { id, label, date });
record!(DatedNote {
    since,
    text,
    sources
});
record!(StoryStep {
    date,
    title,
    caption,
    sources,
    question
});
record!(Question {
    prompt,
    workload,
    policy,
    turn_on,
    answer,
    answer_text,
    sources
});

// build.rs's verdict on the data (the widget's `src/embedded.rs`). Enums are written by
// `variants!` (variants.rs), from their one definition.
record!(LoadError { kind, message });
record!(Worded { tag, problems });

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::ErrorKind;

    #[test]
    fn the_world_survives_a_round_trip() {
        let world = crate::test_world().clone();
        let bytes = encode(&world);
        assert_eq!(decode::<World>(&bytes), Ok(world));
    }

    #[test]
    fn numbers_round_trip_at_their_edges() {
        for n in [0usize, 1, 127, 128, 300, 16_383, 16_384, u32::MAX as usize] {
            assert_eq!(decode::<usize>(&encode(&n)), Ok(n), "{n}");
        }
    }

    #[test]
    fn corrupt_bytes_are_errors_not_panics() {
        let world = crate::test_world().clone();
        let bytes = encode(&world);
        // Every truncation fails cleanly.
        for len in [0, 1, 2, bytes.len() / 2, bytes.len() - 1] {
            assert!(
                decode::<World>(&bytes[..len]).is_err(),
                "truncated to {len}"
            );
        }
        // Trailing bytes, an impossible list length, a bad enum byte, broken UTF-8.
        let mut longer = bytes.clone();
        longer.push(0);
        assert_eq!(
            decode::<World>(&longer).unwrap_err().expected,
            "the end of the data"
        );
        assert!(decode::<Vec<String>>(&[0xff, 0xff, 0xff, 0x0f]).is_err());
        assert!(decode::<usize>(&[0xff; 6]).is_err());
        assert!(decode::<Status>(&[9]).is_err());
        assert!(decode::<String>(&[2, 0xc3, 0x28]).is_err());
        assert!(decode::<bool>(&[2]).is_err());
    }

    #[test]
    fn data_problems_round_trip() {
        let problems = vec![
            LoadError::new(ErrorKind::UnknownId, "developer \"x\": unknown chip \"y\""),
            LoadError::new(ErrorKind::BadId, "a <hostile> \n id"),
        ];
        assert_eq!(decode::<Vec<LoadError>>(&encode(&problems)), Ok(problems));
        assert!(
            decode::<ErrorKind>(&[17]).is_err(),
            "one past the last kind"
        );
    }
}
