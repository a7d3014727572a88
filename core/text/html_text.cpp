#include "text/html_text.h"

#include "text/html_entities.h"
#include "text/html_meta.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace stratos {
namespace {

using namespace html;

// Elements whose content is never text: read raw up to their end tag.
bool isRawText(const QString &tag)
{
    return isOneOf(tag, {"script", "style", "noscript", "template", "iframe", "xmp", "noembed",
                         "noframes", "textarea", "title"});
}

// Elements whose (parsed) content is furniture, not article text.
bool isSkipped(const QString &tag)
{
    return isOneOf(tag, {"svg", "math", "nav", "select", "button", "canvas", "object",
                         "audio", "video", "map", "dialog"});
}

bool isVoid(const QString &tag)
{
    return isOneOf(tag, {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                         "param", "source", "track", "wbr"});
}

bool isParagraphBlock(const QString &tag)
{
    static const QSet<QString> blocks = {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "blockquote",
        "pre", "figure", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "ul", "ol",
        "dl", "table", "address", "details", "summary", "body", "center", "form", "fieldset"};
    return blocks.contains(tag);
}

bool isLineBlock(const QString &tag) { return isOneOf(tag, {"li", "tr", "dt", "dd", "caption", "option"}); }

// Builds the output text: whitespace collapsed, block boundaries as breaks.
class TextBuilder
{
public:
    void breakAfter(int level) { m_break = qMax(m_break, level); }
    void lineBreak()
    {
        // two <br> in a row separate paragraphs
        m_break = m_break >= 1 ? 2 : 1;
        m_space = false;
    }
    void setPrefix(const QString &p) { m_prefix = p; }
    void space() { m_space = true; }

    void text(const QString &t, bool pre)
    {
        for (QChar c : t) {
            if (c == u'\r')
                continue;
            if (pre && c == u'\n') {
                m_out += u'\n';
                continue;
            }
            if (!pre && c.isSpace()) {
                m_space = true;
                continue;
            }
            if (m_out.isEmpty()) {
                m_break = 0;
                m_space = false;
            }
            if (m_break) {
                while (m_out.endsWith(u' '))
                    m_out.chop(1);
                m_out += m_break >= 2 ? QStringLiteral("\n\n") : QStringLiteral("\n");
                m_break = 0;
                m_space = false;
            }
            if (!m_prefix.isEmpty()) {
                m_out += m_prefix;
                m_prefix.clear();
                m_space = false;
            }
            if (m_space && !m_out.isEmpty() && !m_out.endsWith(u'\n'))
                m_out += u' ';
            m_space = false;
            m_out += c.isSpace() && c != u'\n' ? QChar(u' ') : c;
        }
    }
    const QString &out() const { return m_out; }

private:
    QString m_out;
    int m_break = 0;
    bool m_space = false;
    QString m_prefix;
};

class Parser
{
public:
    explicit Parser(const QString &html) : m_html(html) {}

    void run()
    {
        const qsizetype n = m_html.size();
        qsizetype i = 0;
        while (i < n) {
            const qsizetype lt = m_html.indexOf(u'<', i);
            const qsizetype textEnd = lt < 0 ? n : lt;
            if (textEnd > i)
                emitText(m_html.mid(i, textEnd - i));
            if (lt < 0)
                break;
            i = parseMarkup(lt);
        }
    }
    const QString &text() const { return m_text.out(); }
    MetaCandidates &meta() { return m_meta; }

private:
    void emitText(const QString &raw)
    {
        if (m_skipNest > 0)
            return;
        m_text.text(decodeHtmlEntities(raw), m_pre > 0);
    }

    // Returns the position after the markup that starts at lt.
    qsizetype parseMarkup(qsizetype lt)
    {
        const qsizetype n = m_html.size();
        if (m_html.mid(lt, 4) == QLatin1String("<!--")) {
            const qsizetype end = m_html.indexOf(QLatin1String("-->"), lt + 4);
            return end < 0 ? n : end + 3;
        }
        const QChar next = lt + 1 < n ? m_html[lt + 1] : QChar();
        if (next == u'!' || next == u'?') {
            const qsizetype end = m_html.indexOf(u'>', lt);
            return end < 0 ? n : end + 1;
        }
        const bool closing = next == u'/';
        qsizetype p = lt + (closing ? 2 : 1);
        if (p >= n || !m_html[p].isLetter()) {
            emitText(QStringLiteral("<")); // a literal "<", as in "a < b"
            return lt + 1;
        }
        const qsizetype nameStart = p;
        while (p < n && (m_html[p].isLetterOrNumber() || m_html[p] == u'-' || m_html[p] == u':'))
            ++p;
        const QString tag = m_html.mid(nameStart, p - nameStart).toLower();
        Attributes attrs;
        bool selfClosing = false;
        p = parseAttributes(p, attrs, selfClosing);
        if (closing)
            endTag(tag);
        else
            p = startTag(tag, attrs, selfClosing, p);
        return p;
    }

