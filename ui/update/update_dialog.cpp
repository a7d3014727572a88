#include "update_dialog.h"

#include "store.h"
#include "update_job.h"

#include <algorithm>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace stratos {
namespace {

enum Column { Name, AsOf, Checked, ResultCol };
constexpr int kLabelRole = Qt::UserRole;
const char *kAllowedKey = "updates/allowed";
const char *kAtStartKey = "updates/checkAtStart";

QString shortDate(const QString &iso)
{
    const QDate d = QDate::fromString(iso.left(10), Qt::ISODate);
    return d.isValid() ? QLocale().toString(d, QStringLiteral("d MMM yyyy")) : QStringLiteral("–");
}

// A person's version of an item's state, naming the host for failures
// ("HTTP 503 Service Unavailable from planet4589.org").
QString resultText(const FeedItem &item)
{
    switch (item.state) {
    case FeedItem::State::NotModified:
        return QObject::tr("not modified");
    case FeedItem::State::Cancelled:
        return QObject::tr("cancelled");
    case FeedItem::State::Failed:
        return item.error.startsWith(QLatin1String("HTTP ")) ? QObject::tr("%1 from %2").arg(item.error, item.url.host())
                                                             : item.error;
    case FeedItem::State::Applied:
        return QObject::tr("applied: %1").arg(item.report.summaryLine());
    case FeedItem::State::Ready:
        break;
    }
    return item.report.summaryLine() + (item.wholeHistory ? QObject::tr(" (past values changed)") : QString());
}

} // namespace

UpdateDialog::UpdateDialog(Store &store, QWidget *parent)
    : QDialog(parent), m_store(store), m_job(new UpdateJob(store.path(), this))
{
    setWindowTitle(tr("Update data"));
    resize(980, 640);
    auto *intro = new QLabel(tr("Stratos fetches each feed from its publisher, shows what would change, and "
                                "writes only what you apply, one import batch per feed (File → Import history "
                                "undoes one)."));
    intro->setWordWrap(true);
    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("feedList"));
    m_list->setHeaderLabels({tr("Feed"), tr("As of"), tr("Last checked"), tr("Result")});
    m_list->header()->setSectionResizeMode(ResultCol, QHeaderView::Stretch);
    m_list->setColumnWidth(Name, 200);
    m_list->setColumnWidth(AsOf, 110);
    m_list->setColumnWidth(Checked, 150);
    m_preview = new QTableWidget;
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->setVisible(false);
    m_detail = new QLabel;
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *previewBox = new QWidget;
    auto *pv = new QVBoxLayout(previewBox);
    pv->setContentsMargins(0, 0, 0, 0);
    pv->addWidget(m_detail);
    pv->addWidget(m_preview, 1);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_list);
    split->addWidget(previewBox);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    m_allow = new QCheckBox(tr("Allow downloads from the publishers"));
    m_allow->setChecked(updatesAllowed().value_or(false));
    connect(m_allow, &QCheckBox::toggled, this, [](bool on) { setUpdatesAllowed(on); });
    m_atStart = new QCheckBox(tr("Check when Stratos starts"));
    m_atStart->setChecked(checkAtStart());
    connect(m_atStart, &QCheckBox::toggled, this, [](bool on) { QSettings().setValue(QLatin1String(kAtStartKey), on); });
    m_status = new QLabel;
    auto *buttons = new QDialogButtonBox;
    m_check = buttons->addButton(tr("Chec&k"), QDialogButtonBox::ActionRole);
    m_cancel = buttons->addButton(tr("C&ancel"), QDialogButtonBox::ActionRole);
    m_apply = buttons->addButton(tr("A&pply"), QDialogButtonBox::AcceptRole);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    m_cancel->setEnabled(false);
    m_apply->setEnabled(false);
    m_check->setDefault(true);
    connect(m_check, &QPushButton::clicked, this, &UpdateDialog::check);
    connect(m_cancel, &QPushButton::clicked, this, &UpdateDialog::cancelRun);
    connect(m_apply, &QPushButton::clicked, this, &UpdateDialog::apply);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(split, 1);
    auto *options = new QHBoxLayout;
    options->addWidget(m_allow);
    options->addWidget(m_atStart);
    options->addStretch(1);
    options->addWidget(m_status);
    layout->addLayout(options);
    layout->addWidget(buttons);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &UpdateDialog::showPreview);
    connect(m_job, &UpdateJob::progress, this, [this](const QString &label, qint64 received, qint64 total) {
        if (QTreeWidgetItem *row = rowFor(label))
            row->setText(ResultCol, total > 0 ? tr("downloading %1 of %2").arg(net::byteSize(received), net::byteSize(total))
                                           : tr("downloading %1").arg(net::byteSize(received)));
    });
    connect(m_job, &UpdateJob::checked, this, [this](const QList<FeedItem> &items, const QString &error) {
        m_items = items;
        setBusy(false, error.isEmpty() ? tr("Checked. Tick what to keep, then Apply.") : error);
        showItems();
        emit checkFinished();
    });
    connect(m_job, &UpdateJob::applied, this, [this](const QList<FeedItem> &items, bool ok) {
        m_items = items;
        setBusy(false, ok ? tr("Applied.") : tr("Applied, but some feeds failed: see their results."));
        showItems();
        emit storeChanged();
        emit applyFinished(ok);
    });
    loadFeeds();
}

