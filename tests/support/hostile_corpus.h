#pragma once
// A deterministic generator of hostile documents (HTML, Markdown and text) for
// the untrusted-content tests. Each document combines and mutates building
// blocks: <script> in many spellings, event handlers on many elements,
// javascript:/data:/vbscript: URLs, SVG and MathML, srcdoc, meta refresh,
// <base>, <link>, CSS url()/@import, object/embed, templates, mXSS-style
// nesting, entity-encoded and unicode-escaped payloads, broken nesting and
// Markdown links. Every payload that ran would set window.__pwned AND request
// http://127.0.0.1:<canaryPort>/pwned?id=<document id>, so execution and
// network escape are both detectable. QtCore only.

#include <QList>
#include <QString>
#include <QStringList>

namespace stratos::test {

struct HostileDocument
{
    int id = 0;
    QString fileName;  // hostile-0042.html, .md or .txt
    QString content;
    QString marker;    // a plain word the document's text must still contain when shown
    QStringList blocks; // the building blocks used, to name a failure
};

// The same seed, count and port give byte-identical documents.
QList<HostileDocument> hostileCorpus(quint32 seed, int count, quint16 canaryPort);

// How many HTML and Markdown building blocks the generator draws from.
int hostileBlockCount(bool markdown);

// The count and seed for a test run: STRATOS_HTML_FUZZ_COUNT and
// STRATOS_HTML_FUZZ_SEED when set, else the defaults.
int hostileCorpusCount(int defaultCount);
quint32 hostileCorpusSeed(quint32 defaultSeed);

// A small PRNG with the same output everywhere (std:: distributions are not).
class CorpusRng
{
public:
    explicit CorpusRng(quint32 seed) : m_state(seed * 2654435761u + 0x9e3779b9u) {}
    quint32 next()
    {
        // xorshift32
        quint32 x = m_state ? m_state : 0x6d2b79f5u;
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        m_state = x;
        return x;
    }
    int below(int n) { return n <= 0 ? 0 : int(next() % quint32(n)); }
    bool chance(int percent) { return below(100) < percent; }
    template <typename T> const T &pick(const QList<T> &list) { return list[below(int(list.size()))]; }

private:
    quint32 m_state;
};

} // namespace stratos::test
