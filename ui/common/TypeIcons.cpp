#include "ui/common/TypeIcons.h"

#include <QStyle>

namespace infodoc::ui {

QIcon documentTypeIcon(const QStyle* style, core::DocumentType type)
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

} // namespace infodoc::ui
