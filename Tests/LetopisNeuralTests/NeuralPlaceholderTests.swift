import Testing
@testable import LetopisNeural
