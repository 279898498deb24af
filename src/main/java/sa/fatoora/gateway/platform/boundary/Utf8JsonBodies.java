package sa.fatoora.gateway.platform.boundary;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import sa.fatoora.gateway.platform.control.Utf8CheckingInputStream;

/**
 * JSON is UTF-8 (RFC 8259): JSON bodies are checked byte by byte while the reader consumes them, so broken bytes
 * are a 400 instead of U+FFFD characters in a stored name or a signed invoice. XML parsers check their own
 * encoding.
 */
@Provider
public class Utf8JsonBodies implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type != null
                && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"))) {
            context.setInputStream(new Utf8CheckingInputStream(context.getInputStream()));
        }
        return context.proceed();
    }
}
