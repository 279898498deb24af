package sa.fatoora.gateway.signing.entity;

import java.time.LocalDateTime;

/**
 * A stamped document and the values other steps need without re-reading it.
 *
 * @param xml                    the signed document (UTF-8)
 * @param invoiceHash            base64 SHA-256 of the canonical document (the next PIH and the API's invoiceHash)
 * @param signatureValue         base64 DER ECDSA signature over the hash bytes
 * @param qr                     the base64 QR TLV written into the document
 * @param signedPropertiesDigest the digest of the {@code #xadesSignedProperties} reference
 * @param signingTime            the {@code xades:SigningTime} written
 */
public record SignedInvoice(
        byte[] xml,
        String invoiceHash,
        String signatureValue,
        String qr,
        String signedPropertiesDigest,
        LocalDateTime signingTime) {}
