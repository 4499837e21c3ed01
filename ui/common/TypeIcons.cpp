#include "ui/common/TypeIcons.h"

#include <QHash>
#include <QStyle>

namespace infodoc::ui {

namespace {

QIcon iconOf(const QStyle* style, core::DocumentType type)
{
    using core::DocumentType;
    QStyle::StandardPixmap pixmap = QStyle::SP_FileIcon;
    switch (type) {
    case DocumentType::Dossier:
    case DocumentType::PeriodicalIssue:
        pixmap = QStyle::SP_DirIcon;
        break;
    case DocumentType::ExperienceSheet:
    case DocumentType::DocumentaryAnswer:
        pixmap = QStyle::SP_FileDialogInfoView;
        break;
    case DocumentType::Statistics:
        pixmap = QStyle::SP_FileDialogDetailedView;
        break;
    case DocumentType::Audiovisual:
        pixmap = QStyle::SP_MediaPlay;
        break;
    case DocumentType::WebResource:
        pixmap = QStyle::SP_DriveNetIcon;
        break;
    case DocumentType::Study:
    case DocumentType::Report:
    case DocumentType::Thesis:
        pixmap = QStyle::SP_FileDialogContentsView;
        break;
    case DocumentType::Guide:
        pixmap = QStyle::SP_DialogHelpButton;
        break;
    case DocumentType::Article:
    case DocumentType::Chapter:
        pixmap = QStyle::SP_FileLinkIcon;
        break;
    case DocumentType::Book:
    case DocumentType::Proceedings:
        pixmap = QStyle::SP_FileIcon;
        break;
    }
    return style->standardIcon(pixmap);
}

} // namespace

QIcon documentTypeIcon(const QStyle* style, core::DocumentType type)
{
    // Made once per style: a new icon from the style loads and scales its images again at each
    // paint (lists of hits are painted as they scroll). Only the window's thread draws.
    static QHash<std::pair<const QStyle*, int>, QIcon> icons;
    const std::pair<const QStyle*, int> key{style, int(type)};
    auto it = icons.constFind(key);
    if (it == icons.constEnd())
        it = icons.insert(key, iconOf(style, type));
    return *it;
}

} // namespace infodoc::ui
