"""OpenTelemetry's SDK for one test: an in-memory span exporter and metric reader behind the
providers the SDK client finds.

The global providers can be set once per process, and a provider set for one test would then
trace every later test of the session (100 000 calls of test_memory.py included). So a test
gets providers of its own through the API's getters, which pytest's monkeypatch restores.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import pytest
from opentelemetry import metrics, trace
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import HistogramDataPoint, InMemoryMetricReader, Metric
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

DURATION = "klarna.client.operation.duration"  # the name the issue gives it, not read from the SDK


@dataclass
class Telemetry:
    """What the providers of one test received."""

    exporter: InMemorySpanExporter
    reader: InMemoryMetricReader
    tracer_provider: TracerProvider

    def spans(self) -> list[ReadableSpan]:
        """The finished spans, in the order they ended."""
        return list(self.exporter.get_finished_spans())

    def span(self) -> ReadableSpan:
        """The one finished span of the test."""
        (only,) = self.spans()
        return only

    def durations(self) -> list[Metric]:
        """The SDK's duration histogram as collected now (once per scope that recorded it)."""
        data = self.reader.get_metrics_data()
        if data is None:
            return []
        return [
            metric
            for resource in data.resource_metrics
            for scope in resource.scope_metrics
            for metric in scope.metrics
            if metric.name == DURATION
        ]

    def duration_points(self) -> list[HistogramDataPoint]:
        """The data points of the duration histogram collected so far."""
        return [point for metric in self.durations() for point in metric.data.data_points]  # type: ignore[misc]

    def duration_unit(self) -> str | None:
        (metric,) = self.durations()
        return metric.unit


def recorded_values(span: ReadableSpan) -> list[Any]:
    """Every value a span carries to an exporter: its name, attributes, and its events' names and attributes."""
    values: list[Any] = [span.name, *(span.attributes or {}).items()]
    for event in span.events:
        values += [event.name, *(event.attributes or {}).items()]
    if span.status.description:
        values.append(span.status.description)
    return values


@contextmanager
def providers(monkeypatch: pytest.MonkeyPatch, *, tracing: bool = True, metering: bool = True) -> Iterator[Telemetry]:
    """A tracer provider and a meter provider (or either) that the API's getters return until the end."""
    exporter = InMemorySpanExporter()
    tracer_provider = TracerProvider(shutdown_on_exit=False)
    tracer_provider.add_span_processor(SimpleSpanProcessor(exporter))
    reader = InMemoryMetricReader()
    meter_provider = MeterProvider(metric_readers=[reader], shutdown_on_exit=False)
    if tracing:
        monkeypatch.setattr(trace, "get_tracer_provider", lambda: tracer_provider)
    if metering:
        monkeypatch.setattr(metrics, "get_meter_provider", lambda: meter_provider)
    try:
        yield Telemetry(exporter, reader, tracer_provider)
    finally:
        tracer_provider.shutdown()
        meter_provider.shutdown()
