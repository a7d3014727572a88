#include "pages/event_study_panel.h"

#include "analytics/returns.h"
#include "charts/chart_csv.h"
#include "models/column_table_model.h"
#include "repository.h"
#include "widgets/record_views.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace stratos {
namespace {

const QList<int> kOffsets = {0, 1, 5};

QString pct(const QVariant &v)
{
    if (v.isNull())
        return QString();
    const double d = v.toDouble();
    return QStringLiteral("%1%2 %").arg(d > 0 ? "+" : d < 0 ? "\u2212" : "").arg(std::abs(d), 0, 'f', 2);
}

} // namespace

EventStudyPanel::EventStudyPanel(QWidget *parent) : QWidget(parent)
{
    const auto right = Qt::AlignRight | Qt::AlignVCenter;
    m_model = new ColumnTableModel(
        {{tr("Security")},
         {tr("Day 0 date"), Qt::AlignLeft | Qt::AlignVCenter, {}, tr("The first trading day on or after the event")},
         {tr("Day 0"), right, pct, tr("Close on day 0 against the close the trading day before")},
         {tr("Excess"), right, pct, tr("Return minus the Nasdaq Composite's, percentage points")},
         {tr("Days 0–1"), right, pct, tr("From the close before day 0 to the close one trading day after")},
         {tr("Excess"), right, pct, tr("Return minus the Nasdaq Composite's, percentage points")},
         {tr("Days 0–5"), right, pct, tr("From the close before day 0 to the close five trading days after")},
         {tr("Excess"), right, pct, tr("Return minus the Nasdaq Composite's, percentage points")}},
        this);
    m_picker = new QComboBox;
    m_picker->setObjectName(QStringLiteral("eventPicker"));
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_picker->setMinimumContentsLength(40);
    m_details = new QTextBrowser;
    m_details->setObjectName(QStringLiteral("eventDetails"));
    m_details->setOpenExternalLinks(true);
    m_view = newRecordTable(m_model);
    m_note = new QLabel;
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    auto *csv = new QPushButton(tr("Export table as CSV…"));
    m_benchmarkEnd = new QLabel;
    m_benchmarkEnd->setObjectName(QStringLiteral("benchmarkEnd"));
    m_benchmarkEnd->setWordWrap(true);
    m_benchmarkEnd->hide();

    auto *pick = new QHBoxLayout;
    addLabelled(pick, tr("Event study:"), m_picker, 1);
    pick->addWidget(csv);
    auto *rightSide = new QVBoxLayout;
    rightSide->setContentsMargins(0, 0, 0, 0);
    rightSide->addLayout(pick);
    rightSide->addWidget(m_view, 1);
    rightSide->addWidget(m_note);
    rightSide->addWidget(m_benchmarkEnd);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_details, 2);
    layout->addLayout(rightSide, 3);

    connect(m_picker, &QComboBox::currentIndexChanged, this, [this] {
        recompute();
        emit eventChosen(currentEvent());
    });
    connect(csv, &QPushButton::clicked, this, &EventStudyPanel::exportCsv);
}

void EventStudyPanel::setRepository(const Repository *repo)
{
    m_repo = repo;
    const QString keep = currentEvent();
    m_events = repo->events();
    // Only events the price data can say something about.
    QDate lastPrice, newestAny;
    for (const SecuritySummary &s : repo->securities()) {
        if (s.security.symbol == kBenchmark)
            lastPrice = s.lastDay;
        newestAny = std::max(newestAny, s.lastDay);
    }
    // The benchmark may stop before the other prices: say so rather than
    // silently leave the later events out of the picker.
    const bool early = lastPrice.isValid() && lastPrice < newestAny;
    m_benchmarkEnd->setVisible(early);
    if (early)
        m_benchmarkEnd->setText(tr("<b>The benchmark ends early:</b> the Nasdaq Composite (%1) has prices up to %2 "
                                   "only, so events after that day cannot be studied and are not listed.")
                                    .arg(kBenchmark, QLocale(QLocale::English).toString(lastPrice, QStringLiteral("d MMM yyyy"))));
    m_picker->blockSignals(true);
    m_picker->clear();
    for (auto it = m_events.crbegin(); it != m_events.crend(); ++it)
        if (!lastPrice.isValid() || it->day <= lastPrice)
            m_picker->addItem(QStringLiteral("%1 · %2").arg(it->day.toString(Qt::ISODate), it->title), it->key);
    int i = m_picker->findData(keep.isEmpty() ? QStringLiteral("deepseek-market-selloff") : keep);
    m_picker->setCurrentIndex(std::max(0, i));
    m_picker->blockSignals(false);
    recompute();
}

void EventStudyPanel::setSecurities(const QStringList &symbols)
{
    m_symbols = symbols;
    recompute();
}

bool EventStudyPanel::selectEvent(const QString &key)
{
    const int i = m_picker->findData(key);
    if (i < 0)
        return false;
    if (i == m_picker->currentIndex())
        recompute();
    m_picker->setCurrentIndex(i);
    return true;
}

QString EventStudyPanel::currentEvent() const
{
    return m_picker->currentData().toString();
}

