import Testing
@testable import LetopisEntities
