package sa.fatoora.gateway.fixtureb.boundary;

/** PackageRulesTest's fixture: a boundary class, for ControlA to reach into. */
public class BoundaryB {}
