#include "ui/main/ModulePage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace infodoc::ui {

ModulePage::ModulePage(const QString& title, const QString& description, QWidget* parent) : QWidget(parent)
{
    auto* heading = new QLabel(title, this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    heading->setFont(font);
    auto* text = new QLabel(description + QStringLiteral("\n\n") +
                                tr("This module is not available yet in this version of Infodoc."),
                            this);
    text->setObjectName(QStringLiteral("notAvailableText"));
    text->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(heading, 0, Qt::AlignHCenter);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    text->setAlignment(Qt::AlignCenter);
    text->setMaximumWidth(520);
}

} // namespace infodoc::ui
