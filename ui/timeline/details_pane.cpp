#include "timeline/details_pane.h"

#include "charts/chart_palette.h"
#include "charts/chart_view.h"
#include "repository.h"
#include "timeline_context.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTabBar>
#include <QUrl>
#include <QVBoxLayout>

namespace stratos {

using namespace timeline;

namespace {

QLabel *wrapping(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextBrowserInteraction);
    l->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return l;
}

// A button of the pane's action row: made, placed at the row's end and
// wired to what a click does, in one step for each action.
template <typename Action>
QPushButton *addActionButton(QHBoxLayout *row, const QString &text, DetailsPane *pane,
                             QWidget *parent, Action action)
{
    auto *button = new QPushButton(text, parent);
    row->addWidget(button);
    QObject::connect(button, &QPushButton::clicked, pane, action);
    return button;
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    QFont f = l->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 0.9);
    l->setFont(f);
    l->setForegroundRole(QPalette::PlaceholderText);
    return l;
}

QString pageTitle(const QString &pageId)
{
    if (pageId == QLatin1String("markets"))
        return QObject::tr("Markets");
    if (pageId == QLatin1String("models"))
        return QObject::tr("Models & costs");
    if (pageId == QLatin1String("space"))
        return QObject::tr("Space");
    if (pageId == QLatin1String("library"))
        return QObject::tr("Library");
    return pageId;
}

} // namespace

DetailsPane::DetailsPane(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("timelineDetails"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *content = new QWidget;
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(16, 12, 16, 12);

    m_hint = wrapping(content);
    m_hint->setText(tr("<p><b>Select an event</b> to see its summary, sources and a chart of what "
                       "happened around it.</p><p>Click an event, or press <b>Tab</b> and "
                       "<b>Shift+Tab</b> to step through them in time order. Scroll or press "
                       "<b>+</b>/<b>−</b> to zoom, drag or use the arrow keys to move, "
                       "<b>Home</b> to see everything.</p>"));
    layout->addWidget(m_hint);

    m_body = new QWidget(content);
    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(6);
    m_meta = wrapping(m_body);
    m_title = wrapping(m_body);
    m_title->setObjectName(QStringLiteral("detailsTitle"));
    QFont tf = m_title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.3);
    tf.setBold(true);
    m_title->setFont(tf);
    m_summary = wrapping(m_body);
    m_sources = wrapping(m_body);
    m_concerns = wrapping(m_body);
    // Internal links are "row:PAGE/KIND/KEY" with the key percent-encoded; the rest open outside.
    auto follow = [this](const QString &link) {
        if (!link.startsWith(QLatin1String("row:"))) {
            QDesktopServices::openUrl(QUrl(link));
            return;
        }
        const QStringList parts = link.mid(4).split(u'/');
        if (parts.size() == 3)
            emit openRow(parts[0], parts[1], QUrl::fromPercentEncoding(parts[2].toUtf8()));
    };
    connect(m_concerns, &QLabel::linkActivated, this, follow);
    connect(m_sources, &QLabel::linkActivated, this, follow);
    m_chartTabs = new QTabBar(m_body);
    m_chartTabs->setDrawBase(false);
    m_chartTabs->setExpanding(false);
    connect(m_chartTabs, &QTabBar::currentChanged, this, &DetailsPane::showChart);
    m_chart = new ChartView(m_body);
    m_chart->setMinimumHeight(280);

    auto *buttons = new QHBoxLayout;
    // "Open in PAGE": its text follows the event shown.
    m_open = addActionButton(buttons, QString(), this, m_body, &DetailsPane::openRelated);
    buttons->addStretch(1);
    m_edit = addActionButton(buttons, tr("Edit…"), this, m_body, &DetailsPane::editRequested);
    m_delete = addActionButton(buttons, tr("Delete"), this, m_body, &DetailsPane::deleteRequested);
    m_hide = addActionButton(buttons, tr("Hide"), this, m_body, &DetailsPane::hideRequested);
    m_hide->setToolTip(
        tr("Curated events cannot be deleted; hide this one (Ctrl+Z brings it back)"));

    body->addWidget(m_meta);
    body->addWidget(m_title);
    body->addWidget(m_summary);
    body->addWidget(m_sources);
    body->addSpacing(4);
    body->addWidget(m_chartTabs);
    body->addWidget(m_chart);
    m_concernsHeading = heading(tr("CONCERNS"), m_body);
    body->addWidget(m_concernsHeading);
    body->addWidget(m_concerns);
    body->addSpacing(6);
    body->addLayout(buttons);
    layout->addWidget(m_body);
    layout->addStretch(1);
    setEvent(nullptr, nullptr, false);
}

