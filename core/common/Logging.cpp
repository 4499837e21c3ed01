#include "core/common/Logging.h"

Q_LOGGING_CATEGORY(lcStorage, "infodoc.core.storage", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCatalog, "infodoc.core.catalog", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDemo, "infodoc.core.demo", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSearch, "infodoc.core.search", QtWarningMsg)
Q_LOGGING_CATEGORY(lcOutput, "infodoc.core.output", QtWarningMsg)
Q_LOGGING_CATEGORY(lcVisits, "infodoc.core.visits", QtWarningMsg)
Q_LOGGING_CATEGORY(lcRequests, "infodoc.core.requests", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSetup, "infodoc.core.setup", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUi, "infodoc.ui", QtWarningMsg)
Q_LOGGING_CATEGORY(lcApp, "infodoc.app", QtWarningMsg)
