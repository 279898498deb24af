/**
 * Which submissions each environment allows: clearance for standard documents, reporting for simplified ones, keyed
 * on environment, subtype and document type, checked before anything is signed or sent.
 */
package sa.fatoora.gateway.policy;
