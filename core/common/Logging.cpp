#include "common/Logging.h"

Q_LOGGING_CATEGORY(lcStorage, "infodoc.core.storage", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCatalog, "infodoc.core.catalog", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDemo, "infodoc.core.demo", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSearch, "infodoc.core.search", QtWarningMsg)
