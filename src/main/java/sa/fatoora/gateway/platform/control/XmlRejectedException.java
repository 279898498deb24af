package sa.fatoora.gateway.platform.control;

/** XML that is malformed, too large or unsafe (DTDs, entities). */
public class XmlRejectedException extends GatewayException {

    public XmlRejectedException(String detail) {
        super("XML_REJECTED", 400, "XML document rejected", detail);
    }
}
