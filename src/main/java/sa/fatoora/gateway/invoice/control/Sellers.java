package sa.fatoora.gateway.invoice.control;

import sa.fatoora.gateway.egs.entity.AddressData;
import sa.fatoora.gateway.egs.entity.SellerData;
import sa.fatoora.gateway.invoice.entity.PartyId;
import sa.fatoora.gateway.invoice.entity.PostalAddress;
import sa.fatoora.gateway.invoice.entity.Seller;

/** The seller of every document is the EGS unit's registered identity, never something the request says. */
public final class Sellers {

    private Sellers() {}

    public static Seller of(SellerData unit) {
        AddressData a = unit.address();
        PartyId other = unit.otherId() == null
                ? null
                : new PartyId(unit.otherId().scheme(), unit.otherId().value());
        return new Seller(
                unit.legalName(),
                unit.vatNumber(),
                other,
                new PostalAddress(
                        a.street(),
                        a.additionalStreet(),
                        a.buildingNumber(),
                        a.district(),
                        a.city(),
                        a.postalCode(),
                        a.countryCode()));
    }
}
