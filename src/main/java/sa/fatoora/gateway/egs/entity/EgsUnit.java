package sa.fatoora.gateway.egs.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import sa.fatoora.gateway.zatca.entity.ZatcaEnvironment;

/** An EGS unit of one tenant: its seller identity and CSR subject. Flat columns keep both databases simple. */
@Entity
@Table(
        name = "FG_EGS_UNIT",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "FG_EGS_UNIT_NAME_UQ",
                        columnNames = {"tenantId", "name"}))
@NamedQuery(name = EgsUnit.BY_TENANT, query = "SELECT u FROM EgsUnit u WHERE u.tenantId = :tenantId ORDER BY u.id")
@NamedQuery(name = EgsUnit.BY_NAME, query = "SELECT u FROM EgsUnit u WHERE u.tenantId = :tenantId AND u.name = :name")
@NamedQuery(
        name = EgsUnit.COUNT_BY_NAME,
        query = "SELECT COUNT(u) FROM EgsUnit u WHERE u.tenantId = :tenantId AND u.name = :name")
public class EgsUnit {

    public static final String BY_TENANT = "EgsUnit.byTenant";
    public static final String BY_NAME = "EgsUnit.byName";
    public static final String COUNT_BY_NAME = "EgsUnit.countByName";

    @Id
    @SequenceGenerator(name = "egs_unit_seq", sequenceName = "FG_EGS_UNIT_SEQ", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "egs_unit_seq")
    private Long id;

    @Column(nullable = false)
    private Long tenantId;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ZatcaEnvironment environment;

    @Column(nullable = false, length = 4)
    private String functionality;

    @Column(nullable = false, length = 15)
    private String vatNumber;

    @Column(nullable = false, length = 300)
    private String legalName;

    @Column(length = 10)
    private String otherIdScheme;

    @Column(length = 50)
    private String otherIdValue;

    @Column(nullable = false, length = 200)
    private String street;

    @Column(length = 200)
    private String additionalStreet;

    @Column(nullable = false, length = 4)
    private String buildingNumber;

    @Column(length = 30)
    private String additionalNumber;

    @Column(nullable = false, length = 200)
    private String district;

    @Column(nullable = false, length = 200)
    private String city;

    @Column(nullable = false, length = 5)
    private String postalCode;

    @Column(nullable = false, length = 2)
    private String countryCode;

    @Column(nullable = false, length = 100)
    private String branch;

    @Column(nullable = false, length = 100)
    private String industry;

    @Column(nullable = false, length = 100)
    private String location;

    @Column(nullable = false, length = 100)
    private String solutionName;

    @Column(nullable = false, length = 100)
    private String solutionModel;

    @Column(nullable = false, length = 100)
    private String solutionSerial;

    @Column(nullable = false)
    private Instant createdAt;

    protected EgsUnit() {}

    public EgsUnit(Long tenantId, EgsUnitRequest r, Instant createdAt) {
        this.tenantId = tenantId;
        this.name = r.name().strip();
        this.environment = r.environment();
        this.functionality = r.functionality();
        SellerData s = r.seller();
        this.vatNumber = s.vatNumber();
        this.legalName = s.legalName().strip();
        if (s.otherId() != null) {
            this.otherIdScheme = s.otherId().scheme();
            this.otherIdValue = s.otherId().value();
        }
        AddressData a = s.address();
        this.street = a.street();
        this.additionalStreet = a.additionalStreet();
        this.buildingNumber = a.buildingNumber();
        this.additionalNumber = a.additionalNumber();
        this.district = a.district();
        this.city = a.city();
        this.postalCode = a.postalCode();
        this.countryCode = a.countryCode();
        this.branch = r.branch();
        this.industry = r.industry();
        this.location = r.location();
        this.solutionName = r.solution().name();
        this.solutionModel = r.solution().model();
        this.solutionSerial = r.solution().serial();
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Long getTenantId() {
        return tenantId;
    }

    public String getName() {
        return name;
    }

    public ZatcaEnvironment getEnvironment() {
        return environment;
    }

    public Functionality getFunctionality() {
        return Functionality.ofCode(functionality).orElseThrow();
    }

    public SellerData seller() {
        PartyId other = otherIdScheme == null ? null : new PartyId(otherIdScheme, otherIdValue);
        return new SellerData(
                vatNumber,
                legalName,
                other,
                new AddressData(
                        street,
                        additionalStreet,
                        buildingNumber,
                        additionalNumber,
                        district,
                        city,
                        postalCode,
                        countryCode));
    }

    /**
     * The unit's CSR subject and SAN (zatca-facts section 5): C=SA, OU branch, O legal name, CN unit name; SN the
     * solution triple, UID the VAT number, title the functionality, the location and industry; the environment's
     * template name.
     */
    public CsrProfile csrProfile() {
        return new CsrProfile(
                "SA",
                branch,
                legalName,
                name,
                solution().csrSerialNumber(),
                vatNumber,
                functionality,
                location,
                industry,
                environment.certificateTemplate());
    }

    public SolutionData solution() {
        return new SolutionData(solutionName, solutionModel, solutionSerial);
    }

    public String getBranch() {
        return branch;
    }

    public String getIndustry() {
        return industry;
    }

    public String getLocation() {
        return location;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
