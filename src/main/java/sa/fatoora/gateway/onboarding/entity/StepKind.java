package sa.fatoora.gateway.onboarding.entity;

/** The recorded steps of an onboarding or renewal, in the order they run. */
public enum StepKind {
    /** A fresh secp256k1 key (encrypted at once) and a CSR with the unit's identity. */
    KEY_AND_CSR,
    /** POST /compliance with the OTP: the compliance CSID. */
    COMPLIANCE_CSID,
    /** PATCH /production/csids with the OTP and the current production CSID (renewal only). */
    RENEWAL_CSID,
    /** POST /compliance/invoices: one per document the unit's functionality requires. */
    COMPLIANCE_CHECK,
    /** POST /production/csids: the production CSID for the compliance CSID. */
    PRODUCTION_CSID,
    /** The production certificate verified against the key and stored ACTIVE. */
    ACTIVE
}
