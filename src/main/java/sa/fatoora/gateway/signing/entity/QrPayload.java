package sa.fatoora.gateway.signing.entity;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A decoded (or to be encoded) QR TLV: tag number to value bytes, in the order written. */
public record QrPayload(Map<Integer, byte[]> values) {

    public QrPayload {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public boolean has(QrTag tag) {
        return values.containsKey(tag.number());
    }

    /** The value's bytes, or null when the tag is absent. */
    public byte[] bytes(QrTag tag) {
        byte[] value = values.get(tag.number());
        return value == null ? null : value.clone();
    }

    /** The value as UTF-8 text, or null when the tag is absent. */
    public String text(QrTag tag) {
        byte[] value = values.get(tag.number());
        return value == null ? null : new String(value, StandardCharsets.UTF_8);
    }
}
