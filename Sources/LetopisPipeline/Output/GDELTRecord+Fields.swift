import LetopisCore
import LetopisEvents

// Field-by-field initialisers, for rows that do not come from one document's `Event`: the event
// database writes one row per corpus event (its counts across documents) with the same writer.

extension GDELTEventRecord {
    public init(globalEventID: Int, sqlDate: Int, fractionDate: Double, actor1: Actor, actor2: Actor, isRootEvent: Bool,
                eventCode: CAMEOCode, numMentions: Int, numSources: Int, numArticles: Int, actionGeo: GDELTGeo?,
                dateAdded: Int, sourceURL: String) {
        self.globalEventID = globalEventID
        self.sqlDate = sqlDate
        self.fractionDate = fractionDate
        self.actor1 = actor1
        self.actor2 = actor2
        self.isRootEvent = isRootEvent
        self.eventCode = eventCode
        self.numMentions = numMentions
        self.numSources = numSources
        self.numArticles = numArticles
        self.actionGeo = actionGeo
        self.dateAdded = dateAdded
        self.sourceURL = sourceURL
    }
}

extension GDELTEventRecord.Actor {
    public init(actorCode code: String, name: String, countryCode: String, knownGroupCode: String, type1Code: String, geo: GDELTGeo?) {
        self.code = code
        self.name = name
        self.countryCode = countryCode
        self.knownGroupCode = knownGroupCode
        self.type1Code = type1Code
        self.geo = geo
    }
}

extension GDELTMentionRecord {
    public init(globalEventID: Int, eventTimeDate: Int, mentionTimeDate: Int, mentionType: Int, mentionSourceName: String,
                mentionIdentifier: String, sentenceID: Int, actor1CharOffset: Int, actor2CharOffset: Int,
                actionCharOffset: Int, docLength: Int) {
        self.globalEventID = globalEventID
        self.eventTimeDate = eventTimeDate
        self.mentionTimeDate = mentionTimeDate
        self.mentionType = mentionType
        self.mentionSourceName = mentionSourceName
        self.mentionIdentifier = mentionIdentifier
        self.sentenceID = sentenceID
        self.actor1CharOffset = actor1CharOffset
        self.actor2CharOffset = actor2CharOffset
        self.actionCharOffset = actionCharOffset
        self.docLength = docLength
    }
}
