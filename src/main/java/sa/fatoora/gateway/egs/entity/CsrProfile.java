package sa.fatoora.gateway.egs.entity;

/**
 * What a ZATCA CSR says about the EGS unit, in the order the CSR carries it (facts section 5).
 *
 * @param country            subject C, {@code SA}
 * @param organizationUnit   subject OU: the branch, or the 10-digit TIN of a VAT group member
 * @param organization       subject O: the taxpayer's name
 * @param commonName         subject CN: the EGS unit's unique name
 * @param serialNumber       SAN SN (2.5.4.4): {@code 1-solution|2-model|3-serial}
 * @param vatNumber          SAN UID: 15 digits starting and ending with 3
 * @param title              SAN title: functionality map 1000 / 0100 / 1100
 * @param registeredAddress  SAN registeredAddress
 * @param businessCategory   SAN businessCategory
 * @param templateName       certificate template name extension, e.g. {@code TSTZATCA-Code-Signing}
 */
public record CsrProfile(
        String country,
        String organizationUnit,
        String organization,
        String commonName,
        String serialNumber,
        String vatNumber,
        String title,
        String registeredAddress,
        String businessCategory,
        String templateName) {}
