#include "ui/reports/ReportsPage.h"

#include "core/circulation/Calendar.h"
#include "core/common/Clock.h"
#include "core/reports/ReportDocument.h"
#include "core/storage/Database.h"
#include "core/storage/Settings.h"

#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QPieSeries>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShowEvent>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace infodoc::ui {

using namespace infodoc::core;

namespace {

const char* const kSettingsError =
    QT_TRANSLATE_NOOP("infodoc::core::Messages", "Cannot read or write the report's introduction");
const QString kIntroductionKey = QStringLiteral("reports.introduction");

QString number(double v, int decimals)
{
    return QLocale().toString(v, 'f', decimals);
}

QTableWidget* tableWidget(const ReportTable& t, bool withChange, QWidget* parent)
{
    auto* w = new QTableWidget(int(t.rows.size()), int(t.columns.size()) + 1 + (withChange ? 1 : 0), parent);
    QStringList headers = QStringList{t.labelHeading} + t.columns;
    if (withChange)
        headers.append(ReportsPage::tr("Change"));
    w->setHorizontalHeaderLabels(headers);
    w->verticalHeader()->hide();
    w->setEditTriggers(QAbstractItemView::NoEditTriggers);
    w->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int r = 0; r < t.rows.size(); ++r) {
        const auto& row = t.rows.at(r);
        w->setItem(r, 0, new QTableWidgetItem(row.label));
        for (int c = 0; c < t.columns.size(); ++c) {
            auto* item = new QTableWidgetItem(number(row.values.value(c), t.decimals));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            w->setItem(r, c + 1, item);
        }
        if (withChange) {
            const double now = row.values.value(0), before = row.values.value(1);
            auto* item = new QTableWidgetItem(
                before > 0 ? QStringLiteral("%1%2 %").arg(now >= before ? QStringLiteral("+") : QString(),
                                                          number(100.0 * (now - before) / before, 0))
                           : QStringLiteral("—"));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            w->setItem(r, int(t.columns.size()) + 1, item);
        }
    }
    const int rowHeight = w->fontMetrics().height() + 8;
    w->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    w->verticalHeader()->setDefaultSectionSize(rowHeight);
    const int height = w->horizontalHeader()->sizeHint().height() + 6 + rowHeight * int(t.rows.size());
    w->setMinimumHeight(std::min(height, 420));
    w->setMaximumHeight(std::min(height, 420));
    return w;
}

// The table's chart with Qt Charts: bars, shares or lines.
QChartView* chartView(const ReportTable& t, QWidget* parent)
{
    auto* chart = new QChart;
    chart->setTitle(t.title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    if (t.chart == ReportTable::Chart::Bars) {
        auto* series = new QHorizontalBarSeries;
        QStringList categories;
        for (int c = 0; c < t.columns.size(); ++c) {
            auto* set = new QBarSet(t.columns.at(c));
            for (int r = int(t.rows.size()) - 1; r >= 0; --r)
                *set << t.rows.at(r).values.value(c);
            series->append(set);
        }
        for (int r = int(t.rows.size()) - 1; r >= 0; --r)
            categories.append(t.rows.at(r).label);
        chart->addSeries(series);
        auto* axisY = new QBarCategoryAxis;
        axisY->append(categories);
        chart->addAxis(axisY, Qt::AlignLeft);
        series->attachAxis(axisY);
        auto* axisX = new QValueAxis;
        axisX->setLabelFormat(QStringLiteral("%.0f"));
        chart->addAxis(axisX, Qt::AlignBottom);
        series->attachAxis(axisX);
    } else if (t.chart == ReportTable::Chart::Shares) {
        auto* series = new QPieSeries;
        for (const auto& r : t.rows)
            if (r.values.value(0) > 0)
                series->append(r.label, r.values.value(0));
        chart->addSeries(series);
        chart->legend()->setAlignment(Qt::AlignRight);
    } else {
        auto* axisX = new QBarCategoryAxis;
        QStringList categories;
        for (const auto& r : t.rows)
            categories.append(r.label);
        axisX->append(categories);
        auto* axisY = new QValueAxis;
        axisY->setLabelFormat(QStringLiteral("%.0f"));
        chart->addAxis(axisX, Qt::AlignBottom);
        chart->addAxis(axisY, Qt::AlignLeft);
        double top = 1;
        for (int c = 0; c < t.columns.size(); ++c) {
            auto* series = new QLineSeries;
            series->setName(t.columns.at(c));
            for (int r = 0; r < t.rows.size(); ++r) {
                series->append(r, t.rows.at(r).values.value(c));
                top = std::max(top, t.rows.at(r).values.value(c));
            }
            chart->addSeries(series);
            series->attachAxis(axisX);
            series->attachAxis(axisY);
        }
        axisY->setRange(0, top * 1.1);
    }
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(t.chart == ReportTable::Chart::Bars ? std::max(220, 28 * int(t.rows.size()) + 90)
                                                               : 260);
    view->setAccessibleName(t.title);
    return view;
}

} // namespace

