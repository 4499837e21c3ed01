#include "ui/catalog/AttachmentsEdit.h"

#include "core/catalog/AttachmentStore.h"
#include "core/search/ExtractedText.h"
#include "core/storage/Database.h"

#include <QColor>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace infodoc::ui {

using namespace infodoc::core;

namespace {
constexpr int IdRole = Qt::UserRole;
constexpr int PathRole = Qt::UserRole + 1;
} // namespace

AttachmentsEdit::AttachmentsEdit(Database& db, const Clock& clock, const QList<Attachment>& attachments,
                                 QWidget* parent)
    : QWidget(parent), m_db(db), m_clock(clock), m_attachments(attachments)
{
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("recordFiles"));
    m_list->setAccessibleName(tr("Attached files"));
    auto* hint =
        new QLabel(tr("Drop files here or choose them. They are copied into the catalogue and their text "
                      "is read for the full-text search."),
                   this);
    hint->setWordWrap(true);
    auto* add = new QPushButton(tr("&Attach files…"), this);
    add->setObjectName(QStringLiteral("attachFiles"));
    connect(add, &QPushButton::clicked, this, [this] {
        addFiles(QFileDialog::getOpenFileNames(
            this, tr("Attach files"), QDir::homePath(),
            tr("Documents (*.pdf *.odt *.docx *.txt *.html *.htm);;All files (*)")));
    });
    auto* remove = new QPushButton(tr("Remove the file"), this);
    connect(remove, &QPushButton::clicked, this, [this] {
        QListWidgetItem* item = m_list->currentItem();
        if (!item)
            return;
        if (const qint64 id = item->data(IdRole).toLongLong())
            m_detached.append(id);
        else
            m_pending.removeAll(item->data(PathRole).toString());
        fill();
        Q_EMIT changed();
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    fill();
}

void AttachmentsEdit::fill()
{
    m_list->clear();
    if (!m_readError.isEmpty()) {
        auto* item = new QListWidgetItem(m_readError, m_list);
        item->setFlags(Qt::NoItemFlags);
        item->setForeground(QColor(0xb0, 0x00, 0x20));
        item->setData(IdRole, 0);
    }
    const QLocale locale;
    for (const Attachment& a : std::as_const(m_attachments)) {
        if (m_detached.contains(a.id))
            continue;
        const QString state = Extraction::stateLine(m_db, a.sha256, tr("text not read yet"));
        auto* item = new QListWidgetItem(
            tr("%1 — %2 — %3").arg(a.fileName, locale.formattedDataSize(a.size), state), m_list);
        item->setData(IdRole, a.id);
    }
    for (const QString& path : std::as_const(m_pending)) {
        auto* item = new QListWidgetItem(
            tr("%1 — attached when the record is saved").arg(QFileInfo(path).fileName()), m_list);
        item->setData(IdRole, 0);
        item->setData(PathRole, path);
    }
}

void AttachmentsEdit::addFiles(const QStringList& paths)
{
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (!info.isFile()) {
            QMessageBox::warning(this, tr("Attach files"),
                                 tr("%1 is not a file.").arg(QDir::toNativeSeparators(path)));
            continue;
        }
        if (!m_pending.contains(info.absoluteFilePath()))
            m_pending.append(info.absoluteFilePath());
    }
    fill();
    Q_EMIT changed();
}

void AttachmentsEdit::saved(qint64 recordId)
{
    m_detached.clear();
    m_pending.clear();
    auto attachments = AttachmentStore(m_db, m_clock).attachments(recordId);
    if (attachments) {
        m_attachments = *attachments;
        m_readError.clear();
    } else {
        m_attachments.clear();
        m_readError = tr("The record is saved, but its attached files cannot be listed: %1")
                          .arg(attachments.errorMessage());
    }
    fill();
}

} // namespace infodoc::ui
