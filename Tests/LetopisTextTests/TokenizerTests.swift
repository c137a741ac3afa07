import Testing
@testable import LetopisText

@Suite("A tokenizer")
struct TokenizerTests {
    @Test("returns no tokens for an empty text")
    func empty() {
        #expect(Tokenizer().tokenize([]).isEmpty)
    }
}
