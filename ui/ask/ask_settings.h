#pragma once
// Reads and writes the Ask backend settings (QSettings group "ask"), with the
// defaults each backend expects, and a one-line label for the panel.

#include "ask/ask_types.h"

class QSettings;

namespace stratos {

ask::BackendSettings loadAskSettings(QSettings &settings);
void saveAskSettings(QSettings &settings, const ask::BackendSettings &s);

// http://127.0.0.1:11434 for Ollama, http://127.0.0.1:8080 for OpenAI-compatible servers.
QUrl defaultEndpoint(ask::BackendKind kind);

// "Built-in (offline, extractive)", "Ollama · llama3.2 · 127.0.0.1:11434", ...
QString backendLabel(const ask::BackendSettings &s);

// The settings may be used: a non-loopback endpoint needs the opt-in.
bool endpointAllowed(const ask::BackendSettings &s);

} // namespace stratos
