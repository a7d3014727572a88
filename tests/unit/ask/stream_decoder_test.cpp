// The NDJSON and SSE decoders fed byte by byte and in odd pieces.
#include "ask/stream_decoder.h"
#include "test_env.h"

#include <gtest/gtest.h>
#include <utility>

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

// Found by fuzz_ndjson_stream (tests/data/fuzz-regressions/fuzz_ndjson_stream/):
// {"error":""} failed the stream with an empty error, so the failure was silent
// (and, with a long line in the same piece, the error depended on piece sizes).
TEST(NdjsonChatDecoder, AnErrorWithoutAMessageStillSaysSo)
{
    const QString expected = QStringLiteral("the server reported an error without a message");
    for (const QByteArray &error : {QByteArray("\"\""), QByteArray("\" \""), QByteArray("null"),
                                    QByteArray("{\"message\":\"\"}")}) {
        NdjsonChatDecoder d;
        const DecodeResult r =
            d.feed("{\"error\":" + error + "}\n{\"message\":{\"content\":\"late\"}}\n");
        EXPECT_EQ(r.error, error.startsWith('{') ? QStringLiteral("{\"message\":\"\"}") : expected)
            << error.constData();
        EXPECT_TRUE(r.deltas.isEmpty());
    }
    SseChatDecoder s;
    EXPECT_EQ(decode(s, "data: {\"error\":\"\"}\n\n", 3).error, expected);
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

// 200,000 one-character events in random pieces: what the decoder holds back
// never exceeds its line limit, and a line past the limit empties it.
TEST(ChatStreamDecoders, BufferedBytesNeverExceedTheLineLimit)
{
    constexpr qsizetype kLimit = 4096;
    QByteArray ndjson, sse;
    for (int i = 0; i < 200000; ++i) {
        const char c = char('a' + i % 26);
        ndjson += QByteArray("{\"message\":{\"content\":\"") + c + "\"},\"done\":false}\n";
        sse += QByteArray("data: {\"choices\":[{\"delta\":{\"content\":\"") + c + "\"}}]}\n\n";
    }
    NdjsonChatDecoder n(kLimit);
    SseChatDecoder s(kLimit);
    const std::pair<ChatStreamDecoder *, const QByteArray *> cases[] = {{&n, &ndjson}, {&s, &sse}};
    for (const auto &[decoder, bytes] : cases) {
        quint32 seed = 12345;
        qsizetype maxBuffered = 0, deltas = 0;
        for (qsizetype i = 0; i < bytes->size();) {
            seed = seed * 1664525u + 1013904223u;
            const qsizetype piece = std::min<qsizetype>(1 + (seed >> 8) % 9000, bytes->size() - i);
            const DecodeResult r = decoder->feed(QByteArrayView(*bytes).sliced(i, piece));
            ASSERT_TRUE(r.error.isEmpty()) << r.error.toStdString();
            deltas += r.deltas.size();
            maxBuffered = std::max(maxBuffered, decoder->bufferedBytes());
            ASSERT_LE(decoder->bufferedBytes(), kLimit);
            i += piece;
        }
        EXPECT_EQ(deltas, 200000);
        EXPECT_GT(maxBuffered, 0);
        EXPECT_EQ(decoder->completeLines(), decoder == &n ? 200000 : 400000);
        const DecodeResult tooLong = decoder->feed(QByteArray(3 * kLimit, 'z'));
        EXPECT_TRUE(tooLong.error.contains("without a line break")) << tooLong.error.toStdString();
        EXPECT_EQ(decoder->bufferedBytes(), 0);
    }
}
