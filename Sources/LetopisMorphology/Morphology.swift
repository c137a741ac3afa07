// LetopisMorphology: the OpenCorpora dictionary reader, analyser, lemmatiser and inflector.
import LetopisCore
