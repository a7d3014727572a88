#include "sql_translate.h"

#include <QList>
#include <QSet>
#include <algorithm>

namespace stratos {
namespace {

enum class Kind { Word, Quoted, String, Number, Punct, Space, Comment };

struct Token
{
    Kind kind;
    qsizetype begin;
    qsizetype end;
};

struct Edit
{
    qsizetype begin;
    qsizetype end;
    QString text;
};

// A column of a CREATE TABLE or ALTER TABLE ... ADD COLUMN, by its tokens'
// indices into the statement's significant tokens.
struct Column
{
    QString name;
    int typeToken = -1;
    bool integer = false;
    bool primaryKey = false;
    bool references = false;
};

// Words SQLite knows and PostgreSQL does not, or reads otherwise.
const QSet<QString> &refusedWords()
{
    static const QSet<QString> words{
        QStringLiteral("AUTOINCREMENT"), QStringLiteral("PRAGMA"), QStringLiteral("VIRTUAL"),
        QStringLiteral("TRIGGER"),       QStringLiteral("NOCASE"), QStringLiteral("RTRIM"),
        QStringLiteral("GLOB"),          QStringLiteral("STRICT"), QStringLiteral("ROWID"),
        QStringLiteral("ATTACH"),        QStringLiteral("VACUUM"),
        // SQLite writes 'YYYY-MM-DD HH:MM:SS', PostgreSQL its own format with a time zone.
        QStringLiteral("CURRENT_TIMESTAMP"), QStringLiteral("CURRENT_DATE"), QStringLiteral("CURRENT_TIME")};
    return words;
}

// SQLite functions PostgreSQL has not (or has with another meaning).
const QSet<QString> &sqliteFunctions()
{
    static const QSet<QString> names{
        QStringLiteral("STRFTIME"),     QStringLiteral("JULIANDAY"), QStringLiteral("DATETIME"),
        QStringLiteral("UNIXEPOCH"),    QStringLiteral("IFNULL"),    QStringLiteral("GROUP_CONCAT"),
        QStringLiteral("PRINTF"),       QStringLiteral("INSTR"),     QStringLiteral("TYPEOF"),
        QStringLiteral("IIF"),          QStringLiteral("CHAR"),      QStringLiteral("LAST_INSERT_ROWID"),
        QStringLiteral("RANDOMBLOB"),   QStringLiteral("ZEROBLOB"),  QStringLiteral("DATE"),
        QStringLiteral("TIME"),         QStringLiteral("TOTAL")};
    return names;
}

// Type words whose meaning differs: allowed only where a column's type stands.
const QSet<QString> &typeWords()
{
    static const QSet<QString> words{QStringLiteral("INTEGER"), QStringLiteral("INT"), QStringLiteral("REAL")};
    return words;
}

class Translator
{
public:
    Translator(const QString &script, const QString &file) : m_s(script), m_file(file) {}

