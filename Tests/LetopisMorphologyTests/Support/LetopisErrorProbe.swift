import LetopisCore

/// Lets tests check a thrown ``LetopisError`` by code and subject, and that it reads as one line with the remedy.
protocol LetopisErrorProbe { func matches(code: String, file: String) -> Bool }

extension LetopisError: LetopisErrorProbe {
    func matches(code: String, file: String) -> Bool {
        self.code.rawValue == code && subject == file && description.contains("letopis models install")
            && !description.contains("\n")
    }
}