    qsizetype parseAttributes(qsizetype p, Attributes &attrs, bool &selfClosing)
    {
        const qsizetype n = m_html.size();
        while (p < n) {
            const QChar c = m_html[p];
            if (c == u'>')
                return p + 1;
            if (c == u'/' && p + 1 < n && m_html[p + 1] == u'>') {
                selfClosing = true;
                return p + 2;
            }
            if (c.isSpace() || c == u'/') {
                ++p;
                continue;
            }
            const qsizetype nameStart = p;
            while (p < n && !m_html[p].isSpace() && m_html[p] != u'=' && m_html[p] != u'>' &&
                   !(m_html[p] == u'/' && p + 1 < n && m_html[p + 1] == u'>'))
                ++p;
            const QString name = m_html.mid(nameStart, p - nameStart).toLower();
            while (p < n && m_html[p].isSpace())
                ++p;
            QString value;
            if (p < n && m_html[p] == u'=') {
                ++p;
                while (p < n && m_html[p].isSpace())
                    ++p;
                if (p < n && (m_html[p] == u'"' || m_html[p] == u'\'')) {
                    const QChar quote = m_html[p];
                    const qsizetype end = m_html.indexOf(quote, p + 1);
                    value = m_html.mid(p + 1, (end < 0 ? n : end) - p - 1);
                    p = end < 0 ? n : end + 1;
                } else {
                    const qsizetype vs = p;
                    while (p < n && !m_html[p].isSpace() && m_html[p] != u'>')
                        ++p;
                    value = m_html.mid(vs, p - vs);
                }
            }
            if (!name.isEmpty() && !attrs.contains(name))
                attrs.insert(name, decodeHtmlEntities(value));
        }
        return n;
    }

    qsizetype startTag(const QString &tag, const Attributes &attrs, bool selfClosing, qsizetype p)
    {
        collectMeta(tag, attrs, m_meta);
        if (isRawText(tag) && !selfClosing)
            return readRawText(tag, attrs, p);
        if (m_skipNest > 0) {
            if (tag == m_skipTag && !isVoid(tag) && !selfClosing)
                ++m_skipNest;
            return p;
        }
        // Only elements that are always closed: an unclosed <li hidden> must not hide the page.
        const bool closable = isOneOf(tag, {"div", "span", "section", "aside", "ul", "ol", "table", "figure"});
        const bool hidden = closable && (attrs.contains(QStringLiteral("hidden")) ||
                            attrLower(attrs, "aria-hidden") == QLatin1String("true") ||
                            attrLower(attrs, "style").remove(u' ').contains(QLatin1String("display:none")));
        if ((isSkipped(tag) || hidden) && !isVoid(tag) && !selfClosing) {
            m_skipTag = tag;
            m_skipNest = 1;
            return p;
        }
        if (tag == QLatin1String("br")) {
            m_text.lineBreak();
        } else if (tag == QLatin1String("li")) {
            m_text.breakAfter(1);
            m_text.setPrefix(QStringLiteral("\u2022 "));
        } else if (isLineBlock(tag)) {
            m_text.breakAfter(1);
        } else if (isParagraphBlock(tag)) {
            m_text.breakAfter(2);
        } else if (tag == QLatin1String("td") || tag == QLatin1String("th")) {
            m_text.space();
        }
        if (tag == QLatin1String("pre") && !selfClosing)
            ++m_pre;
        if (tag == QLatin1String("h1") && m_meta.h1.isEmpty() && m_h1Start < 0)
            m_h1Start = m_text.out().size();
        return p;
    }

