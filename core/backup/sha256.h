#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCryptographicHash>

namespace s15n {

// SHA-256 of data given in pieces, with OpenSSL's libcrypto (already on every machine Qt Network
// runs on): it uses the processor's SHA extensions and hashes a backup's entries some ten times
// faster than QCryptographicHash, which is only the fallback if libcrypto cannot set up.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(QByteArrayView data);
    QByteArray result(); // 32 bytes; call once

    // Whether libcrypto is used (for the benchmark's notes): always, unless it failed to set up.
    static bool isAccelerated();

private:
    void *m_context = nullptr; // EVP_MD_CTX
    QCryptographicHash m_fallback{QCryptographicHash::Sha256};
};

} // namespace s15n
