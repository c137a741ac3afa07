/// How a document is cased, as segmentation finds it: ordinary, or written without capitals.
///
/// Telegram channels post whole texts in lower case (`путин встретился с си цзиньпином в москве`). There
/// capitalisation says nothing: no sentence start, no name is marked. Every layer still reads offsets into
/// the text as written; what changes is how the layers that read capitals read them — the splitter does not
/// take a lower-case word after a full stop for a continuation, and the neural models are given the word
/// shapes of the text as ordinary spelling would write it (see `Docs/segmentation.md`, `Docs/neural.md`).
/// A text written all in capitals (a wire bulletin, a shouted post) is read as every sentence of it is shouted;
/// in other texts a shouted headline is told sentence by sentence (``Document/isShouted(_:limit:)``).
public enum TextCasing: UInt8, Sendable, Hashable {
    /// Sentences and names capitalised as usual.
    case ordinary
    /// Words start in lower case where ordinary text would capitalise them: no title-case word in
    /// fifty that start with a lower-case letter.
    case lowerCase
    /// No lower-case letter at all, and at least three words of two capitals or more.
    case upperCase
}
