// The certificate work scripts and the key ceremony do without a window:
//   --verify FILE|TEXT|NUMBER   checks a PDF, a scan or photo, the QR code's text or a register
//                               number, and exits with the verdict's code (docs/certificates.md)
//   --certificates-pdf          renders an event's or one number's certificates to PDF files
//   --consortium-key FILE       writes the public keys a verifier needs
//   --key-ceremony ACTION       creates the root key, certifies, lists and retires office keys
// Passphrases come from EDUFUSION_PASSPHRASE or standard input, never from the command line.
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

class QTextStream;

namespace ef {

class CertificateCommand
{
    Q_DECLARE_TR_FUNCTIONS(ef::CertificateCommand)

public:
    struct Args
    {
        QString store; // the data file
        QString trustFile; // --trust: a consortium key file instead of the data file's keys
        QString input; // --verify's FILE, text or number
        QString eventId; // --certificates-pdf --event
        QString number; // --certificates-pdf --number
        QString outDir; // --out (a folder) or the output file
        bool combined = false; // one PDF for the whole event
        QString action; // --key-ceremony ACTION
        QString keyFile; // --key-file (the root key)
        QString request; // --request
        QString certificate; // --certificate
        QString office; // --office
        QString officeName; // --office-name
        QString keyId; // --key-id
        QDate validFrom;
        QDate validUntil;
        int blockSize = 10'000;
        bool demo = false;
        QString passphrase; // read by the caller from the environment or standard input
        QDate today;
    };

    static int verify(const Args &args, QTextStream &out, QTextStream &err);
    static int certificatesPdf(const Args &args, QTextStream &out, QTextStream &err);
    static int consortiumKey(const Args &args, QTextStream &out, QTextStream &err);
    static int keyCeremony(const Args &args, QTextStream &out, QTextStream &err);

    // The actions --key-ceremony knows.
    static QStringList ceremonyActions();
    // Exit code for usage errors and files that cannot be read or written.
    static constexpr int Failed = 1;
};

} // namespace ef
