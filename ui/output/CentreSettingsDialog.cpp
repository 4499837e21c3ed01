#include "ui/output/CentreSettingsDialog.h"

#include <QColorDialog>
#include <QDialogButtonBox>
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

namespace infodoc::ui {

using namespace infodoc::core;

CentreSettingsDialog::CentreSettingsDialog(Database& db, QWidget* parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("centreSettingsDialog"));
    setWindowTitle(tr("The centre's identity"));
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

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CentreSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (!stored) {
        // Saving over an identity that could not be read would lose it.
        buttons->button(QDialogButtonBox::Save)->setEnabled(false);
        auto* error = new QLabel(stored.errorMessage(), this);
        error->setObjectName(QStringLiteral("centreReadError"));
        error->setWordWrap(true);
        error->setStyleSheet(QStringLiteral("color: #b01c1c;"));
        layout()->addWidget(error);
    }

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Printed at the top of bibliographies and experience sheets."), this));
    layout->addLayout(form);
    layout->addWidget(buttons);
    showLogo();
    showColour();
}

CentreIdentity CentreSettingsDialog::identity() const
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

void CentreSettingsDialog::setLogoFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, windowTitle(), tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    const QByteArray bytes = file.readAll();
    if (QImage::fromData(bytes).isNull()) {
        QMessageBox::warning(this, windowTitle(), tr("%1 is not a PNG or JPEG image.").arg(path));
        return;
    }
    m_logoBytes = bytes;
    showLogo();
}

void CentreSettingsDialog::accept()
{
    if (const Status s = CentreSettings(m_db).save(identity()); !s) {
        QMessageBox::warning(this, windowTitle(), s.errorMessage());
        return;
    }
    QDialog::accept();
}

void CentreSettingsDialog::showLogo()
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

void CentreSettingsDialog::showColour()
{
    QPixmap swatch(32, 16);
    swatch.fill(QColor(m_colourName));
    m_colour->setIcon(QIcon(swatch));
    m_colour->setText(m_colourName);
    m_colour->setAccessibleName(tr("Colour: %1").arg(m_colourName));
}

} // namespace infodoc::ui
