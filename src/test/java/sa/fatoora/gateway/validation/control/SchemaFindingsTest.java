package sa.fatoora.gateway.validation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXParseException;
import sa.fatoora.gateway.validation.entity.Message;

class SchemaFindingsTest {

    @Test
    void theValidatorsKeyBecomesTheRule() {
        assertEquals(
                new Message("cvc-complex-type.2.4.a", "line 3, column 7: Invalid content was found."),
                SchemaFindings.toMessage(parse("cvc-complex-type.2.4.a: Invalid content was found.", 3, 7)));
        assertEquals(
                new Message("XSD", "line 1, column 2: Something without a key"),
                SchemaFindings.toMessage(parse("Something without a key", 1, 2)));
    }

    @Test
    void collectsAllUpToTheCapThenCounts() {
        SchemaFindings findings = new SchemaFindings(3);
        findings.warning(parse("w", 1, 1));
        for (int i = 0; i < 5; i++) {
            findings.error(parse("cvc-x: e" + i, i, 1));
        }

        assertEquals(
                List.of("cvc-x", "cvc-x", "XSD"),
                findings.errors().stream().map(Message::rule).toList());
        assertEquals("3 more findings omitted", findings.errors().get(2).message());
        assertEquals(1, findings.warnings().size());
    }

    private static SAXParseException parse(String message, int line, int column) {
        return new SAXParseException(message, null, null, line, column);
    }
}
