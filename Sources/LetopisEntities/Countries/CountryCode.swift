/// An ISO 3166-1 alpha-2 country code (`RU`, `SY`).
public struct CountryCode: RawRepresentable, Hashable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue.uppercased() }
    public init(stringLiteral value: String) { self.init(rawValue: value) }
    public var description: String { rawValue }
}

/// How a word came to stand for a country, for traces and for deciding
/// whether it may be a country actor on its own (a capital only in political context).
public enum CountryEvidence: String, Sendable, Hashable {
    /// The country's name (`Сирия`, `Соединенные Штаты Америки`).
    case name
    /// A short form or abbreviation (`САР`, `РФ`, `США`).
    case shortForm
    /// An adjective (`сирийский`, `российская сторона`).
    case adjective
    /// The capital, standing for the government (`Москва и Дамаск договорились`).
    case capital
    /// A seat of government (`Кремль`, `Белый дом`).
    case seat
}
