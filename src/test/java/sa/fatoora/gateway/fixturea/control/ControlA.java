package sa.fatoora.gateway.fixturea.control;

import sa.fatoora.gateway.fixturea.entity.EntityA;
import sa.fatoora.gateway.fixtureb.boundary.BoundaryB;
import sa.fatoora.gateway.fixtureb.control.ControlB;

/**
 * PackageRulesTest's fixture: uses its own entity (allowed), capability fixtureb's control (half of a cycle) and
 * fixtureb's boundary (another capability's boundary).
 */
public class ControlA {

    EntityA own;
    ControlB sideways;
    BoundaryB intoABoundary;
}
