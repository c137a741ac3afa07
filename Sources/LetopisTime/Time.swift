// LetopisTime: time expressions, found and resolved against the publication date.
import LetopisCore
