package sa.fatoora.gateway.zatca.control;

import sa.fatoora.gateway.zatca.entity.CsidCredentials;

/**
 * Where a call's CSID comes from. {@code reload}: Fatoora answered 401, so a cached copy must be dropped and the
 * credentials read again from their store before the one retry.
 */
@FunctionalInterface
public interface CsidSource {

    CsidCredentials load(boolean reload);

    static CsidSource of(CsidCredentials credentials) {
        return reload -> credentials;
    }
}
