#pragma once

#include "core/interop/MarcCodec.h"

namespace infodoc::core::marcxml {

// The records of a MARCXML document (private to the MARC readers: the
// ISO 2709 reader turns each record into MARCXML with YAZ and reads it here).
Result<QList<MarcCodec::Entry>> parse(const QByteArray& data, const QString& fileName,
                                      const MarcCodec::Progress& progress);

// Text as the catalogue keeps it: NFC, without the non-sort marks of MARC
// (NSB/NSE, and the spacing cedilla the BnF uses for them) nor control characters.
QString cleaned(const QString& text);

} // namespace infodoc::core::marcxml
