#include "sql_script.h"

#include <QRegularExpression>

namespace stratos {

QStringList splitSqlScript(const QString &script)
{
    QStringList out;
    QString current;
    const qsizetype n = script.size();
    auto isTrigger = [&current] {
        static const QRegularExpression re(QStringLiteral("^\\s*CREATE\\s+(TEMP\\w*\\s+)?TRIGGER"),
                                           QRegularExpression::CaseInsensitiveOption);
        return re.match(current).hasMatch();
    };
    // A PostgreSQL trigger (EXECUTE FUNCTION f()) has no BEGIN ... END body:
    // its first semicolon ends it.
    auto hasBody = [&current] {
        static const QRegularExpression re(QStringLiteral("\\bBEGIN\\b"), QRegularExpression::CaseInsensitiveOption);
        return re.match(current).hasMatch();
    };
    auto endsWithEnd = [&current] {
        static const QRegularExpression re(QStringLiteral("\\bEND\\s*$"),
                                           QRegularExpression::CaseInsensitiveOption);
        return re.match(current).hasMatch();
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = script[i];
        if (c == u'-' && i + 1 < n && script[i + 1] == u'-') {
            while (i < n && script[i] != u'\n')
                ++i;
            current += u'\n';
            continue;
        }
        if (c == u'\'' || c == u'"') {
            const QChar quote = c;
            current += c;
            ++i;
            while (i < n) {
                current += script[i];
                if (script[i] == quote) {
                    if (i + 1 < n && script[i + 1] == quote) {
                        current += script[++i];
                    } else {
                        break;
                    }
                }
                ++i;
            }
            continue;
        }
        if (c == u';') {
            if (isTrigger() && hasBody() && !endsWithEnd()) {
                current += c;
                continue;
            }
            const QString stmt = current.trimmed();
            if (!stmt.isEmpty())
                out.append(stmt);
            current.clear();
            continue;
        }
        current += c;
    }
    const QString tail = current.trimmed();
    if (!tail.isEmpty())
        out.append(tail);
    return out;
}

} // namespace stratos
