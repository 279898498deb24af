package sa.fatoora.gateway.invoice.control;

import sa.fatoora.gateway.invoice.entity.Buyer;
import sa.fatoora.gateway.invoice.entity.PartyId;
import sa.fatoora.gateway.invoice.entity.PostalAddress;
import sa.fatoora.gateway.invoice.entity.Seller;

/** Writes the supplier and customer parties in the samples' order: ids, address, VAT scheme, legal name. */
final class UblPartyWriter {

    private UblPartyWriter() {}

    static void supplier(XmlBuilder x, Seller seller) {
        x.open("cac:AccountingSupplierParty").open("cac:Party");
        if (seller.otherId() != null) {
            partyId(x, seller.otherId());
        }
        address(x, seller.address());
        taxScheme(x, seller.vatNumber());
        legalName(x, seller.registrationName());
        x.close("cac:Party").close("cac:AccountingSupplierParty");
    }

    /** A simplified document without buyer keeps the empty customer element, as the samples do. */
    static void customer(XmlBuilder x, Buyer buyer) {
        x.open("cac:AccountingCustomerParty");
        if (buyer != null) {
            x.open("cac:Party");
            for (PartyId id : buyer.otherIds()) {
                partyId(x, id);
            }
            address(x, buyer.address());
            taxScheme(x, buyer.vatNumber());
            legalName(x, buyer.name());
            x.close("cac:Party");
        }
        x.close("cac:AccountingCustomerParty");
    }

    private static void partyId(XmlBuilder x, PartyId id) {
        x.open("cac:PartyIdentification")
                .element("cbc:ID", "schemeID", id.scheme(), id.value())
                .close("cac:PartyIdentification");
    }

    private static void address(XmlBuilder x, PostalAddress a) {
        if (a == null) {
            return;
        }
        x.open("cac:PostalAddress");
        x.optional("cbc:StreetName", a.street());
        x.optional("cbc:AdditionalStreetName", a.additionalStreet());
        x.optional("cbc:BuildingNumber", a.buildingNumber());
        x.optional("cbc:CitySubdivisionName", a.district());
        x.optional("cbc:CityName", a.city());
        x.optional("cbc:PostalZone", a.postalZone());
        if (a.country() != null && !a.country().isBlank()) {
            x.open("cac:Country").element("cbc:IdentificationCode", a.country()).close("cac:Country");
        }
        x.close("cac:PostalAddress");
    }

    private static void taxScheme(XmlBuilder x, String vatNumber) {
        if (vatNumber == null || vatNumber.isBlank()) {
            return;
        }
        x.open("cac:PartyTaxScheme").element("cbc:CompanyID", vatNumber);
        x.open("cac:TaxScheme").element("cbc:ID", Ubl.VAT_SCHEME).close("cac:TaxScheme");
        x.close("cac:PartyTaxScheme");
    }

    private static void legalName(XmlBuilder x, String name) {
        if (name != null && !name.isBlank()) {
            x.open("cac:PartyLegalEntity").element("cbc:RegistrationName", name).close("cac:PartyLegalEntity");
        }
    }
}
