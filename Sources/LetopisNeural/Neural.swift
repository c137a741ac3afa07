// LetopisNeural: navec embeddings and slovnet morph, syntax and NER inference.
import LetopisCore
