package sa.fatoora.gateway.pdf.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/**
 * How a tenant's PDFs look: one row for the tenant (egsUnitId null) and at most one per unit, which wins over the
 * tenant's. The logo is stored as validated (PNG or JPEG, at most {@link #MAX_LOGO_BYTES}).
 */
@Entity
@Cacheable(false)
@Table(
        name = "FG_PDF_BRANDING",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "FG_PDF_BRANDING_UK",
                        columnNames = {"tenantId", "egsUnitId"}))
@NamedQuery(
        name = Branding.FOR_TENANT,
        query = "SELECT b FROM Branding b WHERE b.tenantId = :tenantId AND b.egsUnitId IS NULL")
@NamedQuery(
        name = Branding.FOR_UNIT,
        query = "SELECT b FROM Branding b WHERE b.tenantId = :tenantId AND b.egsUnitId = :egsUnitId")
public class Branding {

    public static final String FOR_TENANT = "Branding.forTenant";
    public static final String FOR_UNIT = "Branding.forUnit";
    public static final int MAX_LOGO_BYTES = 256 * 1024;
    public static final int MAX_FOOTER = 300;

    @Id
    @SequenceGenerator(name = "pdf_branding_seq", sequenceName = "FG_PDF_BRANDING_SEQ", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pdf_branding_seq")
    private Long id;

    @Column(nullable = false)
    private Long tenantId;

    private Long egsUnitId;

    @Lob
    @Column(length = MAX_LOGO_BYTES)
    private byte[] logo;

    @Column(length = 20)
    private String logoType;

    @Column(nullable = false)
    private int accentColour;

    @Column(length = MAX_FOOTER)
    private String footer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LanguageOrder languageOrder;

    @Column(nullable = false)
    private Instant updatedAt;

    protected Branding() {}

    public Branding(Long tenantId, Long egsUnitId) {
        this.tenantId = tenantId;
        this.egsUnitId = egsUnitId;
    }

    public void update(
            byte[] logo, String logoType, int accentColour, String footer, LanguageOrder order, Instant now) {
        this.logo = logo;
        this.logoType = logoType;
        this.accentColour = accentColour;
        this.footer = footer;
        this.languageOrder = order;
        this.updatedAt = now;
    }

    public PdfLook look() {
        return new PdfLook(logo, accentColour, footer, languageOrder);
    }

    public Long getId() {
        return id;
    }

    public Long getTenantId() {
        return tenantId;
    }

    public Long getEgsUnitId() {
        return egsUnitId;
    }

    public byte[] getLogo() {
        return logo;
    }

    public String getLogoType() {
        return logoType;
    }

    public int getAccentColour() {
        return accentColour;
    }

    public String getFooter() {
        return footer;
    }

    public LanguageOrder getLanguageOrder() {
        return languageOrder;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
