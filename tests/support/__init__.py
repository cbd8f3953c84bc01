"""Helpers shared by the test modules: payloads, in-process transports, the document, strategies."""
