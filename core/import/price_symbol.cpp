#include "import/price_symbol.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace stratos::import::detail {
namespace {

// Indices whose caret file names drop ("IXIC_2005_2025.csv", "SPX.csv").
const QSet<QString> &indexNames()
{
    static const QSet<QString> names = {
        QStringLiteral("GSPC"), QStringLiteral("IXIC"), QStringLiteral("DJI"),
        QStringLiteral("NDX"),  QStringLiteral("RUT"),  QStringLiteral("VIX"),
        QStringLiteral("SOX"),  QStringLiteral("NYA"),  QStringLiteral("FTSE"),
        QStringLiteral("N225"), QStringLiteral("HSI"),  QStringLiteral("GDAXI"),
        QStringLiteral("FCHI"), QStringLiteral("STOXX50E"), QStringLiteral("SPX")};
    return names;
}

QString tickerOf(const QString &token, const QSet<QString> &known)
{
    const QString upper = token.toUpper();
    if (known.contains(upper))
        return upper;
    if (known.contains(u'^' + upper))
        return u'^' + upper;
    static const QRegularExpression stooq(QStringLiteral("^([a-z0-9]{1,6})\\.([a-z]{2})$"),
                                          QRegularExpression::CaseInsensitiveOption);
    if (const auto m = stooq.match(token); m.hasMatch()) {
        const QString base = m.captured(1).toUpper();
        if (base.front().isDigit() && !base.back().isDigit())
            return {};
        return m.captured(2).compare(u"us", Qt::CaseInsensitive) == 0
                   ? base
                   : base + u'.' + m.captured(2).toUpper();
    }
    if (indexNames().contains(token))
        return u'^' + token;
    static const QRegularExpression caret(QStringLiteral("^\\^[A-Z0-9]{2,9}$"));
    static const QRegularExpression plain(QStringLiteral("^[A-Z]{1,5}([.-][A-Z])?$"));
    if (caret.match(token).hasMatch() || plain.match(token).hasMatch())
        return token;
    return {};
}

} // namespace

FileNameSymbol symbolFromFileName(const QString &fileName, const QStringList &known)
{
    FileNameSymbol out;
    const QSet<QString> knownSet(known.begin(), known.end());
    const QString base = QFileInfo(fileName).completeBaseName();
    static const QRegularExpression separators(QStringLiteral("[_ ]+"));
    QStringList symbols;
    for (const QString &token : base.split(separators, Qt::SkipEmptyParts)) {
        const QString symbol = tickerOf(token, knownSet);
        if (symbol.isEmpty())
            continue;
        out.candidates.append(token);
        if (!symbols.contains(symbol)) {
            symbols.append(symbol);
            out.token = token;
        }
    }
    if (symbols.size() == 1)
        out.symbol = symbols.first();
    else
        out.token.clear();
    return out;
}

} // namespace stratos::import::detail
