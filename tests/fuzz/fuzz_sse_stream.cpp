// OpenAI-compatible server-sent events, split at fuzzer-chosen points (see fuzz_stream.h).
#include "fuzz_stream.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return stratos::fuzz::runStream<stratos::ask::SseChatDecoder>(data, size, true);
}
