import Testing
@testable import LetopisPipeline

@Suite("SHA-256")
struct SHA256Tests {
    @Test("matches the FIPS 180-4 test vectors", arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func vectors(_ input: String, _ expected: String) {
        var h = SHA256()
        h.update(Array(input.utf8))
        #expect(h.hexDigest() == expected)
    }

    @Test("gives the same digest when fed in pieces")
    func pieces() {
        let data = Array(repeating: UInt8(ascii: "a"), count: 1_000_000)
        var whole = SHA256(); whole.update(data)
        var parts = SHA256()
        var i = 0
        while i < data.count { let n = min(777, data.count - i); parts.update(data[i..<(i + n)]); i += n }
        let expected = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
        #expect(whole.hexDigest() == expected)
        #expect(parts.hexDigest() == expected)
    }
}
