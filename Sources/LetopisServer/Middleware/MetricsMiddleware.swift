import Foundation
import Hummingbird
import Prometheus

/// The server's Prometheus metrics, kept in a registry of its own (no global bootstrap, so
/// every application — and every test — has its own figures).
public final class ServerMetrics: Sendable {
    public let registry: PrometheusCollectorRegistry
    let inFlight: Gauge

    public init(registry: PrometheusCollectorRegistry = PrometheusCollectorRegistry()) {
        self.registry = registry
        self.inFlight = registry.makeGauge(descriptor: Self.inFlightDescriptor)
    }

    /// Buckets from 0.5 ms to 5 s: the API's reads are expected in the low milliseconds.
    static let buckets: [Duration] = [.microseconds(500), .milliseconds(1), .milliseconds(2), .milliseconds(5),
                                      .milliseconds(10), .milliseconds(25), .milliseconds(50), .milliseconds(100),
                                      .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(5)]

    static var inFlightDescriptor: MetricNameDescriptor { MetricNameDescriptor(
        namespace: "letopis", metricName: "http_requests_in_flight", unitName: "", helpText: "HTTP requests being served now") }
    static var requestsDescriptor: MetricNameDescriptor { MetricNameDescriptor(
        namespace: "letopis", metricName: "http_requests", unitName: "total",
        helpText: "HTTP requests served, by route pattern, method and status") }
    static var durationDescriptor: MetricNameDescriptor { MetricNameDescriptor(
        namespace: "letopis", metricName: "http_request_duration", unitName: "seconds", helpText: "Time to produce the response") }
    static var ingestDescriptor: MetricNameDescriptor { MetricNameDescriptor(
        namespace: "letopis", metricName: "ingest_documents", unitName: "total",
        helpText: "Documents received by POST /api/documents, by result") }

    func record(route: String, method: String, status: Int, duration: Duration) {
        registry.makeCounter(descriptor: Self.requestsDescriptor,
                             labels: [("route", route), ("method", method), ("status", String(status))]).increment()
        registry.makeDurationHistogram(descriptor: Self.durationDescriptor, labels: [("route", route), ("method", method)],
                                       buckets: Self.buckets).record(duration)
    }

    /// Counts the documents the ingest endpoint stored and refused.
    func countIngested(stored: Int, failed: Int) {
        registry.makeCounter(descriptor: Self.ingestDescriptor, labels: [("result", "stored")]).increment(by: Int64(stored))
        registry.makeCounter(descriptor: Self.ingestDescriptor, labels: [("result", "failed")]).increment(by: Int64(failed))
    }
}

/// Records the count and duration of every request, labelled by route pattern (never by the
/// raw path, so ids do not multiply the series).
struct MetricsMiddleware<Context: RequestContext>: RouterMiddleware {
    let metrics: ServerMetrics

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        metrics.inFlight.increment()
        defer { metrics.inFlight.decrement() }
        let response = try await next(request, context)
        let route = context.endpointPath ?? "unmatched"
        metrics.record(route: route, method: request.method.rawValue, status: response.status.code,
                       duration: ContinuousClock.now - start)
        return response
    }
}
