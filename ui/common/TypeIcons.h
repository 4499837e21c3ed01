#pragma once

#include "core/catalog/Vocabulary.h"

#include <QIcon>

class QStyle;

namespace infodoc::ui {

// One icon per kind of document, from the style's own set so they follow the
// desktop theme.
QIcon documentTypeIcon(const QStyle* style, core::DocumentType type);

} // namespace infodoc::ui