UpdateDialog::~UpdateDialog() { m_job->cancel(); }

bool UpdateDialog::busy() const { return m_job->isRunning(); }

std::optional<bool> UpdateDialog::updatesAllowed()
{
    const QVariant v = QSettings().value(QLatin1String(kAllowedKey));
    return v.isValid() ? std::optional<bool>(v.toBool()) : std::nullopt;
}

void UpdateDialog::setUpdatesAllowed(bool allowed) { QSettings().setValue(QLatin1String(kAllowedKey), allowed); }

bool UpdateDialog::checkAtStart() { return QSettings().value(QLatin1String(kAtStartKey), false).toBool(); }

bool UpdateDialog::askToAllow()
{
    QStringList hosts;
    if (auto feeds = FeedStore(m_store.database()).feeds())
        for (const feeds::Feed &f : std::as_const(*feeds))
            if (f.enabled)
                hosts << QUrl(f.url).host();
    hosts.removeDuplicates();
    const auto answer = QMessageBox::question(
        this, tr("Allow updates?"),
        tr("To update, Stratos downloads files from: %1.\n\nEach request carries only the file's address, the "
           "date of the copy you have, and the name \"%2\"; nothing from your store or documents is sent.\n\n"
           "Allow Stratos to download updates?")
            .arg(hosts.join(QStringLiteral(", ")), QString::fromLatin1(net::userAgent())));
    setUpdatesAllowed(answer == QMessageBox::Yes);
    m_allow->setChecked(answer == QMessageBox::Yes);
    return answer == QMessageBox::Yes;
}

void UpdateDialog::check()
{
    if (busy())
        return;
    if (!updatesAllowed().has_value())
        askToAllow();
    m_items.clear();
    loadFeeds();
    setBusy(true, tr("Checking…"));
    m_job->check({}, updatesAllowed().value_or(false));
}

void UpdateDialog::apply()
{
    if (busy() || m_items.isEmpty())
        return;
    QStringList keep;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = m_list->topLevelItem(i);
        auto collect = [&keep](QTreeWidgetItem *row) {
            if ((row->flags() & Qt::ItemIsUserCheckable) && row->checkState(Name) == Qt::Checked)
                keep << row->data(Name, kLabelRole).toString();
        };
        if (top->childCount() == 0)
            collect(top);
        for (int c = 0; c < top->childCount(); ++c)
            collect(top->child(c));
    }
    if (keep.isEmpty()) {
        m_status->setText(tr("Nothing ticked to apply."));
        return;
    }
    setBusy(true, tr("Applying…"));
    m_job->apply(m_items, keep);
}

void UpdateDialog::cancelRun()
{
    m_job->cancel();
    m_status->setText(tr("Cancelling…"));
}

void UpdateDialog::setBusy(bool busy, const QString &what)
{
    m_check->setEnabled(!busy);
    m_cancel->setEnabled(busy);
    m_apply->setEnabled(!busy && std::any_of(m_items.begin(), m_items.end(), [](const FeedItem &i) { return i.hasChanges(); }));
    m_status->setText(what);
}

