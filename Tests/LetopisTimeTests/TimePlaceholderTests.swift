import Testing
@testable import LetopisTime
