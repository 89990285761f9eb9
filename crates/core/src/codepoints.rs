//! A value per code point, looked up in constant time on hot paths: what the normalizer
//! does to a character, which languages' letters it is.
//!
//! The first 4,096 code points (Latin, Arabic, Bengali and the other scripts of the Basic
//! Multilingual Plane's first pages) are a dense table of indexes into the distinct values;
//! above, sorted disjoint ranges are binary-searched. Both are computed once from a function
//! and the places where its value can change.

/// Code points below this are looked up in the dense table.
const DENSE: u32 = 0x1000;

/// A `T` for every code point, `default` where nothing else was given.
#[derive(Debug)]
pub(crate) struct CodePointMap<T> {
    /// Index into `values` per code point below [`DENSE`].
    dense: Vec<u16>,
    /// (first, last, index into `values`) from [`DENSE`] on, sorted and disjoint; code points
    /// in none of them have `values[0]`.
    sparse: Vec<(u32, u32, u16)>,
    /// Invariant: `values[0]` is the default, and there are at most `u16::MAX` values.
    values: Vec<T>,
}

impl<T: Copy + PartialEq> CodePointMap<T> {
    /// The map of `value`, which may change only at the code points in `bounds` (the first
    /// code point of each range where it holds, and the one after its last) and is `default`
    /// above [`DENSE`] outside them.
    pub(crate) fn from_fn(
        default: T,
        bounds: impl IntoIterator<Item = u32>,
        value: impl Fn(char) -> T,
    ) -> CodePointMap<T> {
        let mut values = vec![default];
        let mut intern = |v: T| -> u16 {
            match values.iter().position(|x| *x == v) {
                Some(i) => i as u16,
                None => {
                    values.push(v);
                    (values.len() - 1).min(usize::from(u16::MAX)) as u16
                }
            }
        };
        let dense = (0..DENSE)
            .map(|c| char::from_u32(c).map_or(0, |c| intern(value(c))))
            .collect();
        let mut bounds: Vec<u32> = bounds.into_iter().filter(|&b| b > DENSE).collect();
        bounds.push(DENSE);
        bounds.sort_unstable();
        bounds.dedup();
        let mut sparse: Vec<(u32, u32, u16)> = Vec::new();
        for pair in bounds.windows(2) {
            let index = char::from_u32(pair[0]).map_or(0, |c| intern(value(c)));
            if index == 0 {
                continue;
            }
            match sparse.last_mut() {
                Some(last) if last.1 + 1 == pair[0] && last.2 == index => last.1 = pair[1] - 1,
                _ => sparse.push((pair[0], pair[1] - 1, index)),
            }
        }
        CodePointMap {
            dense,
            sparse,
            values,
        }
    }

    pub(crate) fn get(&self, c: char) -> T {
        let c = c as u32;
        let index = if c < DENSE {
            self.dense[c as usize]
        } else {
            match self.sparse.binary_search_by(|&(first, last, _)| {
                if last < c {
                    std::cmp::Ordering::Less
                } else if first > c {
                    std::cmp::Ordering::Greater
                } else {
                    std::cmp::Ordering::Equal
                }
            }) {
                Ok(i) => self.sparse[i].2,
                Err(_) => 0,
            }
        };
        self.values[usize::from(index)]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_hold_in_their_ranges_on_both_sides_of_the_dense_table() {
        let ranges = [
            ('a', 'z', 1u8),
            ('\u{0FF0}', '\u{1010}', 2),
            ('\u{1F600}', '\u{1F64F}', 3),
        ];
        let map = CodePointMap::from_fn(
            0u8,
            ranges
                .iter()
                .flat_map(|&(a, b, _)| [a as u32, b as u32 + 1]),
            |c| {
                ranges
                    .iter()
                    .find(|&&(a, b, _)| (a..=b).contains(&c))
                    .map_or(0, |r| r.2)
            },
        );
        for (c, expected) in [
            ('a', 1),
            ('z', 1),
            ('{', 0),
            ('\u{0FEF}', 0),
            ('\u{0FFF}', 2),
            ('\u{1000}', 2),
            ('\u{1010}', 2),
            ('\u{1011}', 0),
            ('\u{1F600}', 3),
            ('\u{1F64F}', 3),
            ('\u{1F650}', 0),
            ('\u{10FFFF}', 0),
        ] {
            assert_eq!(map.get(c), expected, "{c:?}");
        }
    }
}