    void endTag(const QString &tag)
    {
        if (m_skipNest > 0) {
            if (tag == m_skipTag)
                --m_skipNest;
            return;
        }
        if (isLineBlock(tag))
            m_text.breakAfter(1);
        else if (isParagraphBlock(tag))
            m_text.breakAfter(2);
        if (tag == QLatin1String("pre") && m_pre > 0)
            --m_pre;
        if (tag == QLatin1String("h1") && m_h1Start >= 0) {
            m_meta.h1 = m_text.out().mid(m_h1Start).simplified();
            m_h1Start = -1;
        }
    }

    qsizetype readRawText(const QString &tag, const Attributes &attrs, qsizetype p)
    {
        static const QRegularExpression endRe(QStringLiteral("</\\s*([a-zA-Z0-9-]+)[^>]*>"));
        qsizetype end = m_html.size(), after = m_html.size();
        for (auto it = endRe.globalMatch(m_html, p); it.hasNext();) {
            const auto m = it.next();
            if (m.captured(1).toLower() == tag) {
                end = m.capturedStart();
                after = m.capturedEnd();
                break;
            }
        }
        const QString raw = m_html.mid(p, end - p);
        if (tag == QLatin1String("title") && m_meta.title.isEmpty())
            m_meta.title = decodeHtmlEntities(raw).simplified();
        else if (tag == QLatin1String("script") && attrLower(attrs, "type") == QLatin1String("application/ld+json"))
            scanJsonLd(raw, m_meta);
        else if (tag == QLatin1String("textarea") && m_skipNest == 0)
            m_text.text(decodeHtmlEntities(raw), false);
        return after;
    }

    const QString &m_html;
    TextBuilder m_text;
    MetaCandidates m_meta;
    QString m_skipTag;
    int m_skipNest = 0;
    int m_pre = 0;
    qsizetype m_h1Start = -1;
};

QString tidy(const QString &text)
{
    QStringList lines = text.split(u'\n');
    for (QString &l : lines) {
        while (l.endsWith(u' ') || l.endsWith(u'\t'))
            l.chop(1);
    }
    QString out = lines.join(u'\n');
    static const QRegularExpression manyBreaks(QStringLiteral("\\n{3,}"));
    out.replace(manyBreaks, QStringLiteral("\n\n"));
    return out.trimmed();
}

} // namespace

HtmlExtract extractHtml(const QString &html)
{
    Parser parser(html);
    parser.run();
    HtmlExtract out;
    out.text = tidy(parser.text());
    const MetaCandidates &m = parser.meta();
    const QString site = !m.siteName.isEmpty() ? m.siteName : !m.ldPublisher.isEmpty() ? m.ldPublisher : m.appName;
    if (!m.ogTitle.isEmpty()) {
        out.meta.title = stripSiteSuffix(m.ogTitle, site);
        out.meta.titleFrom = QStringLiteral("og:title");
    } else if (!m.title.isEmpty()) {
        out.meta.title = stripSiteSuffix(m.title, site);
        out.meta.titleFrom = QStringLiteral("<title>");
    } else if (!m.h1.isEmpty()) {
        out.meta.title = m.h1;
        out.meta.titleFrom = QStringLiteral("first heading");
    } else if (out.meta.title = guessTitle(out.text); !out.meta.title.isEmpty()) {
        out.meta.titleFrom = QStringLiteral("first lines of text");
    }
    out.meta.url = safeHttpUrl(m.canonical);
    if (out.meta.url.isEmpty())
        out.meta.url = safeHttpUrl(m.ogUrl);
    out.meta.publisher = site.isEmpty() ? publisherFromUrl(out.meta.url) : site;
    out.meta.authors = !m.ldAuthor.isEmpty() ? m.ldAuthor : m.author;
    if (!out.meta.authors.isEmpty())
        out.meta.authorsFrom = !m.ldAuthor.isEmpty() ? QStringLiteral("JSON-LD author") : QStringLiteral("meta author");
    const std::pair<QString, const char *> dates[] = {{m.published, "article:published_time"},
                                                      {m.ldPublished, "JSON-LD datePublished"},
                                                      {m.metaDate, "meta date"},
                                                      {m.timeDate, "<time>"}};
    for (const auto &[d, from] : dates) {
        out.meta.date = parseLooseDate(d);
        if (out.meta.date.isValid()) {
            out.meta.dateFrom = QLatin1String(from);
            break;
        }
    }
    if (!out.meta.date.isValid() && (out.meta.date = findDate(out.text, 1500)).isValid())
        out.meta.dateFrom = QStringLiteral("first lines of text");
    return out;
}

} // namespace stratos
