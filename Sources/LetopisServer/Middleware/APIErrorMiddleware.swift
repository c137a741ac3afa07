import Foundation
import Hummingbird
import Logging
import LetopisPipeline

/// An error that knows how the API should present it (a store error, for instance).
public protocol APIErrorConvertible: Error {
    var apiError: APIError { get }
}

/// Turns every error a route throws into the API's JSON error body.
///
/// Hummingbird's own errors (no such route, a body over the limit) keep their status and
/// get a message and a fix; an error nobody anticipated becomes a 500 whose body says only
/// that the request failed — its details go to the server log, never to the client.
struct APIErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let apiError = Self.apiError(for: error, request: request)
            if apiError.status == .internalServerError {
                context.logger.error("\(request.method) \(request.uri.path) failed: \(String(reflecting: error))")
            } else if apiError.status.code >= 500 {
                context.logger.warning("\(request.method) \(request.uri.path): \(apiError.code): \(apiError.message)")
            }
            return APIError.jsonResponse(status: apiError.status, body: apiError.body)
        }
    }

    static func apiError(for error: any Error, request: Request) -> APIError {
        switch error {
        case let error as APIError:
            return error
        case let error as any APIErrorConvertible:
            return error.apiError
        case let error as HTTPError:
            switch error.status {
            case .notFound:
                return APIError(.notFound, code: "no-such-route",
                                message: "nothing is served at \(request.method) \(request.uri.path.prefix(200))",
                                fix: "see /openapi.json for the routes")
            case .contentTooLarge:
                return APIError(.contentTooLarge, code: "body-too-large", message: "the request body is over the limit",
                                fix: "send fewer or smaller documents per request")
            case .methodNotAllowed:
                return APIError(.methodNotAllowed, code: "method-not-allowed",
                                message: "\(request.method) is not allowed on \(request.uri.path.prefix(200))",
                                fix: "see /openapi.json for the methods of each route")
            default:
                return APIError(error.status, code: "http-\(error.status.code)",
                                message: error.body ?? error.status.reasonPhrase, fix: "see /openapi.json")
            }
        case let error as LetopisError:
            // The store's and the pipeline's public errors: bad input is the client's, the rest the database's.
            switch error.code {
            case .badArgument, .badDate, .malformedJSON, .invalidUTF8, .emptyDocument:
                return APIError(error, status: .badRequest)
            case .documentTooLarge:
                return APIError(error, status: .contentTooLarge)
            default:
                return APIError(error, status: error.code.rawValue.hasPrefix("database") ? .serviceUnavailable : .internalServerError)
            }
        case let error as DecodingError:
            return .malformedJSON(describe(error), expected: "a JSON object as /openapi.json describes")
        default:
            return APIError(.internalServerError, code: "internal",
                            message: "the server failed on this request",
                            fix: "retry; if it fails again, report it with the server's log")
        }
    }

    static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let p = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
            return p.isEmpty ? "" : " at '\(p)'"
        }
        switch error {
        case .dataCorrupted(let c): return "the body is not well-formed JSON\(path(c))"
        case .keyNotFound(let key, let c): return "the field '\(key.stringValue)' is missing\(path(c))"
        case .typeMismatch(let type, let c): return "a field has the wrong type\(path(c)) (expected \(type))"
        case .valueNotFound(let type, let c): return "a field is null\(path(c)) (expected \(type))"
        @unknown default: return "the body does not match the expected shape"
        }
    }
}
