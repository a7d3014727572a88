#include "claims/entity_catalog.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace stratos::claims {
namespace {

bool isSeparator(QChar c)
{
    // Space, hyphens (ASCII, Unicode hyphen, non-breaking hyphen), underscore, no-break space.
    return c.isSpace() || c == u'-' || c == QChar(0x2010) || c == QChar(0x2011) || c == u'_';
}

bool isWordChar(QChar c) { return c.isLetterOrNumber(); }

bool tickerLike(const QString &name)
{
    // Short all-capital names (NVDA, META, TSMC, PLUG) are ordinary words in lower case.
    if (name.size() > 5)
        return false;
    bool letters = false;
    for (QChar c : name) {
        if (c.isLower())
            return false;
        letters = letters || c.isLetter();
    }
    return letters;
}

// Text folded to lower case without separators, with the original index of each kept character.
struct Folded
{
    QString text;
    QList<int> at;
};

Folded fold(const QString &s, int from, int to)
{
    Folded f;
    f.text.reserve(to - from);
    for (int i = from; i < to; ++i) {
        const QChar c = s.at(i);
        if (isSeparator(c))
            continue;
        f.text.append(c.toLower());
        f.at.append(i);
    }
    return f;
}

QString foldName(const QString &name) { return fold(name, 0, int(name.size())).text; }

quint32 firstPair(QStringView s) { return quint32(s[0].unicode()) << 16 | s[1].unicode(); }

} // namespace

QString commonName(const QString &name)
{
    static const QRegularExpression paren(QStringLiteral("\\s*\\([^)]*\\)"));
    static const QRegularExpression suffix(
        QStringLiteral("(?:,?\\s+(?:Inc\\.?|Corporation|Corp\\.?|Co\\.?|Ltd\\.?|N\\.V\\.|plc|Holdings?|"
                       "Group|Platforms|Class\\s+[A-C]|AI)|\\.com)$"),
        QRegularExpression::CaseInsensitiveOption);
    QString out = name;
    out.remove(paren);
    out = out.trimmed();
    for (;;) {
        const auto m = suffix.match(out);
        if (!m.hasMatch() || m.capturedStart() < 3)
            break;
        out = out.left(m.capturedStart()).trimmed();
    }
    while (out.endsWith(u','))
        out.chop(1);
    return out;
}

void EntityCatalog::add(const QString &name, EntityKind kind, const QString &key, bool loose)
{
    const QString trimmed = name.trimmed();
    if (trimmed.size() < 2)
        return;
    for (const Name &n : std::as_const(m_names))
        if (n.original == trimmed && n.key == key)
            return;
    m_names.append({foldName(trimmed), tickerLike(trimmed), loose, trimmed, kind, key});
    const QString &folded = m_names.constLast().folded;
    if (folded.size() >= 2)
        m_byFirstPair[firstPair(folded)].append(int(m_names.size() - 1));
    else if (folded.size() == 1)
        m_oneCharacter.append(int(m_names.size() - 1));
}