void EventStudyPanel::followRange(QDate from, QDate to, const QStringList &marked)
{
    const QString key = currentEvent();
    const auto current = std::find_if(m_events.cbegin(), m_events.cend(), [&](const Event &e) { return e.key == key; });
    if (current != m_events.cend() && current->day >= from && current->day <= to)
        return;
    const Event *best = nullptr;
    for (const Event &e : m_events)
        if (marked.contains(e.key) && m_picker->findData(e.key) >= 0 &&
            (!best || e.importance > best->importance || (e.importance == best->importance && e.day > best->day)))
            best = &e;
    if (!best && key.isEmpty())
        return;
    // The page highlights the chosen marker itself, on the chart it is building.
    m_picker->blockSignals(true);
    m_picker->setCurrentIndex(best ? m_picker->findData(best->key) : -1);
    m_picker->blockSignals(false);
    recompute();
}

void EventStudyPanel::recompute()
{
    const QString key = currentEvent();
    const auto it = std::find_if(m_events.begin(), m_events.end(), [&](const Event &e) { return e.key == key; });
    if (!m_repo || it == m_events.end()) {
        m_model->setRows({});
        m_details->clear();
        m_note->setText(tr("No event chosen: the chart marks none in this range. Pick one above."));
        return;
    }
    showDetails(*it);
    QStringList symbols = m_symbols;
    symbols.removeAll(kBenchmark);
    symbols.append(kBenchmark); // the benchmark's own row closes the table
    QList<QPair<QString, QList<PriceBar>>> bars;
    // Two weeks either side cover day 0 (weekends, holidays) and five trading days after.
    for (const QString &s : symbols)
        bars.append({s, m_repo->priceBars(s, it->day.addDays(-14), it->day.addDays(21))});
    const auto rows = eventStudy(bars, bars.last().second, it->day, kOffsets);
    QList<QVariantList> table;
    for (const EventStudyRow &r : rows) {
        QVariantList row{r.symbol, r.window.day0.toString(Qt::ISODate)};
        for (int k = 0; k < kOffsets.size(); ++k) {
            row << (r.window.returns[k] ? QVariant(*r.window.returns[k]) : QVariant());
            row << (r.excess[k] && r.symbol != kBenchmark ? QVariant(*r.excess[k]) : QVariant());
        }
        table.append(row);
    }
    m_model->setRows(table);
    m_view->resizeColumnsToContents();
    const QLocale c(QLocale::English);
    m_note->setText(rows.isEmpty() ? tr("No prices around %1.").arg(c.toString(it->day, QStringLiteral("d MMM yyyy")))
                                   : tr("Returns from the close of %1, the last trading day before day 0; "
                                        "excess = return minus the Nasdaq Composite (^IXIC).")
                                         .arg(c.toString(rows.first().window.baseDay, QStringLiteral("ddd d MMM yyyy"))));
}

void EventStudyPanel::showDetails(const Event &e)
{
    static const QMap<QString, QString> lanes = {{"model", tr("AI models")}, {"market", tr("Markets")},
                                                 {"space", tr("Space")}, {"policy", tr("Policy")}};
    const QLocale c(QLocale::English);
    // Event text comes from the store (and from imports): escape it.
    QString html = QStringLiteral("<h3 style='margin:0'>%1</h3><p style='color:gray;margin:2px 0 8px 0'>%2 · %3</p><p>%4</p>")
                       .arg(e.title.toHtmlEscaped(), c.toString(e.day, QStringLiteral("dddd d MMMM yyyy")),
                            lanes.value(e.lane, e.lane).toHtmlEscaped(), e.summary.toHtmlEscaped());
    // "security:NVDA" links read better grouped: "Securities: NVDA, TSM".
    static const QList<QPair<QString, QString>> kinds = {{"model", tr("Models")}, {"organization", tr("Organizations")},
                                                         {"security", tr("Securities")}, {"constellation", tr("Constellations")},
                                                         {"launch", tr("Launches")}};
    QStringList about;
    for (const auto &[kind, label] : kinds) {
        QStringList keys;
        for (const QString &c : e.concerns)
            if (c.startsWith(kind + u':'))
                keys << c.mid(kind.size() + 1);
        if (!keys.isEmpty())
            about << QStringLiteral("<b>%1:</b> %2").arg(label, keys.join(QStringLiteral(", ")).toHtmlEscaped());
    }
    if (!about.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(about.join(QStringLiteral("<br>")));
    if (!e.url.isEmpty())
        html += tr("<p><b>Source:</b> <a href='%1'>%2</a></p>").arg(e.url.toHtmlEscaped(), e.url.toHtmlEscaped());
    m_details->setHtml(html);
}

QString EventStudyPanel::tableCsv() const
{
    QString out = QStringLiteral("event,security,day0,return_day0_pct,excess_day0_pp,return_days0_1_pct,"
                                 "excess_days0_1_pp,return_days0_5_pct,excess_days0_5_pp\n");
    for (int r = 0; r < m_model->rowCount(); ++r) {
        QStringList f{charts::csvField(currentEvent())};
        for (const QVariant &v : m_model->row(r))
            f << (v.typeId() == QMetaType::Double ? QString::number(v.toDouble(), 'f', 4) : charts::csvField(v.toString()));
        out += f.join(u',') + u'\n';
    }
    return out;
}

void EventStudyPanel::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export event study"),
                                                      QStringLiteral("event-study-%1.csv").arg(currentEvent()),
                                                      tr("CSV data (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile f(path);
    const QByteArray bytes = tableCsv().toUtf8();
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        QMessageBox::warning(this, tr("Export failed"), tr("Cannot write %1: %2").arg(path, f.errorString()));
}

} // namespace stratos
