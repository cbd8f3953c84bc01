"""The tracing half of `make bench`: the per-call cost of OpenTelemetry off, imported, and on.

A process that has imported opentelemetry cannot un-import it, and a global provider is set
once per process, so each run is a process of its own timing `create_order` (3 lines) against
raw httpx as `scripts/bench.py` does, in two steps:

1. `opentelemetry` not imported: what every user without the `otel` extra, or not using it,
   pays (the SDK looks for it in `sys.modules`, and loads nothing);
2. `opentelemetry` imported, three contenders in the same interleaved rounds: raw httpx; the
   SDK with no provider set (the API's getters return its default proxies); the SDK with the
   OpenTelemetry SDK's TracerProvider (a BatchSpanProcessor and an exporter that drops the
   spans: exporting is the exporter's cost) and MeterProvider (an in-memory reader), so that
   every call is a recorded span with its events and a histogram record. The two SDK
   contenders differ only in what `trace.get_tracer_provider` and `metrics.get_meter_provider`
   return, swapped before each of their calls, which is how a process can have both.

Usage: python scripts/bench_telemetry.py ROUNDS    prints {step: {contender: median µs}} as JSON
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from typing import Any

from bench import measure_calls, raw_httpx_call, sdk_call

Call = Callable[[dict[str, Any]], Any]
NOT_IMPORTED, IMPORTED = "opentelemetry not imported", "opentelemetry imported"
NO_PROVIDER, ON = "no provider", "tracing and metrics on"


def _sdk_providers() -> tuple[Any, Any]:
    from opentelemetry.sdk.metrics import MeterProvider
    from opentelemetry.sdk.metrics.export import InMemoryMetricReader
    from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
    from opentelemetry.sdk.trace.export import BatchSpanProcessor, SpanExporter, SpanExportResult

    class Dropped(SpanExporter):
        def export(self, spans: Sequence[ReadableSpan]) -> SpanExportResult:
            return SpanExportResult.SUCCESS

    tracing = TracerProvider()
    tracing.add_span_processor(BatchSpanProcessor(Dropped()))
    return tracing, MeterProvider(metric_readers=[InMemoryMetricReader()])


def main(rounds: int) -> dict[str, dict[str, float]]:
    assert "opentelemetry" not in sys.modules, "step 1 needs a process without opentelemetry"
    found = {NOT_IMPORTED: measure_calls({"raw httpx": raw_httpx_call(), "KlarnaPayments": sdk_call()}, 3, rounds)}
    from opentelemetry import metrics, trace

    unset = (trace.get_tracer_provider(), metrics.get_meter_provider())  # the API's proxies
    configured = _sdk_providers()

    def under(providers: tuple[Any, Any], call: Call) -> Call:
        tracer_getter, meter_getter = (lambda: providers[0]), (lambda: providers[1])

        def run(body: dict[str, Any]) -> Any:
            trace.get_tracer_provider, metrics.get_meter_provider = tracer_getter, meter_getter
            return call(body)

        return run

    contenders = {
        "raw httpx": raw_httpx_call(),
        NO_PROVIDER: under(unset, sdk_call()),
        ON: under(configured, sdk_call()),
    }
    found[IMPORTED] = measure_calls(contenders, 3, rounds)
    return {step: cost.medians_us for step, cost in found.items()}


if __name__ == "__main__":
    print(json.dumps(main(int(sys.argv[1]))))