ReportsPage::ReportsPage(Database& db, const Clock& clock, QWidget* parent)
    : QWidget(parent), m_db(db), m_clock(clock)
{
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("reportTo"));
    m_to->setCalendarPopup(true);
    auto calendar = Calendar::load(db);
    const QDate today = calendar ? calendar->today(clock) : clock.now().toLocalTime().date();
    const auto [from, to] = ActivityReports::defaultPeriod(today);
    m_from->setDate(from);
    m_to->setDate(to);
    auto* fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&to:"), this);
    toLabel->setBuddy(m_to);
    auto* compute = new QPushButton(tr("&Compute (Ctrl+R)"), this);
    compute->setObjectName(QStringLiteral("reportCompute"));
    auto* top = new QHBoxLayout;
    top->addWidget(fromLabel);
    top->addWidget(m_from);
    top->addWidget(toLabel);
    top->addWidget(m_to);
    top->addWidget(compute);
    top->addStretch(1);
    const std::pair<const char*, QString> formats[] = {{"pdf", tr("&PDF…")},
                                                       {"odt", tr("&ODT…")},
                                                       {"xlsx", tr("&XLSX…")},
                                                       {"csv", tr("CS&V…")},
                                                       {"json", tr("&JSON…")}};
    for (const auto& [key, label] : formats) {
        auto* b = new QPushButton(label, this);
        b->setObjectName(QStringLiteral("reportExport_") + QLatin1String(key));
        const QString k = QLatin1String(key);
        connect(b, &QPushButton::clicked, this, [this, k] { exportAs(k); });
        top->addWidget(b);
    }

    auto* boxes = new QHBoxLayout;
    boxes->addWidget(new QLabel(tr("Sections:"), this));
    for (const QString& key : ActivityReports::sectionKeys()) {
        auto* box = new QCheckBox(ActivityReports::sectionTitle(key), this);
        box->setObjectName(QStringLiteral("reportSection_") + key);
        box->setProperty("section", key);
        box->setChecked(true);
        m_sectionBoxes.append(box);
        boxes->addWidget(box);
    }
    boxes->addStretch(1);

    m_introduction = new QPlainTextEdit(this);
    m_introduction->setObjectName(QStringLiteral("reportIntroduction"));
    m_introduction->setPlaceholderText(
        tr("The introduction of the report, in your words (kept for the next time)"));
    m_introduction->setAccessibleName(tr("Introduction"));
    m_introduction->setTabChangesFocus(true);
    m_introduction->setMaximumHeight(80);
    auto saved = Settings::values(db, QStringLiteral("reports."), kSettingsError);
    if (saved)
        m_introduction->setPlainText(saved->value(kIntroductionKey));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("reportSections"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("reportMessage"));
    m_message->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(boxes);
    layout->addWidget(m_introduction);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);
    if (!saved)
        say(saved.errorMessage(), true);

    auto* again = new QAction(tr("Compute the report again"), this);
    again->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    again->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(again, &QAction::triggered, this, &ReportsPage::compute);
    addAction(again);
    connect(compute, &QPushButton::clicked, this, &ReportsPage::compute);
}

void ReportsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_computed)
        compute();
}

void ReportsPage::say(const QString& text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020") : QString());
    m_message->setText(text);
}

void ReportsPage::setPeriod(const QDate& from, const QDate& to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

bool ReportsPage::compute()
{
    m_computed = true;
    QStringList sections;
    for (QCheckBox* box : std::as_const(m_sectionBoxes))
        if (box->isChecked())
            sections.append(box->property("section").toString());
    if (sections.isEmpty()) {
        say(tr("Choose at least one section."), true);
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto report = ActivityReports::build(m_db, m_clock, m_from->date(), m_to->date(), sections);
    QApplication::restoreOverrideCursor();
    if (!report) {
        // A read that fails is said, never a report of zeros.
        m_report.reset();
        m_tabs->clear();
        say(report.errorMessage(), true);
        return false;
    }
    m_report = *report;
    showReport();
    say(tr("Activity from %1 to %2, beside %3 to %4.")
            .arg(QLocale().toString(report->from, QLocale::ShortFormat),
                 QLocale().toString(report->to, QLocale::ShortFormat),
                 QLocale().toString(report->previousFrom, QLocale::ShortFormat),
                 QLocale().toString(report->previousTo, QLocale::ShortFormat)));
    return true;
}

void ReportsPage::showReport()
{
    const int current = m_tabs->currentIndex();
    m_tabs->clear();
    if (!m_report)
        return;
    for (const ReportSection& s : m_report->sections)
        m_tabs->addTab(sectionWidget(s), s.title);
    if (current >= 0 && current < m_tabs->count())
        m_tabs->setCurrentIndex(current);
}

QWidget* ReportsPage::sectionWidget(const ReportSection& s)
{
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    if (!s.note.isEmpty()) {
        auto* note = new QLabel(s.note, content);
        note->setWordWrap(true);
        note->setStyleSheet(QStringLiteral("font-style: italic"));
        layout->addWidget(note);
    }
    if (s.available) {
        if (!s.figures.rows.isEmpty())
            layout->addWidget(tableWidget(s.figures, true, content));
        for (const ReportTable& t : s.tables) {
            auto* title = new QLabel(QStringLiteral("<b>%1</b>").arg(t.title.toHtmlEscaped()), content);
            layout->addWidget(title);
            if (t.rows.isEmpty()) {
                layout->addWidget(new QLabel(tr("Nothing in this period."), content));
                continue;
            }
            if (t.chart != ReportTable::Chart::None)
                layout->addWidget(chartView(t, content));
            layout->addWidget(tableWidget(t, t.columns.size() == 2, content));
        }
    }
    layout->addStretch(1);
    scroll->setWidget(content);
    return scroll;
}

bool ReportsPage::exportTo(const QString& path)
{
    if (!m_report && !compute())
        return false;
    const QString suffix = QFileInfo(path).suffix().toLower();
    const auto format = ReportDocument::formatFromKey(suffix);
    if (!format) {
        say(tr("A report is written as %1, not “%2”.")
                .arg(ReportDocument::formatKeys(), QFileInfo(path).fileName()),
            true);
        return false;
    }
    // The introduction goes with the report, and is kept for the next one.
    m_report->introduction = m_introduction->toPlainText();
    if (auto s = Settings::write(m_db, {{kIntroductionKey, m_report->introduction}}, kSettingsError); !s) {
        say(s.errorMessage(), true);
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status written = ReportDocument::write(*m_report, m_db, *format, path);
    QApplication::restoreOverrideCursor();
    if (!written) {
        say(written.errorMessage(), true);
        return false;
    }
    say(tr("The report is written: %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void ReportsPage::exportAs(const QString& key)
{
    if (!m_report && !compute())
        return;
    const QString name = tr("activity-report-%1.%2").arg(m_report->from.year()).arg(key);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the report"), name,
                                                      tr("%1 (*.%2)").arg(key.toUpper(), key));
    if (!path.isEmpty())
        exportTo(path);
}

} // namespace infodoc::ui
