#include "ui/settings/OpeningHoursPage.h"

#include "core/circulation/Calendar.h"
#include "core/storage/Database.h"
#include "core/visits/OpeningHours.h"
#include "core/visits/VisitorData.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

namespace infodoc::ui {

using namespace infodoc::core;

OpeningHoursPage::OpeningHoursPage(Database& db, const Clock& clock, QWidget* parent)
    : SettingsPage(QStringLiteral("hours"), tr("Opening hours and appointments"), parent), m_db(db)
{
    auto* grid = new QGridLayout;
    int row = 0;
    const QLocale locale;
    for (int d = 1; d <= 7; ++d) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("hoursDay%1").arg(d));
        edit->setPlaceholderText(tr("closed"));
        auto* label = new QLabel(QStringLiteral("&") + locale.dayName(d, QLocale::LongFormat) + u':', this);
        label->setBuddy(edit);
        grid->addWidget(label, row, 0);
        grid->addWidget(edit, row++, 1);
        m_days[d - 1] = edit;
    }
    auto spin = [&](const QString& text, int min, int max, const QString& suffix) {
        auto* box = new QSpinBox(this);
        box->setRange(min, max);
        box->setSuffix(suffix);
        auto* label = new QLabel(text, this);
        label->setBuddy(box);
        grid->addWidget(label, row, 0);
        grid->addWidget(box, row++, 1);
        return box;
    };
    m_lengths = new QLineEdit(this);
    m_lengths->setObjectName(QStringLiteral("hoursLengths"));
    auto* lengthsLabel = new QLabel(tr("Len&gths offered (minutes):"), this);
    lengthsLabel->setBuddy(m_lengths);
    grid->addWidget(lengthsLabel, row, 0);
    grid->addWidget(m_lengths, row++, 1);
    m_buffer = spin(tr("&Buffer between two:"), 0, 120, tr(" min"));
    m_parallel = spin(tr("Appointments &at once:"), 1, 10, QString());
    m_lead = spin(tr("Lead &time (opening days):"), 0, 30, QString());
    m_step = spin(tr("&Step between starts:"), 5, 120, tr(" min"));
    m_keepMonths = spin(tr("&Keep a named visitor after their last visit:"), 1, 60, tr(" months"));

    auto* closures = new QLabel(this);
    closures->setObjectName(QStringLiteral("hoursClosures"));
    closures->setWordWrap(true);
    QVBoxLayout* layout = body();
    layout->addWidget(new QLabel(tr("Ranges like \"9:30-12:30, 14:00-17:30\"; empty when closed."), this));
    auto* fields = new QWidget(this);
    fields->setLayout(grid);
    layout->addWidget(fields);
    layout->addWidget(closures);
    layout->addStretch();

    auto hours = OpeningHours::load(db);
    auto months = VisitorData::retentionMonths(db);
    auto calendar = Calendar::load(db);
    if (!hours || !months) {
        // Nothing is shown that could be saved over what could not be read.
        showError(!hours ? hours.errorMessage() : months.errorMessage());
        fields->setEnabled(false);
        m_readable = false;
        return;
    }
    for (int d = 1; d <= 7; ++d)
        m_days[d - 1]->setText(OpeningHours::formatRanges(hours->ranges(d)));
    QStringList lengths;
    for (int l : hours->lengths)
        lengths.append(QString::number(l));
    m_lengths->setText(lengths.join(QStringLiteral(", ")));
    m_buffer->setValue(hours->bufferMin);
    m_parallel->setValue(hours->parallel);
    m_lead->setValue(hours->leadDays);
    m_step->setValue(hours->stepMin);
    m_keepMonths->setValue(*months);
    if (!calendar) {
        closures->setText(calendar.errorMessage());
    } else {
        QStringList list;
        for (const auto& c : calendar->closures())
            if (c.to >= calendar->today(clock))
                list.append(QStringLiteral("%1 – %2 %3")
                                .arg(locale.toString(c.from, QLocale::ShortFormat),
                                     locale.toString(c.to, QLocale::ShortFormat), c.label));
        closures->setText(tr("Closures (set on the page “Loans and calendar”): %1")
                              .arg(list.isEmpty() ? tr("none to come") : list.join(QStringLiteral("; "))));
    }
}

bool OpeningHoursPage::save()
{
    if (!m_readable)
        return true; // nothing shown could be saved over what could not be read
    clearError();
    OpeningHours hours;
    for (int d = 1; d <= 7; ++d) {
        auto ranges = OpeningHours::parseRanges(m_days[d - 1]->text());
        if (!ranges) {
            showError(tr("%1: %2").arg(QLocale().dayName(d), ranges.errorMessage()));
            m_days[d - 1]->setFocus();
            return false;
        }
        hours.setRanges(d, *ranges);
    }
    hours.lengths.clear();
    for (const QString& part : m_lengths->text().split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const int minutes = part.trimmed().toInt(&ok);
        if (!ok) {
            showError(tr("“%1” is not a number of minutes.").arg(part.trimmed()));
            m_lengths->setFocus();
            return false;
        }
        hours.lengths.append(minutes);
    }
    hours.bufferMin = m_buffer->value();
    hours.parallel = m_parallel->value();
    hours.leadDays = m_lead->value();
    hours.stepMin = m_step->value();
    const QStringList problems = hours.problems();
    if (!problems.isEmpty()) {
        showError(problems.join(u'\n'));
        return false;
    }
    if (auto s = hours.save(m_db); !s) {
        showError(s.errorMessage());
        return false;
    }
    if (auto s = VisitorData::setRetentionMonths(m_db, m_keepMonths->value()); !s) {
        showError(s.errorMessage());
        return false;
    }
    return true;
}

} // namespace infodoc::ui
