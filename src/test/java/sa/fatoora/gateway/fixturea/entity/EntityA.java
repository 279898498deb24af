package sa.fatoora.gateway.fixturea.entity;

import sa.fatoora.gateway.fixturea.control.ControlA;

/** PackageRulesTest's fixture: an entity that uses its own capability's control (BOUNDARY_CONTROL_ENTITY). */
public class EntityA {

    ControlA upwards;
}
