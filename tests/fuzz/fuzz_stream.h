#pragma once
// The chat stream decoders promise that bytes may be split anywhere (inside a
// line, a CRLF or a UTF-8 character). The input's first byte says how many of
// the next bytes are chunk lengths; the rest is the stream, fed in those chunks
// (the remainder as the last one), then finish(). The result must equal
// decoding the same stream in one piece, and the line buffer must stay within
// its limit, which is small here so inputs reach it.
#include "ask/stream_decoder.h"
#include "fuzz_check.h"

#include <QList>

namespace stratos::fuzz {

inline constexpr qsizetype kStreamMaxLine = 512;

struct Decoded
{
    QString text;
    bool done = false;
    QString error;

    void add(const ask::DecodeResult &r)
    {
        text += r.deltas.join(QString());
        done = done || r.done;
        if (error.isEmpty())
            error = r.error;
    }
};

inline QList<QByteArrayView> chunksOf(const std::uint8_t *data, std::size_t size,
                                      QByteArrayView &stream)
{
    QList<QByteArrayView> chunks;
    if (size == 0) {
        stream = {};
        return chunks;
    }
    const std::size_t nLengths = qMin<std::size_t>(data[0] % 16, size - 1);
    const std::uint8_t *lengths = data + 1;
    const char *p = reinterpret_cast<const char *>(data + 1 + nLengths);
    const char *end = reinterpret_cast<const char *>(data + size);
    stream = QByteArrayView(p, end - p);
    for (std::size_t i = 0; i < nLengths; ++i) {
        const qsizetype n = qMin<qsizetype>(lengths[i], end - p);
        chunks.append(QByteArrayView(p, n));
        p += n;
    }
    chunks.append(QByteArrayView(p, end - p));
    return chunks;
}

inline void checkSplitter(const QList<QByteArrayView> &chunks, bool crTerminates)
{
    ask::LineSplitter splitter(kStreamMaxLine, crTerminates);
    for (const QByteArrayView chunk : chunks) {
        QList<QByteArray> lines;
        const bool ok = splitter.feed(chunk, lines);
        FUZZ_CHECK(splitter.buffered() <= kStreamMaxLine);
        if (!ok)
            FUZZ_CHECK(splitter.buffered() == 0); // "the buffer is then dropped"
        for (const QByteArray &line : lines) {
            FUZZ_CHECK(line.size() <= kStreamMaxLine);
            FUZZ_CHECK(!line.contains('\n'));
            if (crTerminates)
                FUZZ_CHECK(!line.contains('\r'));
        }
    }
    const QByteArray rest = splitter.takeRest();
    FUZZ_CHECK(rest.size() <= kStreamMaxLine && !rest.contains('\n'));
    FUZZ_CHECK(splitter.buffered() == 0);
}

template <typename Decoder>
int runStream(const std::uint8_t *data, std::size_t size, bool crTerminates)
{
    QByteArrayView stream;
    const QList<QByteArrayView> chunks = chunksOf(data, size, stream);
    checkSplitter(chunks, crTerminates);

    Decoder chunked(kStreamMaxLine);
    Decoded a;
    for (const QByteArrayView chunk : chunks)
        a.add(chunked.feed(chunk));
    a.add(chunked.finish());
    FUZZ_CHECK(chunked.isDone() == a.done);

    Decoder whole(kStreamMaxLine);
    Decoded b;
    b.add(whole.feed(stream));
    b.add(whole.finish());

    FUZZ_CHECK(a.text == b.text);
    FUZZ_CHECK(a.done == b.done);
    FUZZ_CHECK(a.error == b.error);
    return 0;
}

} // namespace stratos::fuzz
