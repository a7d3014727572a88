#include "screenshot_scenario.h"

#include "ask/ask_session.h"
#include "ask/ask_sources.h"
#include "library/reader_view.h"
#include "main_window.h"
#include "pages/ask_page.h"
#include "pages/library_page.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QLineEdit>
#include <QListView>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>
#include <memory>

namespace stratos {
namespace {

constexpr int kSettleMs = 900; // layout, fonts and the highlight's scroll after the page reports done

// Calls fn once, when signal fires (or at once when already is true).
template <typename Sender, typename Signal>
void when(bool already, Sender *sender, Signal signal, QObject *context, std::function<void()> fn)
{
    if (already) {
        QTimer::singleShot(0, context, fn);
        return;
    }
    QObject::connect(sender, signal, context, fn, Qt::SingleShotConnection);
}

} // namespace

QString ScreenshotScenario::pageId() const
{
    if (!question.isEmpty())
        return QStringLiteral("ask");
    if (documentId || !search.isEmpty())
        return QStringLiteral("library");
    return {};
}

QList<QCommandLineOption> screenshotScenarioOptions()
{
    return {
        {QStringLiteral("search"), QStringLiteral("With --screenshot: type TEXT in the Library's search."),
         QStringLiteral("TEXT")},
        {QStringLiteral("open-document"), QStringLiteral("With --screenshot: open document ID in the reader."),
         QStringLiteral("ID")},
        {QStringLiteral("span"), QStringLiteral("With --open-document: highlight characters A to B."),
         QStringLiteral("A-B")},
        {QStringLiteral("ask"), QStringLiteral("With --screenshot: ask QUESTION in the Ask panel."),
         QStringLiteral("QUESTION")},
        {QStringLiteral("open-citation"),
         QStringLiteral("With --ask: open source N of the answer (default: the first it cites)."), QStringLiteral("N")},
    };
}

QStringList screenshotScenarioValueOptions()
{
    QStringList out;
    for (const QCommandLineOption &o : screenshotScenarioOptions())
        out << QStringLiteral("--") + o.names().first();
    return out;
}

std::optional<ScreenshotScenario> parseScreenshotScenario(const QCommandLineParser &parser, QString *error)
{
    ScreenshotScenario s;
    s.search = parser.value(QStringLiteral("search"));
    s.question = parser.value(QStringLiteral("ask")).trimmed();
    if (parser.isSet(QStringLiteral("open-document"))) {
        bool ok = false;
        s.documentId = parser.value(QStringLiteral("open-document")).toLongLong(&ok);
        if (!ok || s.documentId <= 0) {
            *error = QStringLiteral("--open-document expects a document ID, found '%1'")
                         .arg(parser.value(QStringLiteral("open-document")));
            return std::nullopt;
        }
    }
    if (parser.isSet(QStringLiteral("span"))) {
        static const QRegularExpression re(QStringLiteral("^(\\d+)-(\\d+)$"));
        const auto m = re.match(parser.value(QStringLiteral("span")));
        if (!m.hasMatch() || m.captured(1).toInt() >= m.captured(2).toInt() || !s.documentId) {
            *error = QStringLiteral("--span expects A-B with A < B, with --open-document, found '%1'")
                         .arg(parser.value(QStringLiteral("span")));
            return std::nullopt;
        }
        s.spanStart = m.captured(1).toInt();
        s.spanEnd = m.captured(2).toInt();
    }
    if (parser.isSet(QStringLiteral("open-citation"))) {
        bool ok = false;
        s.citation = parser.value(QStringLiteral("open-citation")).toInt(&ok);
        if (!ok || s.citation <= 0 || s.question.isEmpty()) {
            *error = QStringLiteral("--open-citation expects a number N > 0, with --ask");
            return std::nullopt;
        }
    }
    if (!s.question.isEmpty() && (s.documentId || !s.search.isEmpty())) {
        *error = QStringLiteral("--ask cannot be combined with --search or --open-document");
        return std::nullopt;
    }
    return s;
}

void prepareScreenshot(MainWindow &window, const ScreenshotScenario &s, std::function<void()> ready, int timeoutMs)
{
    auto fired = std::make_shared<bool>(false);
    auto done = [fired, ready](int delay) {
        QTimer::singleShot(delay, [fired, ready] {
            if (!std::exchange(*fired, true))
                ready();
        });
    };
    QTimer::singleShot(timeoutMs, &window, [fired, ready] {
        if (std::exchange(*fired, true))
            return;
        qWarning("stratos: the page did not finish in time; the screenshot may be incomplete");
        ready();
    });
    const QString page = s.pageId().isEmpty() ? window.currentPageId() : s.pageId();
    window.showPage(page);

    if (page == QLatin1String("library")) {
        auto *library = window.libraryPage();
        ReaderView *reader = library->reader();
        if (!s.search.isEmpty() && !s.documentId) {
            // Type the search, then open its best hit as a click would.
            QObject::connect(library, &LibraryPage::searchFinished, &window, [library, reader, done] {
                const QModelIndex first = library->resultsView()->model()->index(0, 0);
                if (!first.isValid()) {
                    done(kSettleMs);
                    return;
                }
                library->resultsView()->setCurrentIndex(first);
                emit library->resultsView()->clicked(first);
                QObject::connect(reader, &ReaderView::shown, reader, [done] { done(kSettleMs); },
                                 Qt::SingleShotConnection);
            }, Qt::SingleShotConnection);
            library->searchEdit()->setText(s.search);
            return;
        }
        if (s.documentId && !library->openDocument(s.documentId, s.spanStart, s.spanEnd))
            qWarning("stratos: no document %lld in the store", static_cast<long long>(s.documentId));
        if (s.documentId)
            when(false, reader, &ReaderView::shown, &window, [done] { done(kSettleMs); });
        else
            done(1500); // the empty reader loads in well under this
        return;
    }
    if (page == QLatin1String("ask")) {
        auto *askPage = static_cast<AskPage *>(window.page(QStringLiteral("ask")));
        if (s.question.isEmpty()) {
            when(askPage->isPageReady(), askPage, &AskPage::pageReady, &window, [done] { done(kSettleMs); });
            return;
        }
        QPointer<AskPage> ap(askPage);
        const int wanted = s.citation;
        when(askPage->isPageReady(), askPage, &AskPage::pageReady, &window, [ap, wanted, done, question = s.question] {
            AskSession *session = ap->session();
            session->newConversation();
            QObject::connect(session, &AskSession::messageFinished, ap, [ap, wanted, done](const QJsonObject &m) {
                const AskSession::Message *answer = ap->session()->message(m.value(QLatin1String("id")).toInt());
                const CitationSplit split = splitCitations(answer->text, answer->sources);
                const int n = wanted ? wanted : split.valid.value(0);
                if (!n || !ap->openCitation(answer->id, n)) {
                    done(kSettleMs);
                    return;
                }
                QObject::connect(ap->reader(), &ReaderView::shown, ap, [done] { done(kSettleMs); },
                                 Qt::SingleShotConnection);
            }, Qt::SingleShotConnection);
            ap->ask(question);
        });
        return;
    }
    done(300);
}

} // namespace stratos
