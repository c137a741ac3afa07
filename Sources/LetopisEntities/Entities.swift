// LetopisEntities: normalised names, coreference, countries and occupations.
import LetopisCore