void UpdateDialog::loadFeeds()
{
    m_list->clear();
    FeedStore store(m_store.database());
    auto feeds = store.feeds();
    if (!feeds) {
        m_status->setText(feeds.error().toString());
        return;
    }
    auto symbols = store.trackedSymbols();
    for (const feeds::Feed &f : std::as_const(*feeds)) {
        auto *row = new QTreeWidgetItem(m_list);
        row->setText(Name, f.enabled ? f.name : tr("%1 (off)").arg(f.name));
        row->setData(Name, kLabelRole, f.name);
        const QString asOf = store.datasetAsOf(f.kind);
        row->setText(AsOf, shortDate(asOf));
        row->setText(Checked, f.lastChecked.isValid() ? QLocale().toString(f.lastChecked.toLocalTime(), QLocale::ShortFormat)
                                                      : tr("never"));
        // Stale: the data are more than 7 days behind the last successful check.
        const QDate asOfDay = QDate::fromString(asOf.left(10), Qt::ISODate);
        if (f.lastSuccess.isValid() && asOfDay.isValid() && asOfDay.daysTo(f.lastSuccess.date()) > 7) {
            row->setText(AsOf, tr("%1 (stale)").arg(shortDate(asOf)));
            row->setForeground(AsOf, QColor(0xb0, 0x3a, 0x2e));
        }
        row->setText(ResultCol, f.enabled ? f.lastResult : f.note);
        row->setToolTip(Name, f.url);
        if (feeds::isPrices(f.kind) && symbols)
            for (const TrackedSymbol &t : std::as_const(*symbols)) {
                auto *child = new QTreeWidgetItem(row);
                child->setText(Name, t.symbol);
                child->setData(Name, kLabelRole, f.name + u' ' + t.symbol);
                child->setText(AsOf, t.lastDay.isValid() ? shortDate(t.lastDay.toString(Qt::ISODate)) : tr("–"));
            }
    }
    m_list->expandAll();
}

QTreeWidgetItem *UpdateDialog::rowFor(const QString &label) const
{
    QTreeWidgetItemIterator it(m_list);
    for (; *it; ++it)
        if ((*it)->data(Name, kLabelRole).toString() == label)
            return *it;
    return nullptr;
}

void UpdateDialog::showItems()
{
    for (const FeedItem &item : std::as_const(m_items)) {
        QTreeWidgetItem *row = rowFor(item.label());
        if (!row)
            continue;
        row->setText(ResultCol, resultText(item));
        row->setToolTip(ResultCol, item.line());
        if (!item.asOf.isEmpty())
            row->setText(AsOf, shortDate(item.asOf));
        if (item.hasChanges()) {
            row->setFlags(row->flags() | Qt::ItemIsUserCheckable);
            row->setCheckState(Name, Qt::Checked);
        } else if (row->flags() & Qt::ItemIsUserCheckable) {
            row->setFlags(row->flags() & ~Qt::ItemIsUserCheckable);
            row->setData(Name, Qt::CheckStateRole, QVariant());
        }
        if (item.state == FeedItem::State::Failed)
            row->setForeground(ResultCol, QColor(0xb0, 0x3a, 0x2e));
    }
    // A feed whose items are all settled shows a summary on its own row.
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = m_list->topLevelItem(i);
        if (top->childCount() == 0)
            continue;
        int changed = 0, failed = 0;
        for (const FeedItem &item : std::as_const(m_items))
            if (item.feed == top->data(Name, kLabelRole).toString()) {
                changed += item.hasChanges() ? 1 : 0;
                failed += item.state == FeedItem::State::Failed ? 1 : 0;
            }
        top->setText(ResultCol, tr("%1 with changes, %2 failed").arg(changed).arg(failed));
    }
    showPreview();
}

void UpdateDialog::showPreview()
{
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    QTreeWidgetItem *row = m_list->currentItem();
    const QString label = row ? row->data(Name, kLabelRole).toString() : QString();
    const auto it = std::find_if(m_items.begin(), m_items.end(), [&](const FeedItem &i) { return i.label() == label; });
    if (it == m_items.end()) {
        m_detail->setText(row ? tr("%1 — %2").arg(label, row->toolTip(Name)) : QString());
        return;
    }
    QString text = tr("<b>%1</b> — %2<br>%3").arg(label.toHtmlEscaped(), it->url.toDisplayString().toHtmlEscaped(),
                                                  resultText(*it).toHtmlEscaped());
    for (const Error &e : it->report.problems)
        text += QStringLiteral("<br>") + e.toString().toHtmlEscaped();
    m_detail->setText(text);
    m_preview->setColumnCount(int(it->report.previewHeader.size()));
    m_preview->setHorizontalHeaderLabels(it->report.previewHeader);
    const int rows = int(qMin<qsizetype>(it->report.previewRows.size(), 20));
    m_preview->setRowCount(rows);
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < it->report.previewRows[r].size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(it->report.previewRows[r][c]));
    m_preview->resizeColumnsToContents();
}

} // namespace stratos
