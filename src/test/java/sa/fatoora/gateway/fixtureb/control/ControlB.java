package sa.fatoora.gateway.fixtureb.control;

import org.bouncycastle.asn1.x500.X500Name;
import sa.fatoora.gateway.fixturea.control.ControlA;
import sa.fatoora.gateway.simulator.control.SimulatorPackageFixture;
import sa.fatoora.gateway.zatca.entity.ZatcaEnvironment;
import sa.fatoora.gateway.zatca.entity.wire.CsrRequest;

/**
 * PackageRulesTest's fixture: closes the cycle with fixturea, uses BouncyCastle outside signing and certificate,
 * Fatoora's wire format outside zatca and the simulator, and the simulator; ZatcaEnvironment (zatca's, not wire
 * format) is allowed.
 */
public class ControlB {

    ControlA back;
    X500Name crypto;
    CsrRequest wire;
    SimulatorPackageFixture simulator;
    ZatcaEnvironment allowed;
}
