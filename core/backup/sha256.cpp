#include "sha256.h"

#include <QLoggingCategory>

#include <openssl/evp.h>

Q_LOGGING_CATEGORY(lcSha256, "s15n.backup.sha256")

namespace s15n {

Sha256::Sha256()
{
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    if (context && EVP_DigestInit_ex(context, EVP_sha256(), nullptr) == 1) {
        m_context = context;
    } else {
        qCWarning(lcSha256) << "libcrypto's SHA-256 unavailable; using Qt's";
        EVP_MD_CTX_free(context);
    }
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(static_cast<EVP_MD_CTX *>(m_context));
}

void Sha256::addData(QByteArrayView data)
{
    if (m_context)
        EVP_DigestUpdate(static_cast<EVP_MD_CTX *>(m_context), data.data(),
                         static_cast<size_t>(data.size()));
    else
        m_fallback.addData(data);
}

QByteArray Sha256::result()
{
    if (!m_context)
        return m_fallback.result();
    QByteArray digest(32, Qt::Uninitialized);
    unsigned int size = 0;
    if (EVP_DigestFinal_ex(static_cast<EVP_MD_CTX *>(m_context),
                           reinterpret_cast<unsigned char *>(digest.data()), &size) != 1 ||
        size != 32)
        digest.clear(); // never matches a manifest's checksum
    return digest;
}

bool Sha256::isAccelerated()
{
    Sha256 probe;
    return probe.m_context != nullptr;
}

} // namespace s15n
