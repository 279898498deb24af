package sa.fatoora.gateway.invoice.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import sa.fatoora.gateway.zatca.entity.FatooraMessage;

/** ZATCA's validation messages as they are kept in the database: one JSON array per answer. */
public final class MessagesJson {

    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final Type LIST =
            new ArrayList<FatooraMessage>() {}.getClass().getGenericSuperclass();

    private MessagesJson() {}

    public static String of(List<FatooraMessage> messages) {
        return JSONB.toJson(messages == null ? List.of() : messages);
    }

    public static List<FatooraMessage> parse(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        List<FatooraMessage> messages = JSONB.fromJson(json, LIST);
        return List.copyOf(messages);
    }
}