EntityCatalog EntityCatalog::build(const CatalogInput &input)
{
    EntityCatalog c;
    QHash<QString, QString> securityOfOrg;
    for (const auto &s : input.securities)
        if (!s.organization.isEmpty() && s.kind == QLatin1String("stock"))
            securityOfOrg.insert(s.organization, s.symbol);
    for (const auto &s : input.securities) {
        c.add(s.symbol, EntityKind::Security, s.symbol, false);
        if (s.symbol.startsWith(u'^'))
            c.add(s.symbol.mid(1), EntityKind::Security, s.symbol, false);
        c.add(s.name, EntityKind::Security, s.symbol, false);
        const QString common = commonName(s.name);
        c.add(common, EntityKind::Security, s.symbol, false);
        // An index is called by its first word ("the Nasdaq", "the S&P").
        if (s.kind == QLatin1String("index") && common.contains(u' '))
            c.add(common.section(u' ', 0, 0), EntityKind::Security, s.symbol, false);
    }
    for (const QString &org : input.organizations) {
        const QString symbol = securityOfOrg.value(org);
        const EntityKind kind = symbol.isEmpty() ? EntityKind::Organization : EntityKind::Security;
        const QString key = symbol.isEmpty() ? org : symbol;
        c.add(org, kind, key, false);
        c.add(commonName(org), kind, key, false);
    }
    // Model aliases: the name without its parenthesis, and without the
    // organization's prefix ("DeepSeek-R1" -> "R1") when what is left has a digit.
    // An alias two models share is dropped.
    QHash<QString, QSet<QString>> aliasOwners;
    QList<QPair<QString, QString>> aliases;
    static const QRegularExpression paren(QStringLiteral("\\s*\\([^)]*\\)"));
    for (const auto &m : input.models) {
        c.add(m.name, EntityKind::Model, m.name, true);
        QStringList forms{QString(m.name).remove(paren).trimmed()};
        const QString org = commonName(m.organization);
        if (!org.isEmpty() && forms.first().startsWith(org, Qt::CaseInsensitive)) {
            QString rest = forms.first().mid(org.size());
            while (!rest.isEmpty() && isSeparator(rest.at(0)))
                rest.remove(0, 1);
            if (rest.size() >= 2 && std::any_of(rest.begin(), rest.end(), [](QChar ch) { return ch.isDigit(); }))
                forms << rest;
        }
        for (const QString &f : forms) {
            if (f == m.name)
                continue;
            aliasOwners[foldName(f)].insert(m.name);
            aliases.append({f, m.name});
        }
    }
    QSet<QString> fullNames;
    for (const auto &m : input.models)
        fullNames.insert(foldName(m.name));
    for (const auto &[alias, model] : std::as_const(aliases))
        if (aliasOwners.value(foldName(alias)).size() == 1 && !fullNames.contains(foldName(alias)))
            c.add(alias, EntityKind::Model, model, true);
    for (const QString &k : input.constellations)
        c.add(k, EntityKind::Constellation, k, false);
    return c;
}

QList<EntityMention> EntityCatalog::find(const QString &text, int from, int to) const
{
    from = std::clamp(from, 0, int(text.size()));
    to = std::clamp(to, from, int(text.size()));
    const Folded f = fold(text, from, to);
    // Every occurrence of every name, overlapping ones included, in the order
    // of the names and then of the text (the sort below is not stable: the
    // same order in gives the same mentions out).
    QList<std::pair<int, qsizetype>> hits;
    const QStringView folded(f.text);
    for (qsizetype at = 0; at + 1 < folded.size(); ++at) {
        const auto it = m_byFirstPair.constFind(firstPair(folded.sliced(at)));
        if (it == m_byFirstPair.cend())
            continue;
        for (const int i : it.value())
            if (folded.sliced(at).startsWith(m_names.at(i).folded))
                hits.append({i, at});
    }
    for (const int i : m_oneCharacter)
        for (qsizetype at = f.text.indexOf(m_names.at(i).folded); at >= 0; at = f.text.indexOf(m_names.at(i).folded, at + 1))
            hits.append({i, at});
    std::sort(hits.begin(), hits.end());
    QList<EntityMention> found;
    for (const auto &[index, at] : std::as_const(hits)) {
        const Name &n = m_names.at(index);
        const int start = f.at.at(at);
        const int end = f.at.at(at + n.folded.size() - 1) + 1;
        if ((start > 0 && isWordChar(text.at(start - 1)) && isWordChar(text.at(start)))
            || (end < text.size() && isWordChar(text.at(end)) && isWordChar(text.at(end - 1))))
            continue;
        const QString written = text.mid(start, end - start);
        if (n.caseSensitive && written != n.original)
            continue;
        if (!n.loose && written.simplified().compare(n.original, Qt::CaseInsensitive) != 0)
            continue;
        found.append({start, end, n.kind, n.key, written});
    }
    // Longest first, then drop mentions that overlap a kept one.
    std::sort(found.begin(), found.end(), [](const EntityMention &a, const EntityMention &b) {
        return (a.end - a.start) != (b.end - b.start) ? (a.end - a.start) > (b.end - b.start) : a.start < b.start;
    });
    QList<EntityMention> kept;
    for (const EntityMention &m : found) {
        const bool overlaps = std::any_of(kept.begin(), kept.end(), [&](const EntityMention &k) {
            return m.start < k.end && k.start < m.end;
        });
        if (!overlaps)
            kept.append(m);
    }
    std::sort(kept.begin(), kept.end(), [](const EntityMention &a, const EntityMention &b) { return a.start < b.start; });
    return kept;
}

} // namespace stratos::claims