    Result<QString> run()
    {
        if (Status s = tokenize(); !s)
            return s.error();
        QList<int> stmt;
        for (int i = 0; i < m_tokens.size(); ++i) {
            const Token &t = m_tokens[i];
            if (t.kind == Kind::Space || t.kind == Kind::Comment)
                continue;
            if (t.kind == Kind::Punct && m_s[t.begin] == u';') {
                if (Status s = statement(stmt); !s)
                    return s.error();
                stmt.clear();
                continue;
            }
            stmt << i;
        }
        if (Status s = statement(stmt); !s)
            return s.error();
        QString out = m_s;
        std::sort(m_edits.begin(), m_edits.end(), [](const Edit &a, const Edit &b) { return a.begin > b.begin; });
        for (const Edit &e : m_edits)
            out.replace(e.begin, e.end - e.begin, e.text);
        return out;
    }

private:
    Error errorAt(qsizetype pos, const QString &message) const
    {
        int line = 1;
        int column = 1;
        for (qsizetype i = 0; i < pos && i < m_s.size(); ++i) {
            if (m_s[i] == u'\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
        return Error{message + QStringLiteral(" (write a PostgreSQL version in migrations/postgresql/)"), m_file,
                     line, column};
    }

    Status tokenize()
    {
        const qsizetype n = m_s.size();
        qsizetype i = 0;
        const auto isWord = [](QChar c) { return c.isLetterOrNumber() || c == u'_' || c == u'$'; };
        while (i < n) {
            const qsizetype begin = i;
            const QChar c = m_s[i];
            Kind kind = Kind::Punct;
            if (c.isSpace()) {
                kind = Kind::Space;
                while (i < n && m_s[i].isSpace())
                    ++i;
            } else if (m_s.mid(i, 2) == QLatin1String("--")) {
                kind = Kind::Comment;
                while (i < n && m_s[i] != u'\n')
                    ++i;
            } else if (m_s.mid(i, 2) == QLatin1String("/*")) {
                kind = Kind::Comment;
                const qsizetype close = m_s.indexOf(QLatin1String("*/"), i + 2);
                if (close < 0)
                    return errorAt(begin, QStringLiteral("a comment that never ends"));
                i = close + 2;
            } else if (c == u'\'' || c == u'"' || c == u'`' || c == u'[') {
                kind = c == u'\'' ? Kind::String : Kind::Quoted;
                const QChar closing = c == u'[' ? QChar(u']') : c;
                for (++i;; ++i) {
                    if (i >= n)
                        return errorAt(begin, QStringLiteral("a quoted text that never ends"));
                    if (m_s[i] == closing) {
                        if (closing != u']' && i + 1 < n && m_s[i + 1] == closing) {
                            ++i; // a doubled quote stands for itself
                            continue;
                        }
                        ++i;
                        break;
                    }
                }
            } else if (c.isDigit() || (c == u'.' && i + 1 < n && m_s[i + 1].isDigit())) {
                kind = Kind::Number;
                while (i < n && (isWord(m_s[i]) || m_s[i] == u'.'
                                 || ((m_s[i] == u'+' || m_s[i] == u'-') && (m_s[i - 1] == u'e' || m_s[i - 1] == u'E'))))
                    ++i;
            } else if (isWord(c)) {
                kind = Kind::Word;
                while (i < n && isWord(m_s[i]))
                    ++i;
            } else {
                ++i;
            }
            m_tokens.append(Token{kind, begin, i});
        }
        return {};
    }

    // The statement's significant token k: its text, upper-cased for words.
    QString word(int k) const
    {
        if (k < 0 || k >= m_stmt.size() || m_tokens[m_stmt[k]].kind != Kind::Word)
            return {};
        const Token &t = m_tokens[m_stmt[k]];
        return m_s.mid(t.begin, t.end - t.begin).toUpper();
    }
    bool punct(int k, QChar c) const
    {
        return k >= 0 && k < m_stmt.size() && m_tokens[m_stmt[k]].kind == Kind::Punct && m_s[m_tokens[m_stmt[k]].begin] == c;
    }
    qsizetype pos(int k) const { return m_tokens[m_stmt[std::min<int>(k, int(m_stmt.size()) - 1)]].begin; }
    QString text(int k) const
    {
        const Token &t = m_tokens[m_stmt[k]];
        return m_s.mid(t.begin, t.end - t.begin);
    }

    Status statement(const QList<int> &stmt)
    {
        m_stmt = stmt;
        m_typed.clear();
        if (m_stmt.isEmpty())
            return {};
        for (int k = 0; k < m_stmt.size(); ++k) {
            const QString w = word(k);
            if (refusedWords().contains(w) && !(w == QLatin1String("ROWID") && word(k - 1) == QLatin1String("WITHOUT")))
                return errorAt(pos(k), QStringLiteral("SQLite's %1 has no PostgreSQL translation").arg(text(k)));
            if (sqliteFunctions().contains(w) && punct(k + 1, u'('))
                return errorAt(pos(k), QStringLiteral("SQLite's function %1() has no PostgreSQL translation").arg(text(k)));
        }
        const QString first = word(0);
        int k = 1;
        if (first == QLatin1String("CREATE") && (word(1) == QLatin1String("TEMP") || word(1) == QLatin1String("TEMPORARY")))
            ++k;
        Status s;
        if (first == QLatin1String("CREATE") && word(k) == QLatin1String("TABLE"))
            s = createTable(k + 1);
        else if (first == QLatin1String("ALTER") && word(1) == QLatin1String("TABLE") && word(3) == QLatin1String("ADD"))
            s = addColumn(word(4) == QLatin1String("COLUMN") ? 5 : 4);
        else if (first == QLatin1String("INSERT") && word(1) == QLatin1String("OR"))
            return errorAt(pos(1), QStringLiteral("SQLite's INSERT OR %1 has no PostgreSQL translation").arg(text(2)));
        else if (!passesThrough(first))
            return errorAt(pos(0), QStringLiteral("a %1 statement has no PostgreSQL translation").arg(text(0)));
        if (!s)
            return s;
        for (int j = 0; j < m_stmt.size(); ++j)
            if (typeWords().contains(word(j)) && !m_typed.contains(j))
                return errorAt(pos(j), QStringLiteral("%1 outside a column's type (PostgreSQL's is 32-bit)").arg(text(j)));
        return {};
    }

    static bool passesThrough(const QString &first)
    {
        static const QSet<QString> words{QStringLiteral("CREATE"), QStringLiteral("DROP"), QStringLiteral("ALTER"),
                                         QStringLiteral("INSERT"), QStringLiteral("UPDATE"), QStringLiteral("DELETE")};
        return words.contains(first); // CREATE TABLE went to createTable; other CREATEs: INDEX, VIEW
    }

    // The column whose name is at k: its type, translated later once the table is known.
    Result<Column> column(int k, int end)
    {
        Column c;
        c.name = text(k);
        const QString type = word(k + 1);
        static const QSet<QString> notTypes{QStringLiteral("PRIMARY"), QStringLiteral("NOT"), QStringLiteral("NULL"),
                                            QStringLiteral("UNIQUE"), QStringLiteral("CHECK"), QStringLiteral("DEFAULT"),
                                            QStringLiteral("REFERENCES"), QStringLiteral("COLLATE"),
                                            QStringLiteral("CONSTRAINT"), QStringLiteral("GENERATED"), QStringLiteral("AS")};
        if (k + 1 >= end || type.isEmpty() || notTypes.contains(type))
            return errorAt(pos(k), QStringLiteral("column %1 has no type").arg(c.name));
        if (type != QLatin1String("INTEGER") && type != QLatin1String("REAL") && type != QLatin1String("TEXT"))
            return errorAt(pos(k + 1), QStringLiteral("type %1 (of column %2): only INTEGER, REAL and TEXT translate")
                                           .arg(text(k + 1), c.name));
        if (punct(k + 2, u'('))
            return errorAt(pos(k + 2), QStringLiteral("a size after type %1").arg(text(k + 1)));
        c.typeToken = k + 1;
        c.integer = type == QLatin1String("INTEGER");
        for (int j = k + 2; j < end; ++j) {
            c.primaryKey = c.primaryKey || (word(j) == QLatin1String("PRIMARY") && word(j + 1) == QLatin1String("KEY"));
            c.references = c.references || word(j) == QLatin1String("REFERENCES");
            if (word(j) == QLatin1String("CONFLICT"))
                return errorAt(pos(j), QStringLiteral("SQLite's ON CONFLICT clause in a column has no PostgreSQL translation"));
        }
        m_typed.insert(c.typeToken);
        return c;
    }

    void retype(const Column &c, bool identity)
    {
        const Token &t = m_tokens[m_stmt[c.typeToken]];
        QString type = c.integer ? QStringLiteral("bigint") : QStringLiteral("double precision");
        if (word(c.typeToken) == QLatin1String("TEXT"))
            return;
        if (identity)
            type += QStringLiteral(" GENERATED BY DEFAULT AS IDENTITY");
        m_edits.append(Edit{t.begin, t.end, type});
    }

    Status createTable(int k)
    {
        while (k < m_stmt.size() && !punct(k, u'(')) {
            if (word(k) == QLatin1String("AS"))
                return errorAt(pos(k), QStringLiteral("CREATE TABLE ... AS has no PostgreSQL translation"));
            ++k;
        }
        if (k >= m_stmt.size())
            return errorAt(pos(k), QStringLiteral("a CREATE TABLE without columns"));
        QList<Column> columns;
        QStringList keyColumns;     // a table-level PRIMARY KEY (...)
        QStringList foreignColumns; // table-level FOREIGN KEY (...)
        int depth = 0;
        int element = k + 1;
        int close = -1;
        for (int j = k; j < m_stmt.size() && close < 0; ++j) {
            if (punct(j, u'(')) {
                ++depth;
                continue;
            }
            const bool last = punct(j, u')') && depth == 1;
            if (punct(j, u')'))
                --depth;
            if (!last && !(punct(j, u',') && depth == 1))
                continue;
            static const QSet<QString> constraintWords{QStringLiteral("CONSTRAINT"), QStringLiteral("PRIMARY"),
                                                       QStringLiteral("UNIQUE"), QStringLiteral("CHECK"),
                                                       QStringLiteral("FOREIGN")};
            if (constraintWords.contains(word(element))) {
                // The columns a PRIMARY KEY (...) or FOREIGN KEY (...) names.
                QStringList *names = nullptr;
                int e = element;
                for (; e < j && !names; ++e) {
                    if (word(e) == QLatin1String("PRIMARY"))
                        names = &keyColumns;
                    else if (word(e) == QLatin1String("FOREIGN"))
                        names = &foreignColumns;
                }
                while (names && e < j && !punct(e, u'('))
                    ++e;
                for (++e; names && e < j && !punct(e, u')'); ++e)
                    if (!punct(e, u','))
                        *names << text(e);
            } else {
                auto c = column(element, j);
                if (!c)
                    return c.error();
                columns << *c;
            }
            element = j + 1;
            if (last)
                close = j;
        }
        if (close < 0)
            return errorAt(pos(k), QStringLiteral("a column list that never closes"));
        bool withoutRowid = false;
        if (close + 1 < m_stmt.size()) {
            if (close + 3 != m_stmt.size() || word(close + 1) != QLatin1String("WITHOUT")
                || word(close + 2) != QLatin1String("ROWID"))
                return errorAt(pos(close + 1), QStringLiteral("table option %1 has no PostgreSQL translation").arg(text(close + 1)));
            withoutRowid = true;
            m_edits.append(Edit{m_tokens[m_stmt[close]].end, m_tokens[m_stmt[close + 2]].end, QString()});
        }
        // SQLite gives a new row its rowid when the key is the rowid: an
        // INTEGER key alone, in a table that has a rowid.
        for (const Column &c : columns) {
            const bool key = c.primaryKey || (keyColumns.size() == 1 && keyColumns.first() == c.name);
            const bool foreign = c.references || foreignColumns.contains(c.name);
            retype(c, c.integer && key && !withoutRowid && !foreign);
        }
        return {};
    }

    Status addColumn(int k)
    {
        auto c = column(k, int(m_stmt.size()));
        if (!c)
            return c.error();
        if (c->primaryKey)
            return errorAt(pos(k), QStringLiteral("a key added to an existing table"));
        retype(*c, false);
        return {};
    }

    const QString &m_s;
    QString m_file;
    QList<Token> m_tokens;
    QList<Edit> m_edits;
    QList<int> m_stmt;  // the current statement's significant tokens
    QSet<int> m_typed;  // its tokens that are a column's type
};

} // namespace

Result<QString> translateSqliteToPostgres(const QString &script, const QString &file)
{
    return Translator(script, file).run();
}

} // namespace stratos
