#include "ui/settings/CentreIdentityPage.h"

#include <QColorDialog>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace infodoc::ui {

using namespace infodoc::core;

CentreIdentityPage::CentreIdentityPage(Database& db, QWidget* parent)
    : SettingsPage(QStringLiteral("centre"), tr("The centre's identity"), parent), m_db(db)
{
    const auto stored = CentreSettings(db).load();
    const CentreIdentity current = stored ? *stored : CentreIdentity();

    m_name = new QLineEdit(current.name, this);
    m_name->setObjectName(QStringLiteral("centreName"));
    m_address = new QPlainTextEdit(current.address, this);
    m_address->setObjectName(QStringLiteral("centreAddress"));
    m_address->setTabChangesFocus(true);
    m_address->setFixedHeight(m_address->fontMetrics().height() * 3 + 12);
    m_website = new QLineEdit(current.website, this);
    m_website->setObjectName(QStringLiteral("centreWebsite"));
    m_email = new QLineEdit(current.email, this);
    m_email->setObjectName(QStringLiteral("centreEmail"));
    m_logoBytes = current.logo;
    m_colourName = current.accentColour;

    m_logo = new QLabel(this);
    m_logo->setObjectName(QStringLiteral("centreLogo"));
    m_logo->setMinimumSize(96, 64);
    m_logo->setAlignment(Qt::AlignCenter);
    auto* chooseLogo = new QPushButton(tr("C&hoose a logo…"), this);
    auto* removeLogo = new QPushButton(tr("&Remove the logo"), this);
    connect(chooseLogo, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Logo of the centre"), QString(),
                                                          tr("Images (*.png *.jpg *.jpeg)"));
        if (!path.isEmpty())
            setLogoFile(path);
    });
    connect(removeLogo, &QPushButton::clicked, this, [this] {
        m_logoBytes.clear();
        showLogo();
    });
    auto* logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo);
    logoRow->addWidget(chooseLogo);
    logoRow->addWidget(removeLogo);
    logoRow->addStretch();

    m_colour = new QPushButton(this);
    m_colour->setObjectName(QStringLiteral("centreColour"));
    connect(m_colour, &QPushButton::clicked, this, [this] {
        const QColor colour =
            QColorDialog::getColor(QColor(m_colourName), this, tr("Colour of the documents"));
        if (colour.isValid()) {
            m_colourName = colour.name();
            showColour();
        }
    });

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Website:"), m_website);
    form->addRow(tr("E-&mail:"), m_email);
    form->addRow(tr("Logo:"), logoRow);
    form->addRow(tr("&Colour:"), m_colour);

    QVBoxLayout* layout = body();
    layout->addWidget(new QLabel(
        tr("Printed at the top of bibliographies, experience sheets, letters and the annual report."), this));
    auto* fields = new QWidget(this);
    fields->setLayout(form);
    layout->addWidget(fields);
    layout->addStretch();
    if (!stored) {
        // Saving over an identity that could not be read would lose it:
        // nothing can be changed, and nothing is written.
        m_readable = false;
        fields->setEnabled(false);
        showError(stored.errorMessage());
    }
    showLogo();
    showColour();
}

CentreIdentity CentreIdentityPage::identity() const
{
    CentreIdentity c;
    c.name = m_name->text().trimmed();
    c.address = m_address->toPlainText().trimmed();
    c.website = m_website->text().trimmed();
    c.email = m_email->text().trimmed();
    c.logo = m_logoBytes;
    c.accentColour = m_colourName;
    return c;
}

void CentreIdentityPage::setLogoFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, title(), tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    const QByteArray bytes = file.readAll();
    if (QImage::fromData(bytes).isNull()) {
        QMessageBox::warning(this, title(), tr("%1 is not a PNG or JPEG image.").arg(path));
        return;
    }
    m_logoBytes = bytes;
    showLogo();
}

bool CentreIdentityPage::save()
{
    if (!m_readable)
        return true;
    if (const Status s = CentreSettings(m_db).save(identity()); !s) {
        showError(s.errorMessage());
        return false;
    }
    clearError();
    return true;
}

void CentreIdentityPage::showLogo()
{
    const QImage image = QImage::fromData(m_logoBytes);
    if (image.isNull()) {
        m_logo->setPixmap({});
        m_logo->setText(tr("No logo"));
        return;
    }
    m_logo->setPixmap(
        QPixmap::fromImage(image.scaled(96, 64, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

void CentreIdentityPage::showColour()
{
    QPixmap swatch(32, 16);
    swatch.fill(QColor(m_colourName));
    m_colour->setIcon(QIcon(swatch));
    m_colour->setText(m_colourName);
    m_colour->setAccessibleName(tr("Colour: %1").arg(m_colourName));
}

} // namespace infodoc::ui
