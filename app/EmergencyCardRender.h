#pragma once

#include "EmergencyCard.h"

#include <QImage>
#include <QList>

#include <utility>

namespace medilock::app {

// Draws an emergency card: its QR code (libqrencode, error correction level M) and a
// printable PDF page with the essentials in text beside the code. The PDF needs a
// QGuiApplication (fonts); the QR image does not.
class EmergencyCardRender
{
public:
    // One QR code carrying `text` byte for byte, black on white, `moduleSize` pixels per
    // module and the standard four-module quiet zone.
    static Result<QImage> qrImage(const QByteArray& text, int moduleSize = 4);
    static Result<void> writeQrPng(const QByteArray& text, const QString& path, int moduleSize = 4);
    // What the card says, as labelled lines for people (translated): the PDF's text and
    // what a verifying dialog shows. `signer` names the signing node.
    static QList<std::pair<QString, QString>> lines(const EmergencyCardContent& content, const QString& signer);
    static Result<void> writePdf(const SignedEmergencyCard& card, const QString& nodeName, const QString& path);
};

} // namespace medilock::app
