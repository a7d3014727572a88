// The NDJSON and SSE decoders fed byte by byte and in odd pieces.
#include "ask/stream_decoder.h"
#include "test_env.h"

#include <gtest/gtest.h>

using namespace stratos::ask;

namespace {

struct Decoded
{
    QString text;
    bool done = false;
    QString error;
};

Decoded decode(ChatStreamDecoder &d, const QByteArray &bytes, int piece)
{
    Decoded out;
    for (qsizetype i = 0; i < bytes.size() && out.error.isEmpty() && !out.done; i += piece) {
        const DecodeResult r = d.feed(QByteArrayView(bytes).sliced(i, std::min<qsizetype>(piece, bytes.size() - i)));
        out.text += r.deltas.join(QString());
        out.done = r.done;
        out.error = r.error;
    }
    if (out.error.isEmpty() && !out.done) {
        const DecodeResult r = d.finish();
        out.text += r.deltas.join(QString());
        out.done = r.done;
        out.error = r.error;
    }
    return out;
}

const QByteArray kNdjson = "{\"message\":{\"content\":\"Gr\xc3\xbc\xc3\x9f\x65 \"},\"done\":false}\n"
                           "{\"message\":{\"content\":\"\xe6\x9d\xb1\xe4\xba\xac [1]\"},\"done\":false}\r\n"
                           "\n"
                           "{\"message\":{\"content\":\"\"},\"done\":true,\"done_reason\":\"stop\"}";

const QByteArray kSse = ": ping\r\n\r\n"
                        "event: completion\r\n"
                        "data: {\"choices\":[{\"delta\":{\"role\":\"assistant\"},\"finish_reason\":null}]}\r\n\r\n"
                        "data: {\"choices\":[{\"delta\":{\"content\":\"Gr\xc3\xbc\xc3\x9f\x65 \"},\"finish_reason\":null}]}\r\r"
                        "data: {\"choices\":[{\"delta\":{\"content\":\"\xe6\x9d\xb1\xe4\xba\xac [1]\"},"
                        "\"finish_reason\":null}]}\n\n"
                        "data: {\"choices\":[{\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n"
                        "data: [DONE]\n\n";

} // namespace

TEST(NdjsonChatDecoder, DecodesTheSameInAnyPieceSize)
{
    for (int piece : {1, 2, 3, 7, 64, 4096}) {
        NdjsonChatDecoder d;
        const Decoded r = decode(d, kNdjson, piece);
        EXPECT_EQ(r.text, QString::fromUtf8("Grüße 東京 [1]")) << piece;
        EXPECT_TRUE(r.done) << piece;
        EXPECT_TRUE(r.error.isEmpty()) << r.error.toStdString();
    }
}

TEST(NdjsonChatDecoder, ErrorObjectsAndGarbageFail)
{
    NdjsonChatDecoder a;
    EXPECT_EQ(decode(a, "{\"error\":\"out of memory\"}\n", 4).error, QStringLiteral("out of memory"));
    NdjsonChatDecoder b;
    EXPECT_TRUE(decode(b, "<html>502 Bad Gateway</html>\n", 100).error.contains("not a JSON object"));
    NdjsonChatDecoder c;
    const Decoded cut = decode(c, "{\"message\":{\"content\":\"Nvid\"},\"done\":false}\n", 5);
    EXPECT_FALSE(cut.done); // the stream ended without done:true
}

TEST(NdjsonChatDecoder, ALineLongerThanTheLimitFailsWithoutGrowing)
{
    NdjsonChatDecoder d(1024);
    const Decoded r = decode(d, QByteArray(10 * 1024, 'x'), 100);
    EXPECT_TRUE(r.error.contains("without a line break")) << r.error.toStdString();
}

TEST(SseChatDecoder, DecodesTheSameInAnyPieceSize)
{
    for (int piece : {1, 2, 3, 5, 11, 4096}) {
        SseChatDecoder d;
        const Decoded r = decode(d, kSse, piece);
        EXPECT_EQ(r.text, QString::fromUtf8("Grüße 東京 [1]")) << piece;
        EXPECT_TRUE(r.done) << piece;
        EXPECT_TRUE(r.error.isEmpty()) << r.error.toStdString();
        EXPECT_TRUE(d.sawFinishReason());
    }
}

TEST(SseChatDecoder, ErrorsInTheirSeveralForms)
{
    SseChatDecoder a;
    EXPECT_EQ(decode(a, "data: {\"error\":{\"message\":\"context full\"}}\n\n", 3).error, QStringLiteral("context full"));
    SseChatDecoder b;
    EXPECT_EQ(decode(b, "error: {\"code\":500,\"message\":\"slot unavailable\"}\n\n", 3).error,
              QStringLiteral("slot unavailable"));
    SseChatDecoder c;
    EXPECT_EQ(decode(c, "event: error\ndata: {\"message\":\"overloaded\"}\n\n", 3).error, QStringLiteral("overloaded"));
    SseChatDecoder e;
    EXPECT_TRUE(decode(e, "data: not json\n\n", 3).error.contains("not a JSON object"));
}

TEST(SseChatDecoder, AStreamWithoutDoneButWithAFinishReasonCompletes)
{
    SseChatDecoder d;
    const Decoded r = decode(d, "data: {\"choices\":[{\"delta\":{\"content\":\"ok\"},\"finish_reason\":\"stop\"}]}", 4);
    EXPECT_EQ(r.text, QStringLiteral("ok"));
    EXPECT_TRUE(r.done);
}

TEST(SseChatDecoder, ALongLineFailsWithoutGrowing)
{
    SseChatDecoder d(64 * 1024);
    const Decoded r = decode(d, "data: " + QByteArray(1024 * 1024, 'a'), 8192);
    EXPECT_TRUE(r.error.contains("without a line break")) << r.error.toStdString();
}

TEST(LineSplitter, CrLfSplitAcrossFeedsIsOneTerminator)
{
    LineSplitter s(100, true);
    QList<QByteArray> lines;
    ASSERT_TRUE(s.feed("a\r", lines));
    ASSERT_TRUE(s.feed("\nb\n", lines));
    EXPECT_EQ(lines, (QList<QByteArray>{"a", "b"}));
}
