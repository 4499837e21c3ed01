#pragma once

#include "core/common/Result.h"

class QWidget;

namespace infodoc::ui {

// Renders a window to a PNG file, for tests and the README's pictures.
core::Status saveScreenshot(QWidget* window, const QString& path);

} // namespace infodoc::ui
