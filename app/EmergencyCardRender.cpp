#include "EmergencyCardRender.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <qrencode.h>

#include <memory>

namespace medilock::app {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("EmergencyCard", text);
}

constexpr int kQuietZone = 4;

QString allergyText(const EmergencyCardContent& c)
{
    switch (c.allergyStatus) {
    case EmergencyCardContent::Allergies::NoneKnown: return tr("no known allergies");
    case EmergencyCardContent::Allergies::NeverRecorded: return tr("NEVER RECORDED - ask before giving any drug");
    case EmergencyCardContent::Allergies::Recorded: return c.allergies.join(QStringLiteral("; "));
    }
    return {};
}
} // namespace

Result<QImage> EmergencyCardRender::qrImage(const QByteArray& text, int moduleSize)
{
    if (moduleSize < 1 || moduleSize > 64)
        return fail(tr("the QR module size must be between 1 and 64 pixels"));
    // 8-bit mode: the card is UTF-8 and must come back byte for byte.
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(static_cast<int>(text.size()), reinterpret_cast<const unsigned char*>(text.constData()), 0,
                          QR_ECLEVEL_M),
        &QRcode_free);
    if (!code)
        return fail(tr("the card's text does not fit in a QR code"));
    const int side = (code->width + 2 * kQuietZone) * moduleSize;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            if (!(code->data[y * code->width + x] & 1))
                continue;
            for (int dy = 0; dy < moduleSize; ++dy) {
                uchar* line = image.scanLine((y + kQuietZone) * moduleSize + dy);
                std::fill_n(line + (x + kQuietZone) * moduleSize, moduleSize, uchar(0));
            }
        }
    }
    return image;
}

Result<void> EmergencyCardRender::writeQrPng(const QByteArray& text, const QString& path, int moduleSize)
{
    auto image = qrImage(text, moduleSize);
    if (!image)
        return std::move(image).takeError();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image->save(&file, "PNG") || !file.commit())
        return fail(tr("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

QList<std::pair<QString, QString>> EmergencyCardRender::lines(const EmergencyCardContent& c, const QString& signer)
{
    return {
        {tr("Name"), c.name},
        {tr("Born"), c.birthDate.isEmpty() ? tr("unknown") : c.birthDate},
        {tr("Sex"), c.sex.isEmpty() ? tr("unknown") : c.sex},
        {tr("Blood group"), c.bloodGroup.isEmpty() ? tr("not recorded") : c.bloodGroup},
        {tr("Allergies"), allergyText(c)},
        {tr("Active problems"), c.problems.isEmpty() ? tr("none active") : c.problems.join(QStringLiteral("; "))},
        {tr("Medications"), c.medications.isEmpty() ? tr("none current") : c.medications.join(QStringLiteral("; "))},
        {tr("Issued"), c.issuedAt.toString(Qt::ISODate)},
        {tr("Signed by node"), signer},
    };
}

Result<void> EmergencyCardRender::writePdf(const SignedEmergencyCard& card, const QString& nodeName, const QString& path)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return fail(tr("drawing a PDF needs a QGuiApplication"));
    auto qr = qrImage(card.text, 8);
    if (!qr)
        return std::move(qr).takeError();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("cannot write %1: %2").arg(path, file.errorString()));
    {
        QPdfWriter pdf(&file);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setResolution(300);
        pdf.setTitle(tr("Emergency card"));
        pdf.setCreator(QStringLiteral("MediLock"));
        QPainter p;
        if (!p.begin(&pdf))
            return fail(tr("cannot draw the PDF %1").arg(path));
        const int width = pdf.width();
        const EmergencyCardContent& c = card.content;
        QFont heading(QStringLiteral("DejaVu Sans"), 16, QFont::Bold);
        QFont body(QStringLiteral("DejaVu Sans"), 10);
        p.setFont(heading);
        int y = 0;
        const int headingHeight = p.fontMetrics().height();
        p.drawText(QRect(0, y, width, headingHeight), Qt::AlignLeft, tr("EMERGENCY CARD"));
        y += headingHeight * 3 / 2;

        // The QR code on the right, 60 mm square; the text on the left.
        const int qrSide = 60 * 300 * 10 / 254;
        p.drawImage(QRect(width - qrSide, y, qrSide, qrSide), *qr);
        const int textWidth = width - qrSide - 60;
        p.setFont(body);
        const auto rows = lines(c, nodeName);
        for (const auto& [label, value] : rows) {
            const QString line = QStringLiteral("%1: %2").arg(label, value);
            const QRect box = p.boundingRect(QRect(0, y, textWidth, 100000), Qt::TextWordWrap, line);
            p.drawText(box, Qt::TextWordWrap, line);
            y += box.height() + p.fontMetrics().height() / 3;
        }
        y = std::max(y, qrSide + headingHeight * 2) + p.fontMetrics().height();
        p.setFont(QFont(QStringLiteral("DejaVu Sans"), 7));
        p.drawText(QRect(0, y, width, 1000), Qt::TextWordWrap,
                   tr("The QR code carries this summary signed by the issuing MediLock node. Check it with "
                      "\"medilock-cli card verify\" on any node. Information as of the issue time only."));
        if (!p.end())
            return fail(tr("cannot finish the PDF %1").arg(path));
    }
    // Patient data on disk: the owner's only, whatever the umask.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!file.commit())
        return fail(tr("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace medilock::app
