package sa.fatoora.gateway.audit.entity;

/**
 * The audited event types: stable upper-case names an auditor can filter on (README "Audit trail"). Certificate
 * events are {@code CERTIFICATE_} plus the certificate event (STORED, REVOKED, EXPIRED, and EXPIRY_WARNING_n_DAYS or
 * EXPIRY_WARNING_1_DAY for each configured warning, 30, 7 and 1 days by default); onboarding steps {@code ONBOARDING_STEP_} plus the step (KEY_AND_CSR,
 * COMPLIANCE_CSID, RENEWAL_CSID, COMPLIANCE_CHECK, PRODUCTION_CSID, ACTIVE).
 */
public final class AuditType {

    public static final String TENANT_CREATED = "TENANT_CREATED";
    public static final String API_KEY_ISSUED = "API_KEY_ISSUED";
    public static final String API_KEY_REVOKED = "API_KEY_REVOKED";
    public static final String EGS_UNIT_CREATED = "EGS_UNIT_CREATED";
    public static final String CERTIFICATE_PREFIX = "CERTIFICATE_";
    public static final String ONBOARDING_STEP_PREFIX = "ONBOARDING_STEP_";
    public static final String POLICY_REFUSED = "POLICY_REFUSED";
    public static final String INVOICE_SIGNED = "INVOICE_SIGNED";
    public static final String INVOICE_SUBMITTED = "INVOICE_SUBMITTED";
    public static final String FOLLOW_UP_REPORTED = "FOLLOW_UP_REPORTED";
    public static final String FOLLOW_UP_NOT_REPORTED = "FOLLOW_UP_NOT_REPORTED";
    public static final String RULE_PACK_UPLOADED = "RULE_PACK_UPLOADED";
    public static final String RULE_PACK_ACTIVATED = "RULE_PACK_ACTIVATED";
    public static final String WEBHOOK_CREATED = "WEBHOOK_CREATED";
    public static final String WEBHOOK_CHANGED = "WEBHOOK_CHANGED";
    public static final String WEBHOOK_DELETED = "WEBHOOK_DELETED";
    public static final String WEBHOOK_SECRET_ROTATED = "WEBHOOK_SECRET_ROTATED";
    public static final String WEBHOOK_DISABLED = "WEBHOOK_DISABLED";
    public static final String WEBHOOK_REDELIVERY = "WEBHOOK_REDELIVERY";

    private AuditType() {}

    /** "kind:id", e.g. {@code invoice:12}; null when there is no id. */
    public static String subject(String kind, Object id) {
        return id == null ? null : kind + ":" + id;
    }
}
