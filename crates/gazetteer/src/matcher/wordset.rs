//! A list of folded words the name rules ask about one word at a time (`Lara scored`, `a
//! player from Leeds`): one hash lookup per form of the word, where a scan of the list cost
//! a comparison per listed word and proclitic. The list itself stays for the rules that
//! read phrases of several words before a name.

use super::HashSet;

/// Folded words, as a set and as written in the rules.
///
/// Invariant: `set` holds exactly the strings of `words`.
#[derive(Debug, Default)]
pub(super) struct WordSet {
    words: Vec<String>,
    set: HashSet<String>,
}

impl WordSet {
    pub(super) fn new(words: Vec<String>) -> WordSet {
        let set = words.iter().cloned().collect();
        WordSet { words, set }
    }

    pub(super) fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    pub(super) fn contains(&self, word: &str) -> bool {
        self.set.contains(word)
    }

    /// The words in the rules' order.
    pub(super) fn iter(&self) -> std::slice::Iter<'_, String> {
        self.words.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::WordSet;

    #[test]
    fn membership_and_order() {
        let set = WordSet::new(vec!["scored".to_owned(), "drew with".to_owned()]);
        assert!(set.contains("scored"));
        assert!(set.contains("drew with"));
        assert!(!set.contains("score"));
        assert!(!set.is_empty());
        assert_eq!(
            set.iter().map(String::as_str).collect::<Vec<_>>(),
            ["scored", "drew with"]
        );
        assert!(WordSet::default().is_empty());
    }
}
