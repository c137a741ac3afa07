// Lenient decoding: fields that have a natural empty value may be left out, so that fixtures written by hand
// and records of older writers stay readable. Encoding writes every field.

extension DocumentRecord {
    enum CodingKeys: String, CodingKey {
        case id, textSHA256, text, published, publishedSource, time, outlet, title, url, extractorVersion, actors, events
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try c.decode(String.self, forKey: .id),
                  textSHA256: try c.decodeIfPresent(String.self, forKey: .textSHA256) ?? "",
                  text: try c.decodeIfPresent(String.self, forKey: .text) ?? "",
                  published: try c.decodeIfPresent(String.self, forKey: .published),
                  publishedSource: try c.decodeIfPresent(String.self, forKey: .publishedSource),
                  time: try c.decodeIfPresent(String.self, forKey: .time),
                  outlet: try c.decodeIfPresent(String.self, forKey: .outlet),
                  title: try c.decodeIfPresent(String.self, forKey: .title),
                  url: try c.decodeIfPresent(String.self, forKey: .url),
                  extractorVersion: try c.decodeIfPresent(String.self, forKey: .extractorVersion) ?? "",
                  actors: try c.decodeIfPresent([Actor].self, forKey: .actors) ?? [],
                  events: try c.decodeIfPresent([EventMention].self, forKey: .events) ?? [])
    }
}

extension DocumentRecord.Actor {
    enum CodingKeys: String, CodingKey {
        case index, type, name, aliases, country, role, sector, person, roles, geo, mentionCount
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let name = try c.decode(String.self, forKey: .name)
        self.init(index: try c.decode(Int.self, forKey: .index), type: try c.decode(String.self, forKey: .type), name: name,
                  aliases: try c.decodeIfPresent([String].self, forKey: .aliases) ?? [name],
                  country: try c.decodeIfPresent(String.self, forKey: .country),
                  role: try c.decodeIfPresent(String.self, forKey: .role),
                  sector: try c.decodeIfPresent(String.self, forKey: .sector),
                  person: try c.decodeIfPresent(DocumentRecord.NameParts.self, forKey: .person),
                  roles: try c.decodeIfPresent([DocumentRecord.Role].self, forKey: .roles) ?? [],
                  geo: try c.decodeIfPresent(DocumentRecord.Geo.self, forKey: .geo),
                  mentionCount: try c.decodeIfPresent(Int.self, forKey: .mentionCount) ?? 1)
    }
}

extension DocumentRecord.NameParts {
    enum CodingKeys: String, CodingKey { case first, patronymic, last, particles }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(first: try c.decodeIfPresent(String.self, forKey: .first),
                  patronymic: try c.decodeIfPresent(String.self, forKey: .patronymic),
                  last: try c.decodeIfPresent(String.self, forKey: .last),
                  particles: try c.decodeIfPresent([String].self, forKey: .particles) ?? [])
    }
}

extension DocumentRecord.EventMention {
    enum CodingKeys: String, CodingKey {
        case id, index, type, mode, cameo, status, contexts, sentenceIndex, sentence, trigger, participants, place, time
        case source, inLead, triggerPOS, triggerVerbForm, triggerGovernor
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try c.decode(String.self, forKey: .id),
                  index: try c.decodeIfPresent(Int.self, forKey: .index) ?? 0,
                  type: try c.decode(String.self, forKey: .type),
                  mode: try c.decodeIfPresent(String.self, forKey: .mode),
                  cameo: try c.decodeIfPresent(String.self, forKey: .cameo),
                  status: try c.decodeIfPresent(String.self, forKey: .status) ?? "occurred",
                  contexts: try c.decodeIfPresent([String].self, forKey: .contexts) ?? [],
                  sentenceIndex: try c.decodeIfPresent(Int.self, forKey: .sentenceIndex),
                  sentence: try c.decodeIfPresent(DocumentRecord.Span.self, forKey: .sentence),
                  trigger: try c.decode(DocumentRecord.Span.self, forKey: .trigger),
                  participants: try c.decodeIfPresent([DocumentRecord.Participant].self, forKey: .participants) ?? [],
                  place: try c.decodeIfPresent(DocumentRecord.Place.self, forKey: .place),
                  time: try c.decodeIfPresent(DocumentRecord.Time.self, forKey: .time),
                  source: try c.decodeIfPresent(DocumentRecord.Attribution.self, forKey: .source),
                  inLead: try c.decodeIfPresent(Bool.self, forKey: .inLead) ?? false,
                  // Added in letopis-ingest/2: records stored before decode with nil (no recall rule for them).
                  triggerPOS: try c.decodeIfPresent(String.self, forKey: .triggerPOS),
                  triggerVerbForm: try c.decodeIfPresent(String.self, forKey: .triggerVerbForm),
                  triggerGovernor: try c.decodeIfPresent(String.self, forKey: .triggerGovernor))
    }
}
