// LetopisEvents: event triggers, arguments, types and modes, attribution.
import LetopisCore
