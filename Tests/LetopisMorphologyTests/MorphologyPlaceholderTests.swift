import Testing
@testable import LetopisMorphology