QString DetailsPane::titleText() const
{
    return m_title->text();
}
QString DetailsPane::summaryText() const
{
    return m_summary->text();
}
QString DetailsPane::sourcesHtml() const
{
    return m_sources->text();
}
QString DetailsPane::concernsHtml() const
{
    return m_concerns->text();
}

void DetailsPane::setEvent(const TimelineEvent *e, const Repository *repo, bool canEdit)
{
    m_key = e ? e->event.key : QString();
    m_hint->setVisible(!e);
    m_body->setVisible(e);
    if (!e) {
        m_charts.clear();
        m_chart->setSpec({});
        return;
    }
    const QLocale english(QLocale::English);
    const QColor c =
        laneColor(laneKey(e->lane), palette().color(QPalette::Window).lightness() < 128);
    m_meta->setText(QStringLiteral("<span style='color:%1'>&#9679;</span> %2 &nbsp;·&nbsp; %3%4")
                        .arg(c.name(), laneTitle(e->lane).toHtmlEscaped(),
                             english.toString(e->event.day, QStringLiteral("dddd d MMMM yyyy")),
                             e->countries.isEmpty() ? QString()
                                                    : QStringLiteral(" &nbsp;·&nbsp; ") +
                                                          e->countries.join(QStringLiteral(", "))));
    m_title->setText(e->event.title.toHtmlEscaped());
    m_summary->setText(e->event.summary.toHtmlEscaped());
    m_summary->setVisible(!e->event.summary.isEmpty());

    // Sources: the event's own link, and the dataset or document it comes from.
    QStringList sources;
    if (!e->event.url.isEmpty()) {
        const QUrl url(e->event.url);
        sources << QStringLiteral("<a href=\"%1\">%2</a>")
                       .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                            (url.host().isEmpty() ? e->event.url : url.host()).toHtmlEscaped());
    }
    if (e->isUserEvent())
        sources << tr("Added by you");
    if (e->isDocument())
        sources << QStringLiteral("<a href=\"row:library/document/%1\">%2</a>")
                       .arg(QString::fromUtf8(QUrl::toPercentEncoding(e->event.title)),
                            tr("Open in the Library"));
    m_sources->setText(sources.isEmpty()
                           ? tr("<i>No source recorded</i>")
                           : tr("Source: %1").arg(sources.join(QStringLiteral(" · "))));
    QStringList rows;
    m_related = {};
    if (e->isDocument())
        m_related = {QStringLiteral("document"), e->event.title, {}, {}, QStringLiteral("library")};
    const QList<ConcernRow> concerns = repo ? eventConcernRows(*repo, *e) : QList<ConcernRow>{};
    for (const ConcernRow &r : concerns) {
        const QString text =
            r.pageId.isEmpty()
                ? r.text.toHtmlEscaped()
                : QStringLiteral("<a href=\"row:%1/%2/%3\">%4</a>")
                      .arg(r.pageId, r.kind, QString::fromUtf8(QUrl::toPercentEncoding(r.key)),
                           r.text.toHtmlEscaped());
        rows << (r.figure.isEmpty()
                     ? text
                     : QStringLiteral("%1 — %2").arg(text, r.figure.toHtmlEscaped()));
        if (m_related.pageId.isEmpty() && !r.pageId.isEmpty() &&
            r.kind != QLatin1String("organization"))
            m_related = r;
    }
    m_concerns->setText(rows.join(QStringLiteral("<br>")));
    m_concerns->setVisible(!rows.isEmpty());
    m_concernsHeading->setVisible(!rows.isEmpty());

    m_open->setVisible(!m_related.pageId.isEmpty());
    m_open->setText(tr("Open in %1").arg(pageTitle(m_related.pageId)));
    m_edit->setVisible(e->isUserEvent());
    m_delete->setVisible(e->isUserEvent());
    m_hide->setVisible(!e->isUserEvent() && !e->isDocument());
    for (QPushButton *b : {m_edit, m_delete, m_hide})
        b->setEnabled(canEdit);

    m_charts = repo ? eventContextCharts(*repo, *e) : QList<charts::ChartSpec>{};
    {
        const QSignalBlocker block(m_chartTabs);
        while (m_chartTabs->count() > 0)
            m_chartTabs->removeTab(0);
        for (const charts::ChartSpec &s : m_charts)
            m_chartTabs->addTab(s.y.title);
    }
    m_chartTabs->setVisible(m_charts.size() > 1);
    m_chart->setVisible(!m_charts.isEmpty());
    showChart(0);
}

bool DetailsPane::openRelated()
{
    if (m_key.isEmpty() || m_related.pageId.isEmpty())
        return false;
    emit openRow(m_related.pageId, m_related.kind, m_related.key);
    return true;
}

void DetailsPane::showChart(int index)
{
    if (index >= 0 && index < m_charts.size())
        m_chart->setSpec(m_charts[index]);
}

} // namespace stratos
