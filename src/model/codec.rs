//! The world in a compact binary form: `build.rs` writes it from the checked data file, and the
//! widget reads it at start-up. It exists for size: reading it takes a few hundred bytes of
//! wasm, where serde_json and serde's visitors took tens of kilobytes (see issue 4's notes).
//!
//! The format is the fields in declaration order: unsigned LEB128 for lengths and counts, one
//! byte for a bool, an enum variant or an Option's tag, UTF-8 bytes for text. It carries no
//! names, so the writer and the reader are generated from one field list per type (`record!`):
//! a field missing from a list is a compile error, and a round-trip test checks the rest.
//!
//! This file is also compiled into `build.rs` (beside `types.rs`), hence `super::types`.

use super::types::*;
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

/// Reads values from a byte slice, front to back.
pub struct Reader<'a> {
    bytes: &'a [u8],
    offset: usize,
}

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Self {
        Reader { bytes, offset: 0 }
    }

    fn error(&self, expected: &'static str) -> CodecError {
        CodecError {
            offset: self.offset,
            expected,
        }
    }

    fn byte(&mut self, expected: &'static str) -> Result<u8, CodecError> {
        let byte = *self.bytes.get(self.offset).ok_or(self.error(expected))?;
        self.offset += 1;
        Ok(byte)
    }

    fn take(&mut self, len: usize) -> Result<&'a [u8], CodecError> {
        let end = self
            .offset
            .checked_add(len)
            .filter(|&end| end <= self.bytes.len())
            .ok_or(self.error("more bytes"))?;
        let slice = &self.bytes[self.offset..end];
        self.offset = end;
        Ok(slice)
    }

    /// Reads one whole value and refuses trailing bytes.
    pub fn read_all<T: Codec>(mut self) -> Result<T, CodecError> {
        let value = T::read(&mut self)?;
        if self.offset == self.bytes.len() {
            Ok(value)
        } else {
            Err(self.error("the end of the data"))
        }
    }
}

/// A value the world's binary form can hold.
pub trait Codec: Sized {
    fn write(&self, out: &mut Vec<u8>);
    fn read(input: &mut Reader) -> Result<Self, CodecError>;
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
    fn read(input: &mut Reader) -> Result<Self, CodecError> {
        let mut value = 0usize;
        // Five 7-bit groups cover 32 bits; a longer run is corrupt data, not a bigger number.
        for shift in (0..35).step_by(7) {
            let byte = input.byte("a number")?;
            value |= usize::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(input.error("a shorter number"))
    }
}

impl Codec for bool {
    fn write(&self, out: &mut Vec<u8>) {
        out.push(u8::from(*self));
    }
    fn read(input: &mut Reader) -> Result<Self, CodecError> {
        match input.byte("a bool")? {
            0 => Ok(false),
            1 => Ok(true),
            _ => Err(input.error("a bool")),
        }
    }
}

impl Codec for String {
    fn write(&self, out: &mut Vec<u8>) {
        self.len().write(out);
        out.extend_from_slice(self.as_bytes());
    }
    fn read(input: &mut Reader) -> Result<Self, CodecError> {
        let len = usize::read(input)?;
        let bytes = input.take(len)?;
        std::str::from_utf8(bytes)
            .map(str::to_owned)
            .map_err(|_| input.error("UTF-8 text"))
    }
}

impl<T: Codec> Codec for Option<T> {
    fn write(&self, out: &mut Vec<u8>) {
        self.is_some().write(out);
        if let Some(value) = self {
            value.write(out);
        }
    }
    fn read(input: &mut Reader) -> Result<Self, CodecError> {
        Ok(if bool::read(input)? {
            Some(T::read(input)?)
        } else {
            None
        })
    }
}

impl<T: Codec> Codec for Vec<T> {
    fn write(&self, out: &mut Vec<u8>) {
        self.len().write(out);
        for value in self {
            value.write(out);
        }
    }
    fn read(input: &mut Reader) -> Result<Self, CodecError> {
        let len = usize::read(input)?;
        // Every value takes at least one byte: a count beyond the bytes left is corrupt, and
        // must not reserve memory for it.
        if len > input.bytes.len() - input.offset {
            return Err(input.error("a shorter list"));
        }
        let mut values = Vec::with_capacity(len);
        for _ in 0..len {
            values.push(T::read(input)?);
        }
        Ok(values)
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
            fn read(input: &mut Reader) -> Result<Self, CodecError> {
                Ok($name { $( $field: Codec::read(input)?, )* })
            }
        }
    };
}

/// A field-less enum as one byte: the variant's place in the list.
macro_rules! choice {
    ($name:ident { $($variant:ident),* $(,)? }) => {
        impl Codec for $name {
            fn write(&self, out: &mut Vec<u8>) {
                const ALL: &[$name] = &[$($name::$variant),*];
                let index = ALL.iter().position(|v| v == self).unwrap_or(0);
                out.push(index as u8);
            }
            fn read(input: &mut Reader) -> Result<Self, CodecError> {
                const ALL: &[$name] = &[$($name::$variant),*];
                let index = input.byte(stringify!($name))?;
                ALL.get(usize::from(index)).copied().ok_or(input.error(stringify!($name)))
            }
        }
    };
}

choice!(Confidence {
    Official,
    Multi,
    One,
    Disputed
});
choice!(Actor { Us, China });
choice!(Direction { Tightens, Loosens });
choice!(Gate {
    UsExport,
    ChinaImport,
    None
});
choice!(Route {
    Import,
    Stockpile,
    Offshore,
    Domestic
});
choice!(Workload {
    Training,
    Inference
});
choice!(Status {
    Open,
    Friction,
    Limited,
    AtRisk,
    Blocked
});
choice!(Origin { Us, China });
choice!(Fitness { Good, Weak });

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
    unknowns
});
record!(Unknown { text, sources });
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
    sources
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
    paths
});
record!(ReportedPath {
    workload,
    chip,
    route,
    claim,
    sources,
    disputed,
    since
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
    turn_on
});

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::world::EMBEDDED_JSON;

    #[test]
    fn the_world_survives_a_round_trip() {
        let world = World::load(EMBEDDED_JSON).expect("embedded data is valid");
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
        let world = World::load(EMBEDDED_JSON).expect("embedded data is valid");
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
}
