package sa.fatoora.gateway.simulator.entity;

/**
 * The parts of an issued CSID that never change after issue: enough to recognise its caller and to find its row.
 * Kept in memory so a call is authenticated without a query; the chain and compliance state stay in {@link
 * SimCsid} and are read under its lock.
 */
public record KnownCsid(long id, CsidKind kind, String environment, String secretHash, String vatNumber) {

    public static KnownCsid of(SimCsid csid) {
        return new KnownCsid(
                csid.getId(), csid.getKind(), csid.getEnvironment(), csid.getSecretHash(), csid.getVatNumber());
    }
}
