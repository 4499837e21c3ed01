#pragma once

#include <QLoggingCategory>

// One category per module; names come from this list only.
Q_DECLARE_LOGGING_CATEGORY(lcStorage) // infodoc.core.storage
Q_DECLARE_LOGGING_CATEGORY(lcCatalog) // infodoc.core.catalog
Q_DECLARE_LOGGING_CATEGORY(lcDemo)    // infodoc.core.demo
Q_DECLARE_LOGGING_CATEGORY(lcSearch)  // infodoc.core.search
