// The pipeline is the library's front door: importing it brings every layer.
@_exported import LetopisCore
@_exported import LetopisText
@_exported import LetopisMorphology
@_exported import LetopisNeural
@_exported import LetopisTime
@_exported import LetopisEntities
@_exported import LetopisEvents
