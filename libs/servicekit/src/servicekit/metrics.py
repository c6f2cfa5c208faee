"""Prometheus metrics of the HTTP edge; each service process has its own registry."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Histogram


class HttpMetrics:
    def __init__(self, service: str) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "http_requests_total",
            "HTTP requests served",
            ["service", "path", "status"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "http_request_duration_seconds",
            "Time to serve an HTTP request",
            ["service", "path"],
            registry=self.registry,
        )
        self.service = service

    def observe(self, path: str, status: int, seconds: float) -> None:
        self.requests.labels(self.service, path, str(status)).inc()
        self.latency.labels(self.service, path).observe(seconds)
