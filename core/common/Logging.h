#pragma once

#include <QLoggingCategory>

// One category per module; names come from this list only. Personal data
// (borrowers, visitors, requesters) is never logged.
Q_DECLARE_LOGGING_CATEGORY(lcStorage)  // infodoc.core.storage
Q_DECLARE_LOGGING_CATEGORY(lcCatalog)  // infodoc.core.catalog
Q_DECLARE_LOGGING_CATEGORY(lcDemo)     // infodoc.core.demo
Q_DECLARE_LOGGING_CATEGORY(lcSearch)   // infodoc.core.search
Q_DECLARE_LOGGING_CATEGORY(lcOutput)   // infodoc.core.output
Q_DECLARE_LOGGING_CATEGORY(lcVisits)   // infodoc.core.visits
Q_DECLARE_LOGGING_CATEGORY(lcRequests) // infodoc.core.requests
Q_DECLARE_LOGGING_CATEGORY(lcSetup)    // infodoc.core.setup
Q_DECLARE_LOGGING_CATEGORY(lcUi)       // infodoc.ui
Q_DECLARE_LOGGING_CATEGORY(lcApp)      // infodoc.app
