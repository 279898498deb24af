/**
 * Fatoora's JSON as it goes over the wire: the CSR and CSID requests and answers, invoice submissions, validation
 * results, messages and errors, with ZATCA's own field names. Only zatca's client and the built-in simulator (which
 * answers in it) may use these types (ArchitectureTest.ZATCA_WIRE_FORMAT_ONLY_IN_ZATCA_AND_THE_SIMULATOR).
 */
package sa.fatoora.gateway.zatca.entity.wire;
