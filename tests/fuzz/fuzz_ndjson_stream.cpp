// Ollama's NDJSON chat stream, split at fuzzer-chosen points (see fuzz_stream.h).
#include "fuzz_stream.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return stratos::fuzz::runStream<stratos::ask::NdjsonChatDecoder>(data, size, false);
}
