import Testing
@testable import LetopisEvents
